import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../scripts/synthetic';
import { runScript } from '../helpers/build';
import { PARALLEL_FROM } from '../../src/lib/markdown/markdown-pool';

// Enough synthetic entries that the events (about 70% of them) are rendered on worker threads in both
// languages, while the agreements stay under PARALLEL_FROM and are rendered by Astro: both paths, one build.
const CONTENT = 'tests/.tmp/scale-content';
const OUT = 'tests/.tmp/scale-dist';
const ENTRIES = Math.ceil(PARALLEL_FROM / 0.6);
const page = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');

describe(`a synthetic record of ${ENTRIES} entries`, () => {
  let build: ReturnType<typeof runScript>;
  let events: string[];
  beforeAll(() => {
    generate(CONTENT, ENTRIES);
    events = readdirSync(join(CONTENT, 'events')).map((f) => f.replace(/\.md$/, ''));
    build = runScript('scripts/build.ts', CONTENT, OUT);
  }, 300_000);

  test('builds, rendering the events on worker threads and the agreements in Astro', () => {
    expect(build.status, build.output).toBe(0);
    expect(events.length).toBeGreaterThanOrEqual(PARALLEL_FROM);
    expect(readdirSync(join(CONTENT, 'agreements')).length).toBeLessThan(PARALLEL_FROM);
    expect(build.output).toMatch(new RegExp(`events: rendered ${events.length} changed entries`));
  });

  test('a body rendered on a worker has its heading anchors, entry links and citations, in each language', () => {
    const id = events.find((e) => /\[\[/.test(readFileSync(join(CONTENT, 'events', `${e}.md`), 'utf8')))!;
    const en = page(`events/${id}`);
    expect(en).toMatch(/<h2 id="what-it-is">What it is<a class="heading-anchor"[^>]*aria-label="Link to section “What it is”"/);
    expect(en).toMatch(/<a href="\/(agreements|events)\/synthetic-[a-z]+-\d+\/" class="entry-link">Synthetic /);
    expect(en).toContain('<sup class="citations">[<a href="#source-1" class="citation" aria-label="Source 1">1</a>]</sup>');
    const ja = page(`ja/events/${id}`);
    expect(ja).toMatch(/<a href="\/ja\/(agreements|events)\/synthetic-[a-z]+-\d+\/" class="entry-link">/);
    expect(ja).toContain('aria-label="出典1"');
  });

  test('backlinks come from the mentions recorded at render time', () => {
    const mentioning = events.find((e) => /\[\[([a-z0-9-]+)\]\]/.test(readFileSync(join(CONTENT, 'events', `${e}.md`), 'utf8')))!;
    const target = /\[\[([a-z0-9-]+)\]\]/.exec(readFileSync(join(CONTENT, 'events', `${mentioning}.md`), 'utf8'))![1]!;
    const kind = target.startsWith('synthetic-agreement') ? 'agreements' : 'events';
    // The collections keep no raw body: "mentions" can only come from the rendering's metadata.
    expect(page(`${kind}/${target}`)).toMatch(new RegExp(`href="/events/${mentioning}/"[^<]*>[^<]*</a><span class="note"> \\([^)]*mentions\\)</span>`));
  });
});

describe('systems and the register of the same synthetic record', () => {
  test('every system has its page in both languages, and the register is paged like the lists', () => {
    const systems = readdirSync(join(CONTENT, 'systems')).map((f) => f.replace(/\.md$/, ''));
    expect(systems.length).toBeGreaterThanOrEqual(10);
    for (const id of systems) {
      expect(page(`systems/${id}`)).toContain('<h1 data-pagefind-weight="10"');
      expect(page(`ja/systems/${id}`)).toContain('lang="ja"');
    }
    const entries = JSON.parse(readFileSync(join(OUT, 'data/entries.json'), 'utf8')).entries as { amounts: unknown[]; quantities: unknown[]; type: string }[];
    const rows = entries.filter((e) => e.amounts.length > 0 || e.quantities.length > 0 || ['fms-notification', 'contract', 'delivery', 'production', 'licence'].includes(e.type)).length;
    const first = page('register');
    expect(first.match(/<tr data-id=/g)).toHaveLength(Math.min(rows, 200));
    if (rows > 200) expect(page('register/page/2')).toContain('<table class="register">');
    expect(first).toContain(`of ${rows},`);
    // The register's CSV has the same rows.
    expect(readFileSync(join(OUT, 'data/register.csv'), 'utf8').trim().split('\r\n')).toHaveLength(rows + 1);
  });
});
