import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixture, replace, GOOD } from '../helpers/fixture';
import { runScript } from '../helpers/build';
import { HtmlValidate } from 'html-validate';
import { useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';

const OUT = 'tests/.tmp/fixture-dist';
/** The archived copy the good fixture gives its arrangement's first source (test data, not a looked-up snapshot). */
const ARCHIVE_URL = 'https://web.archive.org/web/20230119000000/https://www.pacom.mil/Media/NEWS/News-Article-View/Article/3271173/dod-japan-mod-sign-technology-and-security-of-supply-arrangements';
const page = (path: string) => readFileSync(`${OUT}${path}index.html`, 'utf8');

describe('a good content set', () => {
  let build: ReturnType<typeof runScript>;
  beforeAll(() => {
    build = runScript('scripts/build.ts', GOOD, OUT);
  });

  test('builds, with the content check passing first', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('7 entries passed the content check');
  });

  test('writes one page per entry at its permalink', () => {
    for (const path of ['/agreements/sosa/', '/events/signing/', '/events/month-only/', '/actors/us-dod/', '/actors/japan-mod/', '/topics/supply-chain-security/']) {
      expect(existsSync(`${OUT}${path}index.html`), path).toBe(true);
    }
    expect(existsSync(`${OUT}/404.html`)).toBe(true);
  });

  test('renders [[id]] links, citations and heading anchors in bodies', () => {
    const html = page('/agreements/sosa/');
    expect(html).toContain('<a href="/events/signing/" class="entry-link">signing ceremony</a>');
    expect(html).toContain('<a href="#source-1" class="citation"');
    expect(html).toMatch(/<h3 id="a-deeper-heading">A deeper heading<a class="heading-anchor"[^>]*href="#a-deeper-heading">#<\/a><\/h3>/);
    expect(html).toContain('<li id="source-1">');
  });

  test('the home page lists every agreement and event in date order', () => {
    const html = page('/');
    const order = [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['sosa', 'signing', 'month-only']);
    expect(html).toContain('<time datetime="2023-01" data-precision="month"');
  });

  test('the home page’s threads chart links every entry once, in the lane of its first topic, in date order', () => {
    const svg = /<svg class="tc-svg"[\s\S]*?<\/svg>/.exec(page('/'))![0];
    // Lanes follow topics.yaml; each lane is a group labelled by its topic's name.
    const lanes = [...svg.matchAll(/<g role="group" aria-labelledby="([^"]+)"><text id="\1"[^>]*>([^<]+)<\/text>([\s\S]*?)(?=<g role="group"|<g aria-hidden="true" class="tc-axis")/g)];
    expect(lanes.map((m) => m[2])).toEqual(['Supply-chain security', 'Research and development']);
    const marks = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="tc-mark"[\s\S]*?(?:cx|x)="([\d.]+)"/g)].map((m) => ({ href: m[1], x: Number(m[2]) }));
    const [supply, research] = [marks(lanes[0]![3]!), marks(lanes[1]![3]!)];
    // Same day: by title, and kept apart rather than drawn on top of each other.
    expect(supply.map((m) => m.href)).toEqual(['/agreements/sosa/', '/events/signing/']);
    expect(supply[1]!.x).toBeGreaterThan(supply[0]!.x + 5);
    // Another lane, the same axis: January 2023 (placed mid-month) lies right of 12 January 2023.
    expect(research.map((m) => m.href)).toEqual(['/events/month-only/']);
    expect(research[0]!.x).toBeGreaterThan(supply[0]!.x);
    expect(svg.match(/<a /g)).toHaveLength(3);
  });

  test('indexes the site for search', () => {
    expect(readdirSync(`${OUT}/pagefind`)).toContain('pagefind.js');
  });
});

describe('a bad content set', () => {
  test('fails the build naming file and field, and leaves the last good site in place', () => {
    const before = page('/agreements/sosa/');
    const bad = fixture('build-dangling', { 'agreements/sosa.md': replace('related: [signing]', 'related: [signing, no-such-entry]') });
    const result = runScript('scripts/build.ts', bad, OUT);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('tests/.tmp/build-dangling/agreements/sosa.md');
    expect(result.output).toContain('related[1]: points to "no-such-entry", which is not an entry');
    expect(result.output).toContain(`${OUT}/ was left as it was`);
    expect(page('/agreements/sosa/')).toBe(before);
    expect(readdirSync('.').filter((name) => name.startsWith('.build-'))).toEqual([]);
  });

  test('a schema error fails the build too', () => {
    const bad = fixture('build-enum', { 'events/signing.md': replace('type: signing', 'type: signature') });
    const result = runScript('scripts/build.ts', bad, 'tests/.tmp/never-written');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/events\/signing\.md\n\s+- type: must be one of: signing, meeting/);
    expect(existsSync('tests/.tmp/never-written')).toBe(false);
  });

  test('`npm run check:content` reports the same problems without building', () => {
    const bad = fixture('check-cli', { 'events/signing.md': replace('outcome: [sosa]', 'outcome: [sosaa]') });
    const result = runScript('scripts/check-content.ts', bad);
    expect(result.status).toBe(1);
    expect(result.output).toContain('outcome[0]: points to "sosaa", which is not an entry');
    expect(runScript('scripts/check-content.ts', GOOD).output).toContain('Content check passed: 7 entries.');
  });
});

describe('npm run new', () => {
  test('scaffolds a draft of each collection that passes the check, builds without it, and cannot be published unfilled', () => {
    const dir = fixture('scaffold');
    for (const [collection, id] of [['agreements', 'new-arrangement'], ['events', 'new-event'], ['actors', 'new-agency']]) {
      const made = runScript('scripts/new-entry.ts', dir, undefined, [collection!, id!, `A new ${collection}`]);
      expect(made.status, made.output).toBe(0);
      expect(made.output).toContain('a draft');
      const text = readFileSync(`${dir}/${collection}/${id}.md`, 'utf8');
      expect(text).toContain('TODO');
      expect(text).toMatch(/^---\ndraft: true\n/);
    }
    const checked = runScript('scripts/check-content.ts', dir).output;
    expect(checked).toContain('Content check passed: 10 entries.');
    expect(checked).toContain('3 of them are drafts');
    const built = runScript('scripts/build.ts', dir, 'tests/.tmp/scaffold-dist');
    expect(built.status, built.output).toBe(0);
    expect(existsSync('tests/.tmp/scaffold-dist/events/signing/index.html')).toBe(true);
    expect(existsSync('tests/.tmp/scaffold-dist/events/new-event/index.html')).toBe(false);

    // Publishing it (removing `draft: true`) before every TODO is replaced fails, naming file and field.
    const file = `${dir}/events/new-event.md`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const published = runScript('scripts/check-content.ts', dir);
    expect(published.status).toBe(1);
    expect(published.output).toContain(`${file}\n  - summary: still holds the scaffold's placeholder`);
    expect(published.output).toContain('sources[0].url: "https://example.org/TODO-replace-with-the-source-url" is a placeholder address');
  });

  test('refuses a taken id or a malformed one, saying why', () => {
    const dir = fixture('scaffold-refuse');
    expect(runScript('scripts/new-entry.ts', dir, undefined, ['events', 'sosa']).output).toContain('The id "sosa" is taken by');
    expect(runScript('scripts/new-entry.ts', dir, undefined, ['events', 'Bad Id']).output).toContain('lowercase letters, digits and hyphens');
    expect(runScript('scripts/new-entry.ts', dir, undefined, ['topics', 'x']).status).toBe(2);
  });
});

import { readCsv, validateExport } from '../helpers/data';

describe('data exports of the fixture', () => {
  test('entries.json matches its published schema and the CSV round-trips commas, quotes and newlines', () => {
    const { data, valid, errors } = validateExport(OUT);
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const rows = readCsv(`${OUT}/data/entries.csv`);
    expect(rows.map((r) => r.id)).toEqual(data.entries.map((e: { id: string }) => e.id));
    const tricky = rows.find((r) => r.id === 'month-only')!;
    expect(tricky.summary).toBe('A fixture event known only to the month, with a comma, "double quotes"\nand a line break.');
    expect(tricky.summary).toBe(data.entries.find((e: { id: string }) => e.id === 'month-only').summary);
    expect(tricky.datePrecision).toBe('month');
  });

  test('a source’s archived copy is in the JSON (and its schema) and the CSV', () => {
    const { data } = validateExport(OUT);
    const sosa = data.entries.find((e: { id: string }) => e.id === 'sosa');
    expect(sosa.sources[0].archive).toEqual({ url: ARCHIVE_URL, date: '2023-01-19' });
    expect(data.entries.find((e: { id: string }) => e.id === 'signing').sources[0].archive).toBeUndefined();
    const schema = JSON.parse(readFileSync(`${OUT}/data/entries.schema.json`, 'utf8'));
    expect(JSON.stringify(schema)).toContain('An archived copy of the source');
    const rows = readCsv(`${OUT}/data/entries.csv`);
    expect(rows.find((r) => r.id === 'sosa')!.archiveUrls).toBe(ARCHIVE_URL);
    expect(rows.find((r) => r.id === 'signing')!.archiveUrls).toBe('');
  });
});

describe('a source with an archived copy, on screen and in print, in both languages', () => {
  const site = useSite(OUT);
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const cases = [
    { path: '/agreements/sosa/', screen: 'Archived copy, 19 January 2023', print: `Archived copy, 19 January 2023: ${ARCHIVE_URL}` },
    { path: '/ja/agreements/sosa/', screen: 'アーカイブ（2023年1月19日）', print: `アーカイブ（2023年1月19日）：${ARCHIVE_URL}` },
  ];

  test('the About page states the review policy in both languages', () => {
    expect(page('/about/')).toContain('Each entry is checked against its sources again within twelve months of its last review.');
    expect(page('/ja/about/')).toContain('各項目は、最後の確認から12か月以内に出典と改めて照合します。');
  });

  test.each(cases)('$path links the copy beside its source, and its HTML is valid', async ({ path, screen }) => {
    const html = page(path);
    expect(html).toContain(`<a href="${ARCHIVE_URL}">${screen.replace(/[,（].*/, '')}</a>`);
    const report = await validator.validateString(html, path);
    expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  test.each(cases)('$path shows the link on screen and prints the date and address; axe finds nothing', async ({ path, screen, print }) => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${path}`);
    const source = tab.locator('#source-1');
    const visibleText = async () => (await source.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(await visibleText()).toContain(screen);
    expect((await visibleText()).join('\n')).not.toContain(ARCHIVE_URL);
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme });
      expect(await axeViolations(tab), `${colorScheme} ${path}`).toEqual([]);
    }
    await tab.emulateMedia({ media: 'print' });
    expect(await visibleText()).toContain(print);
    expect(await visibleText()).not.toContain(screen);
    await context.close();
  });
});
