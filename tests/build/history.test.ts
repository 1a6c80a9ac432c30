import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { runScript } from '../helpers/build';
import { gitFixture, plainFixture, SOSA_COMMITS, SOSA_CORRECTION } from '../helpers/git-fixture';

const REPO = 'https://github.com/fixture-owner/tracker';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the build with extra environment variables (the helper passes process.env through). */
function build(content: string, out: string, env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return runScript('scripts/build.ts', content, out);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const historyOf = (html: string) => /<details class="history"[\s\S]*?<\/details>/.exec(html)?.[0];
const items = (section: string) =>
  [...section.matchAll(/<li class="history-item history-(\w+)" data-kind="\w+"><time datetime="([\d-]+)">[^<]*<\/time> <span class="change-kind">([^<]*)<\/span> (?:<span class="note">[^<]*<\/span> )?<span class="change-text">([^<]*)<\/span>(?: <a href="([^"]*)")?/g)].map(
    ([, kind, day, label, text, href]) => ({ kind, day, label, text, href }),
  );

describe('a content folder with git history', () => {
  const OUT = 'tests/.tmp/history-dist';
  let fixture: ReturnType<typeof gitFixture>;
  let result: ReturnType<typeof runScript>;
  beforeAll(() => {
    fixture = gitFixture();
    made.push(fixture.dir);
    result = build(fixture.dir, OUT, { TRACKER_REPO_URL: REPO, CI: 'true' });
  });

  test('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  test('the entry page folds its history under its text: newest first, dated, the correction marked, each change linked', () => {
    const html = readFileSync(`${OUT}/agreements/sosa/index.html`, 'utf8');
    const section = historyOf(html)!;
    expect(section).toContain('<summary>Revision history (3 changes)</summary>');
    expect(html.indexOf(section)).toBeGreaterThan(html.indexOf('class="prose"'));
    const shown = items(section);
    expect(shown.map((i) => [i.kind, i.day, i.label])).toEqual([
      ['correction', '2025-06-20', 'Correction'],
      ['revised', '2025-03-05', 'Revised'],
      ['added', '2025-01-10', 'Added'],
    ]);
    // The correction shows what changed; routine edits show the commit's summary.
    expect(shown[0]!.text).toBe(SOSA_CORRECTION);
    expect(shown[1]!.text).toBe(SOSA_COMMITS[1].subject);
    expect(shown.map((i) => i.href)).toEqual(fixture.hashes.slice(0, 3).map((h) => `${REPO}/commit/${h}`));
    expect(section).toContain('<time datetime="2025-06-20">20 June 2025</time>');
  });

  test('an entry touched only by the first commit shows it as added', () => {
    const shown = items(historyOf(readFileSync(`${OUT}/events/signing/index.html`, 'utf8'))!);
    expect(shown.map((i) => [i.kind, i.day])).toEqual([['added', '2025-01-10']]);
  });

  test('“Suggest a correction” opens the repository’s correction form with the permalink filled in', () => {
    const html = readFileSync(`${OUT}/agreements/sosa/index.html`, 'utf8');
    const href = /<p class="suggest-correction"[^>]*>[^<]*<a href="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('correction.yml');
    expect(url.searchParams.get('title')).toBe('Correction: Security of Supply Arrangement');
    expect(new URL(url.searchParams.get('permalink')!).pathname).toBe('/agreements/sosa/');
  });

  test('/changes/ lists the correction, the revision and the new entries, newest first', () => {
    const html = readFileSync(`${OUT}/changes/index.html`, 'utf8');
    const rows = [...html.matchAll(/<li id="([^"]+)" class="change-(\w+)" data-kind="\w+"><time datetime="([\d-]+)">/g)].map(([, id, kind, day]) => [kind, day, id]);
    expect(rows.map(([kind, day]) => [kind, day])).toEqual([
      ['correction', '2025-06-20'],
      ['revised', '2025-03-05'],
      ['added', '2025-01-10'],
    ]);
    expect(html).not.toContain('history is unavailable');
  });

  test('/changes.xml parses and holds the same changes, the newest first', () => {
    const feed = parseFeed(readFileSync(`${OUT}/changes.xml`, 'utf8'));
    expect(feed.items.map((i) => i.title)).toEqual([
      'Correction: Security of Supply Arrangement',
      'Revised: Security of Supply Arrangement',
      expect.stringMatching(/^New: /),
    ]);
    expect(feed.items[0]!.published!.toISOString()).toBe('2025-06-20T08:30:00.000Z');
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items[0]!.description).toContain(SOSA_CORRECTION);
    expect(new URL(feed.items[0]!.url!).pathname + new URL(feed.items[0]!.url!).hash).toBe('/changes/#correction-sosa-1');
  });
});

describe('a content folder without git history (a tarball)', () => {
  const OUT = 'tests/.tmp/no-history-dist';
  let result: ReturnType<typeof runScript>;
  beforeAll(() => {
    const dir = plainFixture();
    made.push(dir);
    const sosa = join(dir, 'agreements/sosa.md');
    writeFileSync(sosa, readFileSync(sosa, 'utf8').replace('lastReviewed: 2026-11-25\n', `lastReviewed: 2026-11-25\ncorrections:\n  - { date: 2025-06-20, change: "${SOSA_CORRECTION}" }\n`));
    result = build(dir, OUT, { TRACKER_REPO_URL: undefined, CI: 'true' });
  });

  test('builds, without a history section', () => {
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(`${OUT}/agreements/sosa/index.html`, 'utf8');
    expect(html).toContain('<h1');
    expect(html).not.toContain('class="history"');
  });

  test('the changes page lists the corrections and says the history is unavailable', () => {
    const html = readFileSync(`${OUT}/changes/index.html`, 'utf8');
    expect(html).toContain('history of revisions is unavailable');
    expect([...html.matchAll(/<li id="([^"]+)" class="change-(\w+)"/g)].map(([, id, kind]) => [id, kind])).toEqual([['correction-sosa-1', 'correction']]);
    expect(html).toContain(SOSA_CORRECTION);
  });

  test('without a repository URL, “Suggest a correction” points to the About page’s corrections section, which says how', () => {
    const html = readFileSync(`${OUT}/agreements/sosa/index.html`, 'utf8');
    expect(html).toMatch(/<p class="suggest-correction"[^>]*>[^<]*<a href="\/about\/#corrections"/);
    const about = readFileSync(`${OUT}/about/index.html`, 'utf8');
    expect(about).toMatch(/<h2 id="corrections">Corrections<\/h2>[\s\S]*To report an error/);
  });
});

describe('a build for deploy', () => {
  test('stops with a clear message when TRACKER_SITE_URL is missing, and writes nothing', () => {
    const out = 'tests/.tmp/deploy-dist';
    rmSync(out, { recursive: true, force: true });
    const result = build('tests/fixtures/good', out, { TRACKER_DEPLOY: '1', TRACKER_SITE_URL: undefined });
    expect(result.status).toBe(1);
    expect(result.output).toContain('TRACKER_SITE_URL is not set');
    expect(existsSync(out)).toBe(false);
  });
});
