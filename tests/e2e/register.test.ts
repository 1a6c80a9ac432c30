// The register and the systems pages in a browser, over the fixture site (tests/build/figures.test.ts builds the same):
// the table without script, sorting and filtering with it and its state in the URL, search, axe and html-validate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
import { axeViolations } from '../helpers/axe';
import { runScript } from '../helpers/build';
import { GOOD } from '../helpers/fixture';

const OUT = 'tests/.tmp/figures-e2e-dist';
// As useSite() does, but the fixture is built first, which takes longer than the e2e hook timeout allows.
const site = { origin: '', browser: undefined as unknown as Browser };
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
beforeAll(async () => {
  const build = runScript('scripts/build.ts', GOOD, OUT);
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(OUT);
  site.origin = server.origin;
  site.browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await site.browser?.close();
  await server?.close();
});

const PAGES = ['/register/', '/ja/register/', '/register/sort/value/', '/register/system/sm-3-block-iia/', '/systems/', '/ja/systems/', '/systems/sm-3-block-iia/', '/ja/systems/sm-3-block-iia/', '/ja/systems/pac-3-mse/', '/events/signing/', '/ja/events/signing/'];

async function open(path: string, javaScriptEnabled = true, options: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled, bypassCSP: options.bypassCSP ?? false, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.origin}${path}`);
  return { page, errors };
}
const rowIds = (page: Page) => page.$$eval('table.register tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.id));

describe('the register', () => {
  test('reads without script: a real table, newest first, static links for the other orders and each system', async () => {
    const { page } = await open('/register/', false);
    expect(await page.locator('table.register caption').textContent()).toBe('Sales, contracts and production, newest first');
    expect(await rowIds(page)).toEqual(['signing', 'sosa']);
    expect(await page.locator('.register-controls').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'oldest first' }).click();
    expect(new URL(page.url()).pathname).toBe('/register/sort/oldest/');
    expect(await rowIds(page)).toEqual(['sosa', 'signing']);
    await page.locator('.register-links').getByRole('link', { name: 'SM-3 Block IIA' }).click();
    expect(await rowIds(page)).toEqual(['signing']);
  });

  test('sorts and filters with script, keeping the state in the URL', async () => {
    const { page, errors } = await open('/register/');
    const controls = page.locator('.register-controls');
    await controls.waitFor({ state: 'visible' });
    await controls.locator('select[name="sort"]').selectOption('system');
    await page.waitForFunction(() => location.search === '?sort=system');
    // By the first system's name: PAC-3 MSE (sosa) before SM-3 Block IIA (signing).
    await expect.poll(() => rowIds(page)).toEqual(['sosa', 'signing']);
    expect(await page.locator('table.register caption').textContent()).toBe('Sales, contracts and production, by system');
    await controls.locator('select[name="system"]').selectOption('sm-3-block-iia');
    await expect.poll(() => rowIds(page)).toEqual(['signing']);
    expect(new URL(page.url()).search).toBe('?sort=system&system=sm-3-block-iia');
    await controls.locator('select[name="kind"]').selectOption('arrangement');
    await expect.poll(() => page.locator('.register-status').textContent()).toBe('No row matches.');
    // The URL alone restores the state.
    await page.goto(`${site.origin}/register/?sort=value&kind=arrangement`);
    await expect.poll(() => rowIds(page)).toEqual(['sosa']);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('value');
    expect(await page.locator('.register-status').textContent()).toBe('1 of 2 rows.');
    expect(errors).toEqual([]);
  });

  test('draws rows in Japanese from the Japanese rows', async () => {
    const { page } = await open('/ja/register/?sort=oldest');
    await expect.poll(() => rowIds(page)).toEqual(['sosa', 'signing']);
    expect(await page.locator('table.register tbody tr').last().locator('td').nth(3).textContent()).toBe('最大30億ドル（SM-3ブロックⅡA分）約1611億円');
  });
});

describe('systems and the register pass axe and html-validate in both languages', () => {
  test.each(PAGES.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))('%s has no axe violations (%s)', async (path, scheme) => {
    const { page, errors } = await open(path, true, { bypassCSP: true, colorScheme: scheme });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const errors: string[] = [];
    for (const path of PAGES) {
      const report = await validator.validateString(readFileSync(join(OUT, path, 'index.html'), 'utf8'), path);
      errors.push(...report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
    }
    expect(errors).toEqual([]);
  });
});

describe('search finds systems', () => {
  async function search(path: string) {
    const { page } = await open(path);
    await page.waitForFunction(() => /match|No entries|該当|件/.test(document.querySelector('#search-status')?.textContent ?? ''));
    return page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }
  test.each([
    ['/search/?q=SM-3+Block+IIA', '/systems/sm-3-block-iia/'],
    ['/search/?q=PAC-3+MSE', '/systems/pac-3-mse/'],
    [`/ja/search/?q=${encodeURIComponent('SM-3ブロックⅡA')}`, '/ja/systems/sm-3-block-iia/'],
    [`/ja/search/?q=${encodeURIComponent('ＳＭ－３ブロックＩＩＡ')}`, '/ja/systems/sm-3-block-iia/'],
  ])('%s puts %s first', async (path, expected) => {
    expect((await search(path))[0]).toBe(expected);
  });

  test('the system filter narrows results to the entries naming it', async () => {
    const results = await search(`/search/?q=fixture&system=${encodeURIComponent('SM-3 Block IIA')}`);
    expect(results).toContain('/events/signing/');
    expect(results).not.toContain('/agreements/sosa/');
  });
});
