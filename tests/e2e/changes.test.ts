import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { useSite } from '../helpers/site';
import { watchErrors } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { parseHeadersFile } from '../../src/lib/publish/headers';

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

  test('/ja/changes.xml is its Japanese twin: the same changes, linking to their lines on /ja/changes/', () => {
    const en = parseFeed(readFileSync('dist/changes.xml', 'utf8'));
    const xml = readFileSync('dist/ja/changes.xml', 'utf8');
    const ja = parseFeed(xml);
    const html = readFileSync('dist/ja/changes/index.html', 'utf8');
    expect(xml).toContain('<language>ja</language>');
    expect(ja.title).toBe('日米防衛産業協力トラッカー：変更履歴');
    expect(ja.items.map((i) => new URL(i.url!).hash)).toEqual(en.items.map((i) => new URL(i.url!).hash));
    for (const item of ja.items) {
      expect(new URL(item.url!).pathname).toBe('/ja/changes/');
      expect(html, item.url!).toContain(`id="${new URL(item.url!).hash.slice(1)}"`);
    }
  });

  test('a correction reads in Japanese on /ja/changes/, naming the entry by its Japanese title', () => {
    const html = readFileSync('dist/ja/changes/index.html', 'utf8');
    const line = /<li id="correction-dicas-amraam-meeting-2024-1"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
    expect(line).toContain('>訂正<');
    expect(line).toContain('2026年11月26日');
    expect(line).toContain('href="/ja/events/dicas-amraam-meeting-2024/"');
    expect(line).toContain('ハワイでの第2回DICAS会合');
    expect(line).toContain('防衛省の発表に基づき');
    expect(line).not.toContain('lang="en"');
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

  for (const scheme of ['light', 'dark'] as const) {
    test(`/ja/changes/ and a Japanese entry with its history open have no axe violations (${scheme})`, async () => {
      const changes = await open('/ja/changes/', scheme);
      expect(await axeViolations(changes.page)).toEqual([]);
      const entry = await open('/ja/events/dicas-amraam-meeting-2024/', scheme);
      const summary = await entry.page.$('details.history summary');
      if (summary) {
        expect(await summary.textContent()).toMatch(/^改訂履歴（\d+件の変更）$/);
        await summary.click();
      }
      expect(await axeViolations(entry.page)).toEqual([]);
      expect(await entry.page.textContent('.suggest-correction a')).toBe('訂正を提案する');
      const href = (await entry.page.getAttribute('.suggest-correction a', 'href'))!;
      if (href.startsWith('/')) expect(href).toBe('/ja/about/#corrections');
      else expect(new URL(href).searchParams.get('title')).toBe('訂正：ハワイでの第2回DICAS会合');
      expect([...changes.errors, ...entry.errors]).toEqual([]);
    });
  }

  test('the Japanese footer links to /ja/changes/', async () => {
    const { page } = await open('/ja/', 'light');
    await page.click('footer a[href="/ja/changes/"]');
    await page.waitForURL(`${site.origin}/ja/changes/`);
    expect(await page.textContent('h1')).toBe('変更履歴');
  });

  test('the footer links to /changes/', async () => {
    const { page } = await open('/', 'light');
    await page.click('footer a[href="/changes/"]');
    await page.waitForURL(`${site.origin}/changes/`);
    expect(await page.textContent('h1')).toBe('What changed');
  });
});
