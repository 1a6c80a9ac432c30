import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchErrors } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

async function searchPage(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.origin}/search/${query}`);
  await page.waitForFunction(() => /match|No entries/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return { page, errors };
}
const resultPaths = (page: Page) => page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** A system's page comes first for its name (src/lib/figures/search-names.ts), once the record has that system. */
const systemOr = (id: string, otherwise: string) => (existsSync(`dist/systems/${id}/index.html`) ? `/systems/${id}/` : otherwise);

/** Query → the entry that must come first. */
const TOP: [string, string][] = [
  ['SOSA', '/agreements/sosa/'],
  ['RDT&E', '/agreements/rdte-mou/'],
  ['GPI', systemOr('gpi', '/events/gpi-codevelopment-announcement/')],
  ['SM-3', systemOr('sm-3-block-iia', '/events/sm3-block-iia-joint-development-decision/')],
  ['DICAS', '/agreements/dicas/'],
  ['PAC-3', systemOr('pac-3', '/events/patriot-export-decision-2023/')],
  ['防衛装備移転三原則', '/agreements/three-principles-2014/'],
  ['Hamada', '/actors/hamada-yasukazu/'],
  ['AMRAAM', systemOr('amraam', '/events/dicas-amraam-meeting-2024/')],
  ['FTM-44', '/events/ftm-44-icbm-intercept/'],
  ['Camp David', '/events/gpi-codevelopment-announcement/'],
  ['minesweeping', '/events/ruling-parties-export-proposal-2026/'],
  ['Fujimura', '/actors/fujimura-osamu/'],
];

describe('search', () => {
  test.each(TOP)('“%s” puts %s first', async (q, expected) => {
    const { page, errors } = await searchPage(`?q=${encodeURIComponent(q)}`);
    expect((await resultPaths(page))[0]).toBe(expected);
    expect(errors).toEqual([]);
  });

  test('a phrase finds the entries that contain it', async () => {
    const { page } = await searchPage('?q=security+of+supply');
    expect((await resultPaths(page)).slice(0, 2)).toContain('/agreements/sosa/');
  });

  test('results show title, kind, date, status and a highlighted excerpt', async () => {
    const { page } = await searchPage('?q=SOSA');
    const first = page.locator('.search-result').first();
    expect(await first.locator('h2').textContent()).toBe('Security of Supply Arrangement (SOSA)');
    expect(await first.locator('.record-meta').textContent()).toBe('Agreement · Arrangement · 12 January 2023 · Signed');
    expect((await first.locator('.excerpt mark').allTextContents()).map((t) => t.toLowerCase())).toContain('sosa');
  });

  test('a filter narrows the results, and the sort orders them by date', async () => {
    const { page } = await searchPage('?q=DICAS');
    const all = await resultPaths(page);
    await page.selectOption('select[name=kind]', 'Event');
    // The first results are painted before the rest; the status line is written once all of them are.
    await page.waitForFunction((n) => {
      const shown = document.querySelectorAll('.search-result').length;
      return shown !== n && shown === Number(/\d+/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[0]);
    }, all.length);
    const events = await resultPaths(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    expect(events.every((p) => p.startsWith('/events/'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=DICAS&kind=Event');

    await page.selectOption('select[name=sort]', 'oldest');
    await page.waitForFunction(() => location.search.includes('sort=oldest'));
    // Oldest first by the entries' own dates (the record's DICAS events grow with it, so the order is read from the data).
    const dates = new Map(
      (JSON.parse(readFileSync('dist/data/entries.json', 'utf8')) as { entries: { url: string; date: { start: string } }[] }).entries.map((e) => [new URL(e.url).pathname, e.date.start]),
    );
    await expect.poll(async () => {
      const shown = await resultPaths(page);
      return shown.length === events.length && shown.every((p, i) => i === 0 || dates.get(shown[i - 1]!)! <= dates.get(p)!);
    }).toBe(true);
    expect([...events].sort()).toEqual([...(await resultPaths(page))].sort());
  });

  test('a search URL reopens the same search, filters included', async () => {
    const { page } = await searchPage('?q=export&topic=Export+rules&kind=Agreement');
    expect(await page.inputValue('#q')).toBe('export');
    expect(await page.inputValue('select[name=topic]')).toBe('Export rules');
    expect(await page.inputValue('select[name=kind]')).toBe('Agreement');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('/agreements/'))).toBe(true);
    await page.reload();
    await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await resultPaths(page)).toEqual(paths);
  });

  test('a result lands on its entry with the matched terms highlighted', async () => {
    const { page } = await searchPage('?q=minesweeping');
    const errors = watchErrors(page);
    await page.click('.search-result h2 a');
    await page.waitForSelector('mark.pagefind-highlight');
    expect((await page.locator('mark.pagefind-highlight').first().textContent())?.toLowerCase()).toBe('minesweeping');
    // The highlighter adds no inline style, which the CSP would block.
    expect(errors).toEqual([]);
  });

  test('"/" focuses the header search box, which opens the search page without loading search code first', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(`${site.origin}/agreements/sosa/`);
    expect(scripts.some((u) => u.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Patriot');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Patriot$/);
    await page.waitForSelector('.search-result');
    // “Patriot” names a system: its page first, once the record has it.
    expect((await resultPaths(page))[0]).toMatch(existsSync('dist/systems/patriot/index.html') ? /^\/systems\/patriot\/$/ : /^\/events\/patriot-/);
  });
});
