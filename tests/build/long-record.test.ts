import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generate } from '../../scripts/synthetic';
import { runScript } from '../helpers/build';
import { TIMELINE_FULL_LIMIT } from '../../src/consts';
import { LIST_PAGE_SIZE } from '../../src/lib/site/paging';

describe('a record longer than the home page shows in full', () => {
  test('the home page shows recent whole years, links every earlier year, and sends filtering to search', () => {
    const content = 'tests/.tmp/long-record';
    generate(content, TIMELINE_FULL_LIMIT + 100, 7);
    const out = 'tests/.tmp/long-record-dist';
    const build = runScript('scripts/build.ts', content, out);
    expect(build.status, build.output).toBe(0);

    const home = readFileSync(`${out}/index.html`, 'utf8');
    const shown = [...home.matchAll(/<li class="record /g)].length;
    expect(shown).toBeGreaterThanOrEqual(TIMELINE_FULL_LIMIT / 2);
    expect(shown).toBeLessThan(TIMELINE_FULL_LIMIT + 100);
    expect(home).not.toContain('<form class="filters"');
    expect(home).toContain('use <a href="/search/">search</a>');
    const earlier = [...home.matchAll(/<a href="\/years\/(\d{4})\/">\d{4}<\/a> <span class="note">\((\d+)\)/g)];
    expect(earlier.length).toBeGreaterThan(0);
    for (const [, year] of earlier) expect(existsSync(`${out}/years/${year}/index.html`)).toBe(true);
    const listedEarlier = earlier.reduce((sum, [, , count]) => sum + Number(count), 0);
    expect(shown + listedEarlier).toBe(TIMELINE_FULL_LIMIT + 100);

    // Long lists come in pages: page 1 at the list's URL, then page/2/ and on, every entry on exactly one page.
    const items = (html: string) => [...html.matchAll(/<li class="record record-events" data-id="([^"]+)"/g)].map((m) => m[1]);
    const events = readdirSync(`${out}/events`).filter((f) => f.startsWith('synthetic-event-') && !f.endsWith('.json'));
    const first = items(readFileSync(`${out}/events/index.html`, 'utf8'));
    expect(first).toHaveLength(LIST_PAGE_SIZE);
    const paged = [...first];
    for (let n = 2; existsSync(`${out}/events/page/${n}/index.html`); n++) paged.push(...items(readFileSync(`${out}/events/page/${n}/index.html`, 'utf8')));
    expect(paged.sort()).toEqual(events.sort());
    expect(readFileSync(`${out}/events/index.html`, 'utf8')).toContain('href="/events/page/2/"');
    // The Japanese edition pages the same list the same way, linking its own pages.
    const ja = items(readFileSync(`${out}/ja/events/index.html`, 'utf8'));
    expect(ja).toEqual(first);
    expect(readFileSync(`${out}/ja/events/index.html`, 'utf8')).toContain('href="/ja/events/page/2/"');
    expect(existsSync(`${out}/ja/events/page/2/index.html`)).toBe(true);

    // The record as of the last year's end: every agreement of its JSON on exactly one of its pages, in both languages.
    const years = readdirSync(`${out}/as-of`).filter((f) => /^\d{4}$/.test(f)).sort();
    const last = years.at(-1)!;
    const listed = (json: { agreements: { id: string }[] }) => json.agreements.map((a) => a.id).sort();
    const want = listed(JSON.parse(readFileSync(`${out}/data/as-of/${last}.json`, 'utf8')) as { agreements: { id: string }[] });
    expect(want.length).toBeGreaterThan(0);
    for (const base of [`as-of/${last}`, `ja/as-of/${last}`]) {
      const rows = (html: string) => [...html.matchAll(/<li data-group="[a-z-]+"><a href="(?:\/ja)?\/agreements\/([^/]+)\/"/g)].map((m) => m[1]);
      const all = rows(readFileSync(`${out}/${base}/index.html`, 'utf8'));
      for (let n = 2; existsSync(`${out}/${base}/page/${n}/index.html`); n++) all.push(...rows(readFileSync(`${out}/${base}/page/${n}/index.html`, 'utf8')));
      expect(all.sort()).toEqual(want);
    }
  });
});
