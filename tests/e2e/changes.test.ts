import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { useSite } from '../helpers/site';
import { watchErrors } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { parseHeadersFile } from '../../src/lib/headers';

const site = useSite();

describe('the changes feed', () => {
  test('parses, newest change first, each item linking to its own line on /changes/', () => {
    const feed = parseFeed(readFileSync('dist/changes.xml', 'utf8'));
    const html = readFileSync('dist/changes/index.html', 'utf8');
    // A checkout without history (a tarball, a shallow clone) and no corrections has nothing to list, and says why.
    if (feed.items.length === 0) {
      expect(html).toContain('history of revisions is unavailable');
      return;
    }
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates[0]).toBe(Math.max(...dates));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      const url = new URL(item.url!);
      expect(url.pathname).toBe('/changes/');
      expect(html, item.url!).toContain(`id="${url.hash.slice(1)}"`);
    }
    expect(new Set(feed.items.map((i) => i.url)).size).toBe(feed.items.length);
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  test('carries the headers a <meta> CSP cannot, on every path', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const all = rules.get('/*')!;
    expect(all['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(all['Cache-Control']).toBeUndefined();
    expect(rules.get('/_astro/*')!['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/pagefind/fragment/*')!['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/pagefind/pagefind.js')!['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(rules.get('/pagefind/pagefind-entry.json')!['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(rules.get('/agreements/*')!['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  });
});

describe('history, changes and corrections in the browser', () => {
  async function open(path: string, colorScheme: 'light' | 'dark') {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(site.origin + path);
    expect(response?.status(), path).toBe(200);
    return { page, errors };
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`/changes/ and an entry with its history open have no axe violations (${scheme})`, async () => {
      const changes = await open('/changes/', scheme);
      expect(await axeViolations(changes.page)).toEqual([]);
      expect(changes.errors).toEqual([]);

      const entry = await open('/agreements/sosa/', scheme);
      const summary = await entry.page.$('details.history summary');
      if (summary) {
        await summary.click();
        expect(await entry.page.$eval('details.history', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      }
      expect(await axeViolations(entry.page)).toEqual([]);
      expect(await entry.page.textContent('.suggest-correction a')).toBe('Suggest a correction');
      expect(entry.errors).toEqual([]);
    });
  }

  test('the footer links to /changes/', async () => {
    const { page } = await open('/', 'light');
    await page.click('footer a[href="/changes/"]');
    await page.waitForURL(`${site.origin}/changes/`);
    expect(await page.textContent('h1')).toBe('What changed');
  });
});
