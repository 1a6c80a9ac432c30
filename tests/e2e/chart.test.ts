import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';
import { watchErrors } from '../helpers/browser';
import { checkContent } from '../../src/lib/content/check';
import { timeline, type AnyEntry } from '../../src/lib/record/records';
import { formatDate } from '../../src/lib/record/format';

const site = useSite();
const checked = checkContent('content');
const entries = checked.entries as AnyEntry[];
const records = timeline(entries);
// The threads in the order content/topics.yaml lists them (the check keeps the file's order).
const lanes = entries.filter((e) => e.collection === 'topics').map((e) => e.id);
const topicName = new Map(entries.filter((e) => e.collection === 'topics').map((e) => [e.id, (e.data as { name: string }).name]));
const laneOf = (topics: readonly string[]) => topics.find((t) => lanes.includes(t))!;

async function open(path: string, options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

/** Every link in the chart: where it goes, its lane's label, its centre and its year. */
const chartLinks = (page: Page) =>
  page.$$eval('svg.tc-svg a', (links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      const lane = a.closest('g[role=group]');
      const label = lane && document.getElementById(lane.getAttribute('aria-labelledby') ?? '')?.textContent;
      const shape = a.querySelector('.tc-shape');
      const style = shape ? getComputedStyle(shape) : undefined;
      return {
        href: a.getAttribute('href'),
        mark: a.classList.contains('tc-mark'),
        lane: label,
        x: box.x + box.width / 2,
        width: box.width,
        height: box.height,
        year: Number(a.getAttribute('data-year')),
        fill: style?.fill,
        opacity: style?.opacity,
      };
    }),
  );

describe('the threads chart on the timeline, without JavaScript', () => {
  test('every entry appears once as a link, in its thread’s lane, in date order along one time axis', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    const links = await chartLinks(page);
    // The real record is small enough that nothing is aggregated into count badges.
    expect(links.every((l) => l.mark)).toBe(true);
    expect(links.map((l) => l.href).sort()).toEqual(records.map((r) => r.url).sort());
    const byHref = new Map(links.map((l) => [l.href, l]));
    for (const r of records) expect(byHref.get(r.url)!.lane, r.id).toBe(topicName.get(laneOf(r.topics)));

    // Within a lane, x follows the timeline's order.
    for (const lane of lanes) {
      const xs = records.filter((r) => laneOf(r.topics) === lane).map((r) => byHref.get(r.url)!.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i]!, `${lane} #${i}`).toBeGreaterThan(xs[i - 1]!);
    }
    // Across lanes, one axis: every mark of a year lies left of every mark of a later year,
    // and each labelled year on the axis sits between the marks before and after it.
    const years = [...new Set(records.map((r) => r.year))];
    const xsOf = (test: (y: number) => boolean) => links.filter((l) => test(l.year)).map((l) => l.x);
    for (let i = 1; i < years.length; i++) expect(Math.min(...xsOf((y) => y === years[i]))).toBeGreaterThan(Math.max(...xsOf((y) => y === years[i - 1])));
    const ticks = await page.$$eval('svg.tc-svg .tc-axis text', (els) => els.map((t) => ({ year: Number(t.textContent), box: t.getBoundingClientRect() })));
    expect(ticks.length).toBeGreaterThan(3);
    for (const { year, box } of ticks) {
      expect(years).toContain(year);
      expect(Math.max(...xsOf((y) => y < year), -Infinity), String(year)).toBeLessThan(box.x + box.width);
      expect(Math.min(...xsOf((y) => y > year), Infinity), String(year)).toBeGreaterThan(box.x);
    }
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.box.x, 'year labels overlap').toBeGreaterThanOrEqual(ticks[i - 1]!.box.x + ticks[i - 1]!.box.width);
  });

  test('marks are visible and each link is named by its entry’s title and date', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    for (const l of await chartLinks(page)) {
      expect(l.width).toBeGreaterThan(5);
      expect(l.height).toBeGreaterThan(5);
      expect(l.opacity).toBe('1');
      expect(l.fill).not.toMatch(/none|rgba\(0, 0, 0, 0\)/);
    }
    const chart = page.locator('svg.tc-svg');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const r of records) {
      const name = new RegExp(`^${escape(`${r.title}, ${formatDate(r.date)}`)} \\(`);
      await expect(chart.getByRole('link', { name }).count(), r.id).resolves.toBe(1);
    }
    // Echoes and status lines are decoration: hidden from assistive technology and never links.
    expect(await page.$$eval('svg.tc-svg .tc-echo, svg.tc-svg .tc-history', (els) => els.every((el) => el.closest('[aria-hidden=true]') && !el.closest('a')))).toBe(true);
    expect(await page.locator('svg.tc-svg .tc-echo').count()).toBeGreaterThan(0);
    // The chart names and describes itself, and points to the same entries as a list.
    expect(await chart.getAttribute('role')).toBe('group');
    expect(await page.textContent('#tc-title')).toMatch(/Threads/);
    expect(await page.textContent('#tc-desc')).toContain(`${records.length} agreements and events`);
    expect(await page.getAttribute('.tc-intro a', 'href')).toBe('#timeline');
    expect(await page.locator('#timeline .record').count()).toBe(records.length);
  });

  test('a mark is a working link, by mouse and by keyboard', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    const first = records[0]!;
    await page.click(`svg.tc-svg a[href="${first.url}"]`);
    await page.waitForURL(`**${first.url}`);
    expect(await page.textContent('h1')).toContain(first.title);

    await page.goto(site.origin + '/');
    const last = records.at(-1)!;
    await page.focus(`svg.tc-svg a[href="${last.url}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${last.url}`);
  });

  test('fits a 390px phone without sideways scrolling, and leaves room for the timeline', async () => {
    const page = await open('/', { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const svg = (await page.locator('svg.tc-svg').boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(390);
    expect(svg.height).toBeLessThan(844 / 3);
    const figure = (await page.locator('figure.tc').boundingBox())!;
    expect(figure.height).toBeLessThan(844 / 2);
  });

  test('the chart’s SVG stays small', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const svg = /<svg class="tc-svg"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(gzipSync(svg).length).toBeLessThan(30 * 1024);
  });
});

describe('the threads chart on a phone with JavaScript', () => {
  test('folds behind a button (so the first entries stay on the first screen) and opens from it', async () => {
    const page = await open('/', { viewport: { width: 390, height: 844 } });
    expect(await page.isVisible('svg.tc-svg')).toBe(false);
    expect(await page.getAttribute('[data-tc-toggle]', 'aria-expanded')).toBe('false');
    await page.click('[data-tc-toggle]');
    expect(await page.isVisible('svg.tc-svg')).toBe(true);
    expect(await page.getAttribute('[data-tc-toggle]', 'aria-expanded')).toBe('true');
    const ja = await open('/ja/', { viewport: { width: 390, height: 844 } });
    expect(await ja.textContent('[data-tc-toggle]')).toBe('図を表示');
    // Wide screens show the chart and no button.
    const wide = await open('/', { viewport: { width: 1280, height: 800 } });
    expect(await wide.isVisible('svg.tc-svg')).toBe(true);
    expect(await wide.isVisible('[data-tc-toggle]')).toBe(false);
  });
});

describe('the threads chart with the timeline filters', () => {
  test('marks, echoes and status lines of entries the filters hide are dimmed', async () => {
    const page = await open('/');
    await page.selectOption('select[name=topic]', 'missile-defense');
    const state = () => page.$$eval('svg.tc-svg .tc-mark', (els) => els.map((el) => [el.getAttribute('href'), el.classList.contains('tc-dim'), getComputedStyle(el).opacity]));
    const expected = (pred: (r: (typeof records)[number]) => boolean) => records.map((r) => [r.url, !pred(r), pred(r) ? '1' : '0.15']).sort();
    expect((await state()).sort()).toEqual(expected((r) => r.topics.includes('missile-defense')));
    const dimmedIds = records.filter((r) => !r.topics.includes('missile-defense')).map((r) => r.id);
    const trails = await page.$$eval('svg.tc-svg [data-of]', (els) => els.map((el) => [el.getAttribute('data-of'), el.classList.contains('tc-dim')] as const));
    expect(trails.length).toBeGreaterThan(0);
    for (const [id, dim] of trails) expect(dim, id!).toBe(dimmedIds.includes(id!));

    await page.selectOption('select[name=topic]', '');
    await page.selectOption('select[name=kind]', 'agreements');
    await page.selectOption('select[name=from]', '2023');
    expect((await state()).sort()).toEqual(expected((r) => r.collection === 'agreements' && r.year >= 2023));
    await page.click('button[type=reset]');
    await page.waitForFunction(() => location.search === '');
    expect((await state()).every(([, dim]) => !dim)).toBe(true);
  });
});

describe('accessibility of the page with the chart', () => {
  test('the page loads without errors or CSP violations', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site.origin + '/');
    await page.selectOption('select[name=kind]', 'events');
    expect(errors).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('axe finds no violations (%s)', async (scheme) => {
    // axe is injected as an inline script, which the page's CSP rightly refuses.
    const page = await open('/', { bypassCSP: true });
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('prints with the chart in print colours', async () => {
    const page = await open('/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.isVisible('svg.tc-svg')).toBe(true);
    expect(await page.$eval('svg.tc-svg .tc-lane', (el) => getComputedStyle(el).fill)).toBe('rgb(0, 0, 0)');
  });
});

describe('the threads chart on the Japanese timeline', () => {
  const ja = new Map(checked.translations.map((t) => [`${t.collection}/${t.id}`, t.data as { title?: string; name?: string }]));
  const jaTitle = (r: (typeof records)[number]) => ja.get(`${r.collection}/${r.id}`)?.title ?? r.title;
  const jaLane = (id: string) => ja.get(`topics/${id}`)?.name ?? topicName.get(id);

  test('every mark links to the Japanese entry, in a lane named in Japanese, named by its Japanese title and date', async () => {
    const page = await open('/ja/', { javaScriptEnabled: false });
    const links = await chartLinks(page);
    expect(links.map((l) => l.href).sort()).toEqual(records.map((r) => `/ja${r.url}`).sort());
    const byHref = new Map(links.map((l) => [l.href, l]));
    for (const r of records) expect(byHref.get(`/ja${r.url}`)!.lane, r.id).toBe(jaLane(laneOf(r.topics)));
    const chart = page.locator('svg.tc-svg');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const r of records) {
      const name = new RegExp(`^${escape(`${jaTitle(r)}、${formatDate(r.date, 'ja')}`)}（(合意|出来事)`);
      await expect(chart.getByRole('link', { name }).count(), r.id).resolves.toBe(1);
    }
    expect(await page.textContent('.tc-heading')).toBe('記録の全体像');
    expect(await page.textContent('#tc-title')).toBe('日米防衛産業協力の分野ごとの推移');
    expect(await page.textContent('#tc-desc')).toContain(`合意と出来事${records.length}件`);
    expect(await page.$$eval('.tc-legend li', (lis) => lis.map((li) => li.textContent))).toContain('出来事');
  });

  test('fits a 390px phone, and has no axe violations (light and dark)', async () => {
    const phone = await open('/ja/', { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/ja/', { bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
