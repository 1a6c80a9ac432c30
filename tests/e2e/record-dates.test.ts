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
  [13, '/events/dicas-amraam-meeting-2024/', 'October 2024'],
  [14, '/events/defense-ministers-meeting-2025-03/', '30 March 2025'],
  [15, '/events/patriot-first-export-2025/', 'November 2025'],
  [16, '/events/ruling-parties-export-proposal-2026/', '6 March 2026'],
  [17, '/agreements/three-principles-revision-2026/', '21 April 2026'],
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
  '/events/dicas-amraam-meeting-2024/': '2024年10月',
  '/events/defense-ministers-meeting-2025-03/': '2025年3月30日',
  '/events/patriot-first-export-2025/': '2025年11月',
  '/events/ruling-parties-export-proposal-2026/': '2026年3月6日',
  '/agreements/three-principles-revision-2026/': '2026年4月21日',
  '/events/stimson-analysis-2024/': '2024年',
};

const site = useSite();

describe('fact-sheet dates', () => {
  test.each(FACT_SHEET)('item %i: %s shows %s', async (_item, path, shown) => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const keyDate = /<dt>(?:Key date|Date)<\/dt>\s*<dd><time[^>]*>([^<]+)<\/time>/.exec(html);
    expect(keyDate?.[1]).toBe(shown);
  });

  test.each(FACT_SHEET)('item %i: the Japanese page of %s shows the date the Japanese way', (_item, path) => {
    expect(JA_DATES[path], `add ${path} to JA_DATES`).toBeDefined();
    const html = readFileSync(`dist/ja${path}index.html`, 'utf8');
    const keyDate = /<dt>(?:基準日|日付)<\/dt>\s*<dd><time[^>]*>([^<]+)<\/time>/.exec(html);
    expect(keyDate?.[1]).toBe(JA_DATES[path]);
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
