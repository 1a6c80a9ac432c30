// The first screen: on a phone the timeline's first entries are visible and its filters fold behind one
// button; nothing the scripts do moves content already painted (cumulative layout shift stays ~0);
// the search page says what is wrong when its index is missing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function open(path: string, viewport = PHONE, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  // A mid-range phone's CPU: scripts start late, which is when a layout shift would show.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(site.origin + path, { waitUntil: 'load' });
  return page;
}

/** Cumulative layout shift so far, from the browser's own Layout Instability API. */
async function cls(page: Page): Promise<number> {
  await page.waitForTimeout(500);
  return page.evaluate(() => new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 200);
  }));
}

describe('the timeline on a phone (390×844)', () => {
  test('the first entry is inside the first screen, and the filters are folded', async () => {
    const page = await open('/');
    const first = await page.locator('.timeline .record').first().boundingBox();
    expect(first).not.toBeNull();
    const title = await page.locator('.timeline .record h3, .timeline .record a').first().boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.isVisible('form.filters')).toBe(false);
    expect(await page.getAttribute('[data-filter-toggle]', 'aria-expanded')).toBe('false');
    expect(await page.textContent('[data-filter-toggle]')).toMatch(/Filters\s*· none active/);
  });

  test('the button shows how many filters are active, and opens and closes the form', async () => {
    const page = await open('/?topic=export-rules&kind=agreements');
    expect(await page.textContent('[data-filter-toggle]')).toMatch(/Filters\s*· 2 active/);
    await page.click('[data-filter-toggle]');
    expect(await page.isVisible('form.filters')).toBe(true);
    expect(await page.getAttribute('[data-filter-toggle]', 'aria-expanded')).toBe('true');
    expect(await page.inputValue('select[name=topic]')).toBe('export-rules');
    await page.selectOption('select[name=kind]', '');
    expect(await page.textContent('[data-filter-toggle]')).toMatch(/· 1 active/);
    expect(new URL(page.url()).search).toBe('?topic=export-rules');
    await page.click('[data-filter-toggle]');
    expect(await page.isVisible('form.filters')).toBe(false);
  });

  test('on a wide screen the form starts open', async () => {
    const page = await open('/', DESKTOP);
    expect(await page.isVisible('form.filters')).toBe(true);
    expect(await page.getAttribute('[data-filter-toggle]', 'aria-expanded')).toBe('true');
  });

  test('without JavaScript there is no button and no form, and the facet links are shown', async () => {
    const page = await open('/', PHONE, false);
    expect(await page.isVisible('[data-filter-toggle]')).toBe(false);
    expect(await page.isVisible('form.filters')).toBe(false);
    expect(await page.isVisible('nav.facets')).toBe(true);
    expect(await page.isVisible('.timeline .record')).toBe(true);
  });
});

describe('the timeline on a desktop screen (1280×900)', () => {
  const SCREEN = { width: 1280, height: 900 };
  for (const path of ['/', '/ja/']) {
    for (const javaScript of [true, false]) {
      test(`${path} with JavaScript ${javaScript ? 'on' : 'off'}: the whole threads chart, all its lanes, is on the first screen`, async () => {
        const page = await open(path, SCREEN, javaScript);
        const chart = (await page.locator('figure.tc').boundingBox())!;
        expect(chart.y).toBeGreaterThan(0);
        expect(chart.y + chart.height).toBeLessThanOrEqual(SCREEN.height);
        const lanes = await page.$$eval('.tc-lane', (els) => els.map((el) => el.getBoundingClientRect().bottom));
        // One lane per topic of the record.
        expect(lanes.length).toBe(readFileSync('content/topics.yaml', 'utf8').match(/^- id:/gm)!.length);
        for (const bottom of lanes) expect(bottom).toBeLessThanOrEqual(SCREEN.height);
        // Beside it: the filter form with JavaScript, the facet links without; never both.
        expect(await page.isVisible('form.filters')).toBe(javaScript);
        expect(await page.isVisible('nav.facets')).toBe(!javaScript);
        const side = (await page.locator(javaScript ? 'form.filters' : 'nav.facets').boundingBox())!;
        expect(side.x).toBeGreaterThanOrEqual(chart.x + chart.width);
        expect(side.y).toBeLessThan(SCREEN.height / 2);
      });
    }
  }

  test('on a phone (390×844) the first entry is still on the first screen, in both languages', async () => {
    for (const path of ['/', '/ja/']) {
      const page = await open(path);
      const title = (await page.locator('.timeline .record .record-title').first().boundingBox())!;
      expect(title.y + title.height, path).toBeLessThanOrEqual(PHONE.height);
      expect(await page.isVisible('nav.facets'), path).toBe(false);
    }
  });
});

describe('no layout shift', () => {
  const pages = ['/', '/?topic=export-rules', '/?order=newest&kind=events', '/search/?q=SOSA', '/search/', '/agreements/sosa/', '/actors/lockheed-martin/'];
  for (const viewport of [PHONE, DESKTOP]) {
    test.each(pages)(`%s at ${viewport.width}×${viewport.height}: CLS < 0.01`, async (path) => {
      const page = await open(path, viewport);
      if (path.startsWith('/search/?')) await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
      expect(await cls(page)).toBeLessThan(0.01);
    });
  }

  test('on /ja/ the button speaks Japanese and counts the active filters', async () => {
    const page = await open('/ja/?topic=export-rules&kind=agreements');
    expect(await page.textContent('[data-filter-toggle]')).toMatch(/絞り込み\s*・2件を適用中/);
    await page.click('[data-filter-toggle]');
    await page.selectOption('select[name=kind]', '');
    await page.selectOption('select[name=topic]', '');
    expect(await page.textContent('[data-filter-toggle]')).toMatch(/絞り込み\s*・適用なし/);
  });

  test('a filter in the URL is applied before the timeline is shown', async () => {
    const page = await open('/?topic=export-rules');
    expect(await page.evaluate(() => document.documentElement.classList.contains('timeline-pending'))).toBe(false);
    const shown = await page.$$eval('.timeline .record', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    const all = await page.$$eval('.timeline .record', (els) => els.length);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
  });
});

describe('the search page without its index', () => {
  /** The search page at `path`, with every /pagefind/ request answered by `answer`. */
  async function searchPageWithIndex(path: string, answer: { status: number; body: string; contentType?: string }) {
    const context = await site.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill(answer));
    await page.goto(`${site.origin}${path}`);
    return page;
  }

  test('says the index is missing and how to fix it, never that JavaScript is needed', async () => {
    const page = await searchPageWithIndex('/search/?q=SOSA', { status: 404, body: 'not found' });
    await page.waitForFunction(() => /missing/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const status = (await page.textContent('#search-status'))!;
    expect(status).toContain('The search index is missing');
    expect(status).toContain('npm start');
    expect(await page.isVisible('.search-nojs')).toBe(false);
  });

  test('on /ja/search/ says so in Japanese', async () => {
    const page = await searchPageWithIndex('/ja/search/?q=SOSA', { status: 404, body: 'not found' });
    await page.waitForFunction(() => /検索インデックスがありません/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const status = (await page.textContent('#search-status'))!;
    expect(status).toContain('/pagefind/pagefind.js');
    expect(status).toContain('（応答 404）');
    expect(status).toContain('npm start');
    expect(await page.isVisible('.search-nojs')).toBe(false);
  });

  test('shows the dev server’s own words while it builds the index', async () => {
    const page = await searchPageWithIndex('/search/?q=SOSA', { status: 503, contentType: 'text/plain', body: 'The dev server is building the search index (3 of 61 pages read).' });
    await page.waitForFunction(() => /building/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-status')).toBe('The dev server is building the search index (3 of 61 pages read).');
  });

  test('without JavaScript it says search needs JavaScript', async () => {
    const page = await open('/search/', PHONE, false);
    expect(await page.isVisible('.search-nojs')).toBe(true);
    expect(await page.textContent('.search-nojs')).toContain('Search runs in your browser and needs JavaScript');
    expect(await page.isVisible('#search-status')).toBe(false);
    const ja = await open('/ja/search/', PHONE, false);
    expect(await ja.isVisible('.search-nojs')).toBe(true);
    expect(await ja.isVisible('#search-status')).toBe(false);
  });
});
