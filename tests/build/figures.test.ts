// Systems, figures and the register over the good fixture: pages in both languages, data files, and bad figures refused.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixture, replace, GOOD } from '../helpers/fixture';
import { runScript } from '../helpers/build';
import { readCsv, readJson, validateExport } from '../helpers/data';

export const FIGURES_OUT = 'tests/.tmp/figures-dist';
const page = (path: string) => readFileSync(`${FIGURES_OUT}${path}index.html`, 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('systems and the register in the fixture site', () => {
  let build: ReturnType<typeof runScript>;
  beforeAll(() => {
    build = runScript('scripts/build.ts', GOOD, FIGURES_OUT);
  }, 240_000);

  test('builds every system page, its feed and the register in both languages', () => {
    expect(build.status, build.output).toBe(0);
    for (const path of ['/systems/', '/systems/sm-3-block-iia/', '/systems/pac-3-mse/', '/register/', '/register/sort/value/', '/register/sort/oldest/', '/register/system/sm-3-block-iia/']) {
      expect(existsSync(`${FIGURES_OUT}${path}index.html`), path).toBe(true);
      expect(existsSync(`${FIGURES_OUT}/ja${path}index.html`), `/ja${path}`).toBe(true);
    }
    expect(readFileSync(`${FIGURES_OUT}/systems/sm-3-block-iia/feed.xml`, 'utf8')).toContain('<link>https://japan-us-defense-tracker.example.org/events/signing/</link>');
    expect(readFileSync(`${FIGURES_OUT}/ja/systems/sm-3-block-iia/feed.xml`, 'utf8')).toContain('/ja/events/signing/');
  });

  test('an entry page shows its systems, values with basis and source, quantities, transmittal and what is unconfirmed', () => {
    const en = text(page('/events/signing/'));
    expect(en).toContain('up to $3.0 billion (for SM-3 Block IIA), Estimated value notified to Congress');
    expect(en).toContain('about ¥161.1 billion , Budget line');
    expect(en).toContain('17 missiles (for SM-3 Block IIA)');
    expect(en).toMatch(/DSCA transmittal : 23-07 \[ 1 \]/);
    expect(en).toContain('The contractor : No official page read names it.');
    const ja = text(page('/ja/events/signing/'));
    expect(page('/ja/events/signing/')).toContain('最大30億ドル</strong>（SM-3ブロックⅡA分）、<span class="basis">議会に通知された推定額（上限）</span>');
    expect(ja).toContain('約1611億円');
    expect(ja).toContain('17発');
    expect(ja).toContain('契約企業 ：確認した公式のページに記載がない。');
  });

  test('a system page has its kind, makers, family, sums by basis and currency, and its entries', () => {
    const html = page('/systems/sm-3-block-iia/');
    expect(html).toContain('data-pagefind-weight="10"');
    const t = text(html);
    expect(t).toContain('Missile-defense interceptor');
    expect(t).toContain('U.S. Department of Defense');
    expect(html).toMatch(/<tr data-basis="estimated-ceiling" data-currency="USD" data-total="3000000000">/);
    expect(t).toContain('up to $3.0 billion');
    // The yen figure is for both systems together: shown on the entry, not summed here.
    expect(html).not.toContain('data-currency="JPY" data-total');
    expect(t).toContain('Not added in: figures for this system together with others (1;');
    expect(html).toContain('href="/register/system/sm-3-block-iia/"');
    expect(html).toMatch(/<li class="record record-events" data-id="signing"/);
    const ja = text(page('/ja/systems/sm-3-block-iia/'));
    expect(ja).toContain('SM-3ブロックⅡA');
    expect(ja).toContain('最大30億ドル');
    // Full-width and half-width spellings are in the indexed text.
    expect(page('/ja/systems/sm-3-block-iia/')).toContain('SM-3ブロックIIA');
  });

  test('the register is one table with a caption and scoped headers, paged rows and yearly totals that match', () => {
    const html = page('/register/');
    expect(html).toMatch(/<table class="register"><caption>Sales, contracts and production, newest first<\/caption>/);
    expect(html.match(/<th scope="col">/g)!.length).toBeGreaterThanOrEqual(7);
    const rows = [...html.matchAll(/<tr data-id="([^"]+)" data-type="([^"]+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(['signing', 'sosa']);
    expect(html).toContain('<svg class="rc-svg"');
    const byValue = [...page('/register/sort/value/').matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(byValue).toEqual(['signing', 'sosa']);
    // The totals table against the sum of the entries' figures in entries.json.
    const entries = readJson(`${FIGURES_OUT}/data/entries.json`).entries as { date: { start: string }; amounts: { value: number; currency: string; basis: string }[] }[];
    const expected = new Map<string, number>();
    for (const e of entries) for (const a of e.amounts) expected.set(`${e.date.start.slice(0, 4)}|${a.basis}|${a.currency}`, (expected.get(`${e.date.start.slice(0, 4)}|${a.basis}|${a.currency}`) ?? 0) + a.value);
    const cells = [...html.matchAll(/<tr data-year="(\d+)">([\s\S]*?)<\/tr>/g)].flatMap((m) =>
      [...m[2]!.matchAll(/data-basis="([^"]+)" data-currency="([^"]+)" data-total="(\d+)"/g)].map((c) => [`${m[1]}|${c[1]}|${c[2]}`, Number(c[3])] as const),
    );
    expect(new Map(cells)).toEqual(expected);
    expect(text(page('/ja/register/'))).toContain('最大30億ドル');
  });

  test('entries.json, its schema, entries.csv, register.csv and systems.json carry the figures', () => {
    const { data, valid, errors } = validateExport(FIGURES_OUT);
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(data.version).toBe('1.4.0');
    const signing = data.entries.find((e: { id: string }) => e.id === 'signing');
    expect(signing.systems.map((s: { id: string }) => s.id)).toEqual(['sm-3-block-iia', 'pac-3-mse']);
    expect(signing.amounts[0]).toEqual({ value: 3e9, currency: 'USD', basis: 'estimated-ceiling', upTo: true, approximate: false, system: 'sm-3-block-iia', source: 1 });
    expect(signing.transmittal).toEqual({ number: '23-07', source: 1 });
    expect(signing.unconfirmed).toEqual([{ what: 'The contractor', reason: 'No official page read names it.' }]);
    expect(signing.ja.unconfirmed).toEqual([{ what: '契約企業', reason: '確認した公式のページに記載がない。' }]);
    const csv = readCsv(`${FIGURES_OUT}/data/entries.csv`).find((r) => r.id === 'signing')!;
    expect(csv).toMatchObject({ systemIds: 'sm-3-block-iia; pac-3-mse', amount: '3000000000', currency: 'USD', basis: 'estimated-ceiling', upTo: 'true', quantity: '17', unit: 'missiles', transmittal: '23-07' });
    expect(csv.amounts).toBe('3000000000 USD estimated-ceiling up-to system=sm-3-block-iia; 161100000000 JPY budget about');
    const register = readCsv(`${FIGURES_OUT}/data/register.csv`);
    expect(register.map((r) => r.id)).toEqual(['sosa', 'signing']);
    const systems = readJson(`${FIGURES_OUT}/data/systems.json`);
    const sm3 = systems.systems.find((s: { id: string }) => s.id === 'sm-3-block-iia');
    expect(sm3.sums).toEqual([{ basis: 'estimated-ceiling', currency: 'USD', total: 3e9, count: 1, upTo: true, approximate: false }]);
    expect(sm3.ja.name).toBe('SM-3ブロックⅡA');
    expect(page('/data/')).toContain('href="/data/register.csv"');
  });
});

describe('figures that validation refuses', () => {
  test.each([
    ['a figure written as words', replace('value: 3000000000,', 'value: "3.0 billion",'), 'amounts[0].value', /plain number in whole units/],
    ['an unknown currency', replace('currency: USD', 'currency: EUR'), 'amounts[0].currency', /must be one of: USD, JPY/],
    ['a wrong unit', replace('unit: missiles', 'unit: rounds'), 'quantities[0].unit', /must be one of: aircraft, missiles/],
    ['an unknown system', replace('systems: [sm-3-block-iia, pac-3-mse]', 'systems: [sm-3-block-iia, pac-3-mse, thaad]'), 'systems[2]', /points to "thaad", which is not an entry; known systems: /],
    ['a figure for a system the entry does not name', replace('systems: [sm-3-block-iia, pac-3-mse]', 'systems: [pac-3-mse]'), 'amounts[0].system', /not in the entry's `systems` \(pac-3-mse\): add "sm-3-block-iia" to `systems`/],
    ['a transmittal number not as DSCA writes it', replace('number: 23-07', 'number: "TN 23/07"'), 'transmittal.number', /as DSCA does, e\.g\. "19-54"/],
    ['a figure citing a source the entry lacks', replace('unit: missiles, system: sm-3-block-iia, source: 1', 'unit: missiles, system: sm-3-block-iia, source: 4'), 'quantities[0].source', /cites source 4, but the entry lists only 1/],
  ])('%s fails the check naming file, field and fix', (name, edit, field, message) => {
    const dir = fixture(`figures-refused-${name.replace(/\W+/g, '-')}`, { 'events/signing.md': edit });
    const result = runScript('scripts/check-content.ts', dir);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/Content check failed[\s\S]*events\/signing\.md\n/);
    const line = result.output.split('\n').find((l) => l.startsWith(`  - ${field}:`));
    expect(line, result.output).toBeDefined();
    expect(line).toMatch(message);
  });

  test('a Japanese list of unconfirmed items longer than the English one', () => {
    const dir = fixture('figures-refused-ja-unconfirmed', { 'ja/events/signing.md': replace('unconfirmed:\n', 'unconfirmed:\n  - { what: 余分, reason: 英語版にない項目。 }\n') });
    const result = runScript('scripts/check-content.ts', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/ja\/events\/signing\.md\n {2}- unconfirmed: has 2 items, but the English entry's unconfirmed has 1/);
  });
});
