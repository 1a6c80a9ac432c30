import { describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchErrors } from '../helpers/browser';
import { useSite } from '../helpers/site';
import { checkContent } from '../../src/lib/content/check';
import { isPublished } from '../../src/lib/content/drafts';
import { timeline, type AnyEntry } from '../../src/lib/record/records';

const site = useSite();
const records = timeline(checkContent('content').entries.filter(isPublished) as AnyEntry[]);
const ids = (pred: (r: (typeof records)[number]) => boolean) => records.filter(pred).map((r) => r.id);

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site.origin + path);
  return { page, context, errors };
}
const visibleIds = (page: Page) => page.$$eval('.record', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-id')));
const count = (page: Page) => page.textContent('[data-filter-count]');

describe('timeline filters (JavaScript)', () => {
  test('each filter narrows the list, shows the count and writes the URL', async () => {
    const { page, errors } = await open('/');
    await page.selectOption('select[name=kind]', 'events');
    expect(await visibleIds(page)).toEqual(ids((r) => r.collection === 'events'));
    expect(await count(page)).toBe(`Showing ${ids((r) => r.collection === 'events').length} of ${records.length} entries`);
    expect(new URL(page.url()).search).toBe('?kind=events');

    await page.selectOption('select[name=kind]', '');
    await page.selectOption('select[name=topic]', 'missile-defense');
    expect(await visibleIds(page)).toEqual(ids((r) => r.topics.includes('missile-defense')));

    await page.selectOption('select[name=topic]', '');
    await page.selectOption('select[name=actor]', 'us-dod');
    expect(await visibleIds(page)).toEqual(ids((r) => r.actors.includes('us-dod')));

    await page.selectOption('select[name=actor]', '');
    await page.selectOption('select[name=status]', 'signed');
    expect(await visibleIds(page)).toEqual(ids((r) => r.status === 'signed'));
    expect(errors).toEqual([]);
  });

  test('filters combine, and the filtered view survives a reload from its URL', async () => {
    const { page } = await open('/');
    await page.selectOption('select[name=topic]', 'export-rules');
    await page.selectOption('select[name=kind]', 'agreements');
    await page.selectOption('select[name=from]', '2014');
    await page.selectOption('select[name=to]', '2025');
    const expected = ids((r) => r.topics.includes('export-rules') && r.collection === 'agreements' && r.year >= 2014 && r.year <= 2025);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(expected);
    const url = page.url();
    expect(new URL(url).search).toBe('?kind=agreements&topic=export-rules&from=2014&to=2025');

    await page.reload();
    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.inputValue('select[name=topic]')).toBe('export-rules');

    const { page: fresh } = await open(new URL(url).pathname + new URL(url).search);
    expect(await visibleIds(fresh)).toEqual(expected);
  });

  test('years with no matches disappear, and newest-first reverses the order', async () => {
    const { page } = await open('/?order=newest&topic=co-production');
    const expected = ids((r) => r.topics.includes('co-production')).reverse();
    expect(await visibleIds(page)).toEqual(expected);
    const years = await page.$$eval('.year', (els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => Number(el.getAttribute('data-year'))));
    expect(years).toEqual([...new Set(records.filter((r) => r.topics.includes('co-production')).map((r) => r.year))].reverse());
  });

  test('clearing the filters shows everything again and cleans the URL', async () => {
    const { page } = await open('/?kind=events&topic=export-rules');
    await page.click('button[type=reset]');
    await page.waitForFunction(() => location.search === '');
    expect(await visibleIds(page)).toEqual(records.map((r) => r.id));
  });
});

describe('without JavaScript', () => {
  test('the filter form stays hidden and the facet pages list the right entries', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    expect(await page.isVisible('form.filters')).toBe(false);
    expect(await visibleIds(page)).toEqual(records.map((r) => r.id));
    const facets: [string, string[]][] = [
      ['/topics/export-rules/', ids((r) => r.topics.includes('export-rules'))],
      ['/actors/us-dod/', ids((r) => r.actors.includes('us-dod'))],
      ['/years/2023/', ids((r) => r.year === 2023)],
      ['/status/signed/', ids((r) => r.status === 'signed')],
      ['/events/', ids((r) => r.collection === 'events')],
    ];
    for (const [path, expected] of facets) {
      await page.goto(site.origin + path);
      expect(await page.$$eval('.record', (els) => els.map((el) => el.getAttribute('data-id'))), path).toEqual(expected);
    }
  });
});

describe('linking and citing', () => {
  test('copy link and copy citation put the canonical URL on the clipboard', async () => {
    const { page, context } = await open('/agreements/sosa/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/agreements\/sosa\/$/);
    await page.click('button[data-copy=link]');
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    for (const style of ['chicago', 'apa', 'bibtex']) {
      await page.evaluate(() => { document.querySelector('[data-copy-status]')!.textContent = ''; });
      await page.click(`button[data-copy=${style}]`);
      await expect.poll(() => page.textContent('[data-copy-status]')).toMatch(/citation copied/);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text, style).toContain(canonical);
      expect(text, style).toContain('Security of Supply Arrangement');
    }
  });

  test('entry pages carry Open Graph, Twitter and JSON-LD metadata from the entry', async () => {
    const { page } = await open('/events/dicas-first-meeting/');
    const description = await page.getAttribute('meta[name=description]', 'content');
    expect(description).toMatch(/^At the first meeting of the Forum on Defense Industrial Cooperation/);
    expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBe(description);
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary');
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2024-06-09', endDate: '2024-06-10', location: { name: 'Tokyo' } });
    expect(ld.citation.length).toBe(2);
  });
});

describe('keyboard', () => {
  test('Tab reaches every filter control, and the keyboard operates them', async () => {
    const { page } = await open('/');
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.closest('form.filters') ? el.getAttribute('name') ?? el.getAttribute('type') : null;
      });
      if (name) reached.add(name);
    }
    expect([...reached].sort()).toEqual(['actor', 'from', 'kind', 'order', 'reset', 'status', 'submit', 'to', 'topic']);
    await page.focus('select[name=kind]');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('select[name=kind]')).toBe('agreements');
    expect(await visibleIds(page)).toEqual(ids((r) => r.collection === 'agreements'));
  });

  test('copy buttons on an entry page work from the keyboard', async () => {
    const { page, context } = await open('/agreements/rdte-mou/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.focus('button[data-copy=link]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe('Link copied to the clipboard.');
  });
});
