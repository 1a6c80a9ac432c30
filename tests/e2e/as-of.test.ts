import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site';
import { watchErrors } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';

const site = useSite();

type Dated = { start: string; end?: string; precision: 'day' | 'month' | 'year' };
type Change = { status: string; date: Dated };
const agreements = (JSON.parse(readFileSync('dist/data/entries.json', 'utf8')) as { entries: { id: string; kind: string; statusHistory?: Change[] }[] }).entries.filter((e) => e.kind === 'agreement');

/** The rule, stated once more from the schema's words rather than from src/lib/as-of: a step counts once its whole period is over. */
function expected(history: Change[], day: string): { group: string; status?: string } | undefined {
  const last = (d: Dated) => {
    if (d.end) return d.end;
    if (d.precision === 'day') return d.start;
    if (d.precision === 'year') return `${d.start}-12-31`;
    const [y, m] = d.start.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  const first = (d: Dated) => (d.precision === 'year' ? `${d.start}-01-01` : d.precision === 'month' ? `${d.start}-01` : d.start);
  const done = history.filter((c) => last(c.date) <= day);
  const status = done.at(-1)?.status;
  if (status) {
    const group = ['adopted', 'in-effect', 'implemented'].includes(status) ? 'in-effect' : status === 'amended' ? 'amended' : ['superseded', 'expired'].includes(status) ? 'ended' : 'pending';
    return { group, status };
  }
  return history.some((c) => first(c.date) <= day) ? { group: 'uncertain' } : undefined;
}

/** Each listed agreement's id → its group and the status its badge shows. */
async function shown(page: Page): Promise<Map<string, { group: string; status?: string | undefined }>> {
  const rows = await page.$$eval('[data-as-of-list] li[data-group]', (items) =>
    items.map((li) => ({
      id: li.querySelector('a')!.getAttribute('href')!.replace(/^(\/ja)?\/agreements\//, '').replace(/\/$/, ''),
      group: li.getAttribute('data-group')!,
      status: /status-([a-z-]+)/.exec(li.querySelector('.as-of-step .badge')?.className ?? '')?.[1],
    })),
  );
  return new Map(rows.map(({ id, ...rest }) => [id, rest.status ? rest : { group: rest.group }]));
}

async function open(path: string, javaScript = true, bypassCSP = false) {
  const context = await site.browser.newContext({ javaScriptEnabled: javaScript, bypassCSP });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site.origin + path);
  if (javaScript && path.includes('?')) await page.waitForFunction(() => !document.querySelector('[data-as-of-status]')?.textContent?.includes('…'));
  return { page, errors, close: () => context.close() };
}

// Across the record: the first signature, inside a month-dated adoption, the day a 1983 exchange of notes was
// superseded, the day the 1967 principles were, inside a month-dated 2011 statement, a signing day, and today.
const DATES = ['1954-03-08', '1967-04-15', '2006-06-23', '2014-04-01', '2011-12-15', '2023-01-12', '2026-11-30'];

describe('the record as of a day, over the real record', () => {
  test.each(DATES)('on %s every agreement is where its status history puts it', async (day) => {
    const { page, errors, close } = await open(`/as-of/${day.slice(0, 4)}/?date=${day}`);
    const want = new Map(agreements.flatMap((a) => { const e = expected(a.statusHistory!, day); return e ? [[a.id, e] as const] : []; }));
    expect(want.size).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(want);
    expect(errors).toEqual([]);
    await close();
  });

  test('superseded on that very day: the 1967 principles end on 1 April 2014, the day their successor is adopted', async () => {
    const { page, close } = await open('/as-of/2014/?date=2014-04-01');
    const rows = await shown(page);
    expect(rows.get('three-principles-on-arms-exports')).toEqual({ group: 'ended', status: 'superseded' });
    expect(rows.get('three-principles-2014')).toEqual({ group: 'in-effect', status: 'adopted' });
    const row = page.locator('li[data-group="ended"]', { has: page.locator('a[href="/agreements/three-principles-on-arms-exports/"]') });
    await expect(row.locator('.as-of-replaced a').getAttribute('href')).resolves.toBe('/agreements/three-principles-2014/');
    await close();
    const before = await open('/as-of/2014/?date=2014-03-31');
    expect((await shown(before.page)).get('three-principles-on-arms-exports')).toEqual({ group: 'in-effect', status: 'adopted' });
    await before.close();
  });

  test('known only to the month: "adopted April 1967" is not yet certain inside April, and certain on its last day', async () => {
    const inside = await open('/as-of/1967/?date=1967-04-29');
    expect((await shown(inside.page)).get('three-principles-on-arms-exports')).toEqual({ group: 'uncertain' });
    await inside.close();
    const end = await open('/as-of/1967/?date=1967-04-30');
    expect((await shown(end.page)).get('three-principles-on-arms-exports')).toEqual({ group: 'in-effect', status: 'adopted' });
    await end.close();
  });

  test('with JavaScript off, each year page is the record at the end of that year', async () => {
    for (const year of [1954, 1983, 2014, 2026]) {
      const { page, close } = await open(`/as-of/${year}/`, false);
      const want = new Map(agreements.flatMap((a) => { const e = expected(a.statusHistory!, `${year}-12-31`); return e ? [[a.id, e] as const] : []; }));
      expect(await shown(page)).toEqual(want);
      expect(await page.locator('[data-as-of-form]').isHidden()).toBe(true);
      await close();
    }
  });

  test('/data/as-of/<year>.json says the same as the page', () => {
    const data = JSON.parse(readFileSync('dist/data/as-of/2014.json', 'utf8')) as { agreements: { id: string; group: string; status: string | null }[] };
    const want = new Map(agreements.flatMap((a) => { const e = expected(a.statusHistory!, '2014-12-31'); return e ? [[a.id, e] as const] : []; }));
    expect(new Map(data.agreements.map((a) => [a.id, a.status ? { group: a.group, status: a.status } : { group: a.group }]))).toEqual(want);
  });
});

describe('changes between two days, restrictions, languages', () => {
  test('?since= lists the steps and events between the two days, oldest first', async () => {
    const { page, close } = await open('/as-of/2026/?date=2026-04-30&since=2023-12-31');
    const section = page.locator('[data-as-of-changes]');
    await expect(section.locator('h2').textContent()).resolves.toBe('Changes from 31 December 2023 to 30 April 2026');
    const steps = await section.locator('ol').first().locator('li').allTextContents();
    expect(steps.some((s) => s.includes('Amended') && s.includes('21 April 2026') && s.includes('Three Principles on Transfer'))).toBe(true);
    expect(steps.some((s) => s.includes('22 December 2023'))).toBe(false);
    expect(await section.locator('ol').nth(1).locator('li').count()).toBeGreaterThan(0);
    await close();
  });

  test('?topic= keeps only that topic’s agreements', async () => {
    const { page, close } = await open('/as-of/2026/?topic=missile-defense');
    const ids = [...(await shown(page)).keys()];
    const want = (JSON.parse(readFileSync('dist/data/entries.json', 'utf8')) as { entries: { id: string; kind: string; topics: { id: string }[] }[] }).entries.filter((e) => e.kind === 'agreement' && e.topics.some((t) => t.id === 'missile-defense')).map((e) => e.id);
    expect(ids.sort()).toEqual(want.sort());
    await expect(page.locator('[data-as-of-status]').textContent()).resolves.toContain('Only agreements and events tagged');
    await close();
  });

  test('?system= keeps only the agreements naming that system, and says which', async () => {
    const { page, close } = await open('/as-of/2026/?system=f-2');
    // /data/entries.json does not carry systems yet; the content files do.
    const want = readdirSync('content/agreements')
      .filter((f) => /^systems: \[([^\]]*)\]/m.exec(readFileSync(`content/agreements/${f}`, 'utf8'))?.[1]!.split(/,\s*/).includes('f-2'))
      .map((f) => f.replace(/\.md$/, ''));
    expect(want.length).toBeGreaterThan(0);
    expect([...(await shown(page)).keys()].sort()).toEqual(want.sort());
    await expect(page.locator('[data-as-of-status]').textContent()).resolves.toContain('F-2');
    await close();
  });

  test('the Japanese pages read in Japanese, statically and for a chosen day', async () => {
    const still = await open('/ja/as-of/2023/', false);
    await expect(still.page.locator('h1').textContent()).resolves.toBe('2023年末時点の記録');
    await still.close();
    const { page, close } = await open('/ja/as-of/2014/?date=2014-04-01');
    await expect(page.locator('h1').textContent()).resolves.toBe('2014年4月1日時点の記録');
    expect((await shown(page)).get('three-principles-on-arms-exports')).toEqual({ group: 'ended', status: 'superseded' });
    await expect(page.locator('#group-ended').textContent()).resolves.toContain('後継に移行・失効');
    await close();
  });

  test('an impossible date is said so, and the year’s end stays', async () => {
    const { page, close } = await open('/as-of/2023/?date=2023-02-30');
    await expect(page.locator('[data-as-of-status]').textContent()).resolves.toContain('“2023-02-30” is not a day');
    await expect(page.locator('h1').textContent()).resolves.toBe('The record at the end of 2023');
    await close();
  });

  test.each(['/as-of/', '/as-of/2014/', '/ja/as-of/2014/', '/as-of/2014/?date=2014-04-01&since=2006-01-01', '/ja/as-of/1967/?date=1967-04-15'])('%s has no axe violations', async (path) => {
    // Axe is injected as an inline script, which the page's CSP (rightly) refuses; the page's own scripts are unaffected.
    const { page, errors, close } = await open(path, true, true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('the status index the browser loads stays small', () => {
    for (const file of ['dist/data/as-of/index.json', 'dist/ja/data/as-of/index.json']) {
      const gzip = gzipSync(readFileSync(file)).length;
      expect(gzip).toBeLessThan(300_000);
    }
  });
});

describe('where readers are: links to the record as of a date', () => {
  const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
  test('an entry links to its date: the day for a day-precise date, the year’s end for a month', () => {
    expect(html('/agreements/rdte-mou/')).toContain('<a href="/as-of/2023/?date=2023-01-12">The record as of this date</a>');
    expect(html('/ja/agreements/rdte-mou/')).toContain('<a href="/ja/as-of/2023/?date=2023-01-12">この日付時点の記録</a>');
    expect(html('/agreements/three-principles-on-arms-exports/')).toContain('<a href="/as-of/1967/">The record as of this date</a>');
    expect(html('/events/dicas-first-meeting/')).toMatch(/<a href="\/as-of\/2024\/\?date=2024-06-\d\d">/);
  });

  test('the timeline, a year and a topic link to it; /data/ lists its files', () => {
    expect(html('/')).toContain('<a href="/as-of/">As of a date</a>');
    expect(html('/')).toContain('<a href="/as-of/2014/">The record at the end of 2014</a>');
    expect(html('/ja/years/2014/')).toContain('<a href="/ja/as-of/2014/">2014年末時点の記録</a>');
    expect(html('/topics/export-rules/')).toContain('<a href="/as-of/2026/?topic=export-rules">');
    expect(html('/data/')).toContain('<a href="/data/as-of/index.json">');
    expect(html('/ja/data/')).toContain('<a href="/ja/data/as-of/index.json">');
  });
});
