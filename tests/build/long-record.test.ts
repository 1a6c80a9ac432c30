import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generate } from '../../scripts/synthetic';
import { runScript } from '../helpers/build';
import { TIMELINE_FULL_LIMIT } from '../../src/consts';

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
  });
});
