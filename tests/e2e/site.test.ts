import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchErrors } from '../helpers/browser';
import { useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';
import { checkContent } from '../../src/lib/content/check';
import { isPublished } from '../../src/lib/content/drafts';
import { htmlFiles, pathOf } from '../helpers/dist';

const site = useSite();
// What the build publishes: drafts are left out.
const entries = checkContent('content').entries.filter(isPublished);
const records = entries.filter((e) => e.collection === 'agreements' || e.collection === 'events');

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return { page, errors };
}

describe('timeline', () => {
  test('shows every agreement and event once, in date order, grouped by year', async () => {
    const { page, errors } = await open('/');
    const items = await page.$$eval('.record', (els) => els.map((el) => ({ id: el.getAttribute('data-id')!, date: el.querySelector('time')!.getAttribute('datetime')! })));
    expect(items.map((i) => i.id).sort()).toEqual(records.map((r) => r.id).sort());
    const keys = items.map((i) => i.date.padEnd(10, i.date.length === 4 ? '-99-99' : '-99'));
    expect(keys).toEqual([...keys].sort());
    const years = await page.$$eval('.year-heading', (els) => els.map((el) => Number(el.textContent)));
    expect(years).toEqual([...new Set(items.map((i) => Number(i.date.slice(0, 4))))]);
    expect(errors).toEqual([]);
  });
});

describe('permalinks', () => {
  test.each(records.map((r) => [r.collection, r.id] as const))('/%s/%s/ has its page with the entry title (and short name) as h1', async (collection, id) => {
    const { page } = await open(`/${collection}/${id}/`);
    const entry = records.find((r) => r.id === id)!;
    const { title, shortName } = entry.data as { title: string; shortName?: string };
    expect(await page.textContent('h1')).toBe(shortName && !title.includes(shortName) ? `${title} (${shortName})` : title);
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toMatch(new RegExp(`/${collection}/${id}/$`));
  });

  test('every actor and topic has a page', () => {
    for (const e of entries.filter((x) => x.collection === 'actors' || x.collection === 'topics')) {
      expect(readdirSync(`dist/${e.collection}`), e.id).toContain(e.id);
    }
  });

  test('a heading anchor link scrolls to its section and is keyboard-reachable', async () => {
    const { page } = await open('/agreements/rdte-mou/');
    const anchor = page.locator('h2#what-it-does .heading-anchor');
    await anchor.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#what-it-does$/);
    expect(await page.evaluate(() => document.querySelector('#what-it-does')!.getBoundingClientRect().top)).toBeLessThan(200);
  });

  test('an unknown path gets the 404 page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/404.html`);
    expect(await page.textContent('h1')).toBe('Page not found');
  });
});

describe('every page', () => {
  test('loads in Chromium with no console errors or failed requests', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const failed: string[] = [];
    // A favicon still loading when the next page opens is aborted by the navigation, not broken.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    for (const file of htmlFiles('dist').filter((f) => f !== '404.html')) {
      await page.goto(site.origin + pathOf(file), { waitUntil: 'load' });
    }
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
  }, 180_000);
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page } = await open('/agreements/sosa/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('accessibility (axe-core)', () => {
  const pages = ['/', '/?kind=events&topic=co-production', '/agreements/', '/agreements/three-principles-2014/', '/events/dicas-first-meeting/', '/events/dicas-amraam-meeting-2024/', '/agreements/rdp-mou/', '/actors/hamada-yasukazu/', '/topics/export-rules/', '/years/2024/', '/about/', '/data/', '/search/', '/search/?q=SOSA', '/404.html'];
  for (const scheme of ['light', 'dark'] as const) {
    test.each(pages)(`%s has no violations in ${scheme} mode`, async (path) => {
      const { page, errors } = await open(path, { colorScheme: scheme, bypassCSP: true });
      if (path.startsWith('/search/?')) await page.waitForSelector('.search-result');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
