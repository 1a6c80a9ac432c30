import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site';

/**
 * The date the site must show for each item of the fact sheet (../shared/sources/factsheet.md),
 * at the precision the sheet gives. Written out by hand from the sheet, not from the content.
 */
const FACT_SHEET: [item: number, path: string, shown: string][] = [
  [1, '/agreements/rdte-mou/', '12 January 2023'],
  [2, '/agreements/sosa/', '12 January 2023'],
  [1, '/events/scc-2023-01/', '11 January 2023'],
  [3, '/events/gpi-codevelopment-announcement/', '18 August 2023'],
  [4, '/agreements/gcd-project-arrangement/', '15 May 2024'],
  [5, '/events/sm3-block-iia-joint-research/', 'December 1998'],
  [5, '/events/sm3-block-iia-joint-development-decision/', 'December 2005'],
  [5, '/events/sm3-block-iia-first-intercept-test/', '3 February 2017'],
  [5, '/events/ftm-44-icbm-intercept/', '16 November 2020'],
  [6, '/agreements/three-principles-revision-2023/', '22 December 2023'],
  [7, '/events/patriot-export-decision-2023/', '22 December 2023'],
  [8, '/events/state-visit-announcement-2024/', '25 January 2024'],
  [8, '/events/kishida-state-visit-2024/', '10 April 2024'],
  [9, '/events/dicas-first-meeting/', '9–10 June 2024'],
  [10, '/agreements/three-principles-on-arms-exports/', 'April 1967'],
  [10, '/agreements/arms-export-easing-2011/', 'December 2011'],
  [11, '/agreements/three-principles-2014/', '1 April 2014'],
  [12, '/events/scc-2024-07/', '28 July 2024'],
  [13, '/events/dicas-amraam-meeting-2024/', '7 October 2024'],
  [14, '/events/defense-ministers-meeting-2025-03/', '30 March 2025'],
  [15, '/events/patriot-first-export-2025/', 'November 2025'],
  [16, '/events/ruling-parties-export-proposal-2026/', '6 March 2026'],
  [17, '/agreements/three-principles-revision-2026/', '21 April 2026'],
  [18, '/agreements/mda-agreement-1954/', '8 March 1954'],
  [19, '/agreements/military-technology-to-us-1983/', '14 January 1983'],
  [20, '/agreements/military-technology-exchange-of-notes-1983/', '8 November 1983'],
  [21, '/agreements/bmd-export-exception-2004/', '10 December 2004'],
  [22, '/agreements/bmd-arms-technology-exchange-of-notes-2006/', '23 June 2006'],
  [23, '/events/pac2-gyroscope-export-approval-2014/', '17 July 2014'],
  [24, '/events/f35-heavy-maintenance-assignment-2014/', '17 December 2014'],
  [25, '/agreements/defense-cooperation-guidelines-2015/', '27 April 2015'],
  [26, '/events/atla-established-2015/', '1 October 2015'],
  [27, '/agreements/rdp-mou/', '4 June 2016'],
  [28, '/agreements/defense-industrial-base-act-2023/', '7 June 2023'],
  [29, '/events/gpi-northrop-grumman-selection-2024/', '25 September 2024'],
  [30, '/events/gpi-mhi-contract-2024/', '1 November 2024'],
  [31, '/agreements/tomahawk-purchase/', '18 January 2024'],
  [32, '/events/dicas-third-meeting/', '11 December 2024'],
  [33, '/events/uss-miguel-keith-overhaul-2025/', '15 April 2025'],
  [34, '/events/defense-ministers-meeting-2025-10/', '29 October 2025'],
  [35, '/events/defense-ministers-meeting-2026-01/', '15 January 2026'],
  [0, '/events/stimson-analysis-2024/', '2024'],
];

/**
 * The same dates as the Japanese pages write them, by path; written out by hand from the sheet.
 * Every row of FACT_SHEET needs one here (a test checks), so a new item gets its Japanese date too.
 */
const JA_DATES: Record<string, string> = {
  '/agreements/rdte-mou/': '2023年1月12日',
  '/agreements/sosa/': '2023年1月12日',
  '/events/scc-2023-01/': '2023年1月11日',
  '/events/gpi-codevelopment-announcement/': '2023年8月18日',
  '/agreements/gcd-project-arrangement/': '2024年5月15日',
  '/events/sm3-block-iia-joint-research/': '1998年12月',
  '/events/sm3-block-iia-joint-development-decision/': '2005年12月',
  '/events/sm3-block-iia-first-intercept-test/': '2017年2月3日',
  '/events/ftm-44-icbm-intercept/': '2020年11月16日',
  '/agreements/three-principles-revision-2023/': '2023年12月22日',
  '/events/patriot-export-decision-2023/': '2023年12月22日',
  '/events/state-visit-announcement-2024/': '2024年1月25日',
  '/events/kishida-state-visit-2024/': '2024年4月10日',
  '/events/dicas-first-meeting/': '2024年6月9日～10日',
  '/agreements/three-principles-on-arms-exports/': '1967年4月',
  '/agreements/arms-export-easing-2011/': '2011年12月',
  '/agreements/three-principles-2014/': '2014年4月1日',
  '/events/scc-2024-07/': '2024年7月28日',
  '/events/dicas-amraam-meeting-2024/': '2024年10月7日',
  '/events/defense-ministers-meeting-2025-03/': '2025年3月30日',
  '/events/patriot-first-export-2025/': '2025年11月',
  '/events/ruling-parties-export-proposal-2026/': '2026年3月6日',
  '/agreements/three-principles-revision-2026/': '2026年4月21日',
  '/agreements/mda-agreement-1954/': '1954年3月8日',
  '/agreements/military-technology-to-us-1983/': '1983年1月14日',
  '/agreements/military-technology-exchange-of-notes-1983/': '1983年11月8日',
  '/agreements/bmd-export-exception-2004/': '2004年12月10日',
  '/agreements/bmd-arms-technology-exchange-of-notes-2006/': '2006年6月23日',
  '/events/pac2-gyroscope-export-approval-2014/': '2014年7月17日',
  '/events/f35-heavy-maintenance-assignment-2014/': '2014年12月17日',
  '/agreements/defense-cooperation-guidelines-2015/': '2015年4月27日',
  '/events/atla-established-2015/': '2015年10月1日',
  '/agreements/rdp-mou/': '2016年6月4日',
  '/agreements/defense-industrial-base-act-2023/': '2023年6月7日',
  '/events/gpi-northrop-grumman-selection-2024/': '2024年9月25日',
  '/events/gpi-mhi-contract-2024/': '2024年11月1日',
  '/agreements/tomahawk-purchase/': '2024年1月18日',
  '/events/dicas-third-meeting/': '2024年12月11日',
  '/events/uss-miguel-keith-overhaul-2025/': '2025年4月15日',
  '/events/defense-ministers-meeting-2025-10/': '2025年10月29日',
  '/events/defense-ministers-meeting-2026-01/': '2026年1月15日',
  '/events/stimson-analysis-2024/': '2024年',
};

/** Dates in an entry's status history that the sheet gives besides its key date (item 31's second step, item 20's end). */
const STATUS_DATES: [item: number, path: string, shown: string][] = [
  [31, '/agreements/tomahawk-purchase/', '13 March 2026'],
  [20, '/agreements/military-technology-exchange-of-notes-1983/', '23 June 2006'],
  [28, '/agreements/defense-industrial-base-act-2023/', '10 February 2023'],
];

const site = useSite();

describe('fact-sheet dates', () => {
  test.each(FACT_SHEET)('item %i: %s shows %s', async (_item, path, shown) => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const keyDate = /<dt>(?:Key date|Date)<span class=\"visually-hidden\">: <\/span><\/dt>\s*<dd><div><time[^>]*>([^<]+)<\/time>/.exec(html);
    expect(keyDate?.[1]).toBe(shown);
  });

  test.each(FACT_SHEET)('item %i: the Japanese page of %s shows the date the Japanese way', (_item, path) => {
    expect(JA_DATES[path], `add ${path} to JA_DATES`).toBeDefined();
    const html = readFileSync(`dist/ja${path}index.html`, 'utf8');
    const keyDate = /<dt>(?:主な日付|日付)<span class=\"visually-hidden\">：<\/span><\/dt>\s*<dd><div><time[^>]*>([^<]+)<\/time>/.exec(html);
    expect(keyDate?.[1]).toBe(JA_DATES[path]);
  });

  test.each(STATUS_DATES)('item %i: %s lists %s in its status history', (_item, path, shown) => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const history = /<section[^>]*class="lifecycle"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect([...history.matchAll(/<time[^>]*>([^<]+)<\/time>/g)].map((m) => m[1])).toContain(shown);
  });

  test('item 13a: the Hawaii DICAS page shows its correction before the text, citing the MOD readout', () => {
    const html = readFileSync('dist/events/dicas-amraam-meeting-2024/index.html', 'utf8');
    const notice = /<section[^>]*class="correction-notice"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(notice).toBeDefined();
    expect(notice).toContain('Corrected');
    expect(notice).toMatch(/<time datetime="2026-11-26"[^>]*>26 November 2026<\/time>/);
    expect(notice).toContain('7 October 2024');
    expect(notice).toContain('href="https://www.mod.go.jp/j/approach/anpo/2024/1007_usa-j.html"');
    expect(html.indexOf('class="correction-notice"')).toBeLessThan(html.indexOf('class="prose"'));
    expect(html.indexOf('class="correction-notice"')).toBeLessThan(html.indexOf('class="facts"'));
  });

  test('dates known only to the month, spans and disputed dates say so in words under the date', () => {
    const dateCell = (path: string) => /<dt>(?:Key date|Date)<span class=\"visually-hidden\">: <\/span><\/dt>\s*<dd><div>([\s\S]*?)<\/div><\/dd>/.exec(readFileSync(`dist${path}index.html`, 'utf8'))?.[1] ?? '';
    expect(dateCell('/events/patriot-first-export-2025/')).toContain('Known to the month only: the sources give November 2025, not the day.');
    expect(dateCell('/events/dicas-first-meeting/')).toContain('A span of two days.');
    expect(dateCell('/agreements/rdp-mou/')).toMatch(/one trade report said Friday, 3 June/);
    expect(dateCell('/events/dicas-amraam-meeting-2024/')).not.toContain('Known to the');
  });

  test('item 13a in Japanese: the correction notice is translated, dated the Japanese way, and cites the MOD readout', () => {
    const html = readFileSync('dist/ja/events/dicas-amraam-meeting-2024/index.html', 'utf8');
    const notice = /<section[^>]*class="correction-notice"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(notice).toMatch(/<h2[^>]*>訂正<\/h2>/);
    expect(notice).toMatch(/<time datetime="2026-11-26"[^>]*>2026年11月26日<\/time>/);
    expect(notice).not.toContain('lang="en"><span');
    expect(notice).toContain('href="https://www.mod.go.jp/j/approach/anpo/2024/1007_usa-j.html"');
    expect(html.indexOf('class="correction-notice"')).toBeLessThan(html.indexOf('class="facts"'));
  });

  test('the Japanese pages say how precise a date is in Japanese, with the Japanese date note', () => {
    const dateCell = (path: string) => /<dt>(?:主な日付|日付)<span class=\"visually-hidden\">：<\/span><\/dt>\s*<dd><div>([\s\S]*?)<\/div><\/dd>/.exec(readFileSync(`dist/ja${path}index.html`, 'utf8'))?.[1] ?? '';
    expect(dateCell('/events/patriot-first-export-2025/')).toContain('日付は月まで判明（日は不明）');
    expect(dateCell('/events/dicas-first-meeting/')).toContain('2日間にわたる');
    expect(dateCell('/agreements/rdp-mou/')).toContain('ある業界紙は金曜日の6月3日と報じた');
    expect(dateCell('/agreements/rdp-mou/')).not.toContain('lang="en"');
    expect(dateCell('/events/dicas-amraam-meeting-2024/')).not.toContain('判明');
  });

  test('the timeline starts in 1954 and its years never go backwards', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    const starts = await page.$$eval('.record .record-meta time', (els) => els.map((el) => el.getAttribute('datetime')!));
    expect(starts[0]).toBe('1954-03-08');
    const years = starts.map((d) => Number(d.slice(0, 4)));
    years.forEach((year, i) => expect(year, `entry ${i} (${starts[i]}) after ${starts[i - 1]}`).toBeGreaterThanOrEqual(years[i - 1] ?? year));
    expect(years.at(-1)).toBe(2026);
  });

  test('the timeline shows the same dates, in the same order as the sheet’s chronology', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    const shownOnTimeline = await page.$$eval('.record', (els) =>
      Object.fromEntries(els.map((el) => [el.querySelector('a')!.getAttribute('href'), el.querySelector('time')!.textContent])),
    );
    for (const [, path, shown] of FACT_SHEET) expect(shownOnTimeline[path], path).toBe(shown);
  });

  test('the Japanese timeline shows the Japanese dates', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/ja/`);
    const shownOnTimeline = await page.$$eval('.record', (els) =>
      Object.fromEntries(els.map((el) => [el.querySelector('a')!.getAttribute('href'), el.querySelector('time')!.textContent])),
    );
    for (const [, path] of FACT_SHEET) expect(shownOnTimeline[`/ja${path}`], path).toBe(JA_DATES[path]);
  });

  // CI lays shared/ beside the clone; a clone elsewhere has no fact sheet to compare with.
  const FACT_SHEET_FILE = process.env.TRACKER_FACT_SHEET ?? '../shared/sources/factsheet.md';
  test.skipIf(!existsSync(FACT_SHEET_FILE))('every entry cites at least one source with a URL from the fact sheet', () => {
    const sheet = readFileSync(FACT_SHEET_FILE, 'utf8');
    for (const [, path] of FACT_SHEET.filter(([item]) => item > 0)) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const urls = [...html.matchAll(/<li id="source-\d+">[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&#39;', "'"));
      expect(urls.some((url) => sheet.includes(url)), path).toBe(true);
    }
  });
});
