import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { runScript } from '../helpers/build';
import { EDITOR_ONLY_COMMIT, gitFixture, plainFixture, SOSA_COMMITS, SOSA_CORRECTION } from '../helpers/git-fixture';

const REPO = 'https://github.com/fixture-owner/tracker';
const made: string[] = [];
let lastFixture = '';
const fixtureDir = () => lastFixture;
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
  [...section.matchAll(/<li class="history-item history-(\w+)" data-kind="\w+"><time datetime="([\d-]+)">[^<]*<\/time> <span class="change-kind">([^<]*)<\/span> (?:<span class="note">[^<]*<\/span> )?(?:<span class="change-text"(?: lang="\w+")?>([^<]*)<\/span>)?(?: <a href="([^"]*)")?/g)].map(
    ([, kind, day, label, text, href]) => ({ kind, day, label, text, href }),
  );

describe('a content folder with git history', () => {
  const OUT = 'tests/.tmp/history-dist';
  let fixture: ReturnType<typeof gitFixture>;
  let result: ReturnType<typeof runScript>;
  beforeAll(() => {
    fixture = gitFixture({ editorOnly: true });
    lastFixture = fixture.dir;
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
    // The correction shows what changed; a routine edit its public line; a commit without one, no text.
    expect(shown[0]!.text).toBe(SOSA_CORRECTION);
    expect(shown[1]!.text).toBe(SOSA_COMMITS[1].public.en);
    expect(shown[2]!.text).toBeUndefined();
    expect(shown.map((i) => i.href)).toEqual([fixture.hashes[0], fixture.hashes[2], fixture.hashes[3]].map((h) => `${REPO}/commit/${h}`));
    expect(section).toContain('<time datetime="2025-06-20">20 June 2025</time>');
  });

  test('an entry’s first commit shows it as added', () => {
    const shown = items(historyOf(readFileSync(`${OUT}/events/signing/index.html`, 'utf8'))!);
    expect(shown.map((i) => [i.kind, i.day])).toEqual([['revised', '2025-04-01'], ['added', '2025-01-10']]);
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
      ['revised', '2025-04-01'],
      ['revised', '2025-03-05'],
      ['added', '2025-01-10'],
    ]);
    expect(html).not.toContain('history is unavailable');
  });

  test('/changes.xml parses and holds the same changes, the newest first', () => {
    const feed = parseFeed(readFileSync(`${OUT}/changes.xml`, 'utf8'));
    expect(feed.items.map((i) => i.title)).toEqual([
      'Correction: Security of Supply Arrangement',
      'Revised: Signing ceremony',
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

describe('what changed, in words for readers: public lines and commits without one', () => {
  const OUT = 'tests/.tmp/history-dist';
  const read = (path: string) => readFileSync(`${OUT}/${path}`, 'utf8');
  const changeItem = (html: string, key: string) => new RegExp(`<li id="${key}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
  const pages = ['agreements/sosa/index.html', 'ja/agreements/sosa/index.html', 'events/signing/index.html', 'ja/events/signing/index.html', 'changes/index.html', 'ja/changes/index.html', 'changes.xml', 'ja/changes.xml'];
  let hashes: string[];
  beforeAll(() => {
    // The build of the describe block above (same output folder, same fixture shape).
    hashes = execFileSync('git', ['-C', fixtureDir(), 'log', '--format=%H'], { encoding: 'utf8' }).trim().split('\n');
  });

  test('no page or feed, in either language, shows a commit subject or the field names typed in it', () => {
    for (const page of pages) {
      const text = read(page);
      for (const { subject } of [...SOSA_COMMITS, EDITOR_ONLY_COMMIT]) expect(text, page).not.toContain(subject);
      expect(text, page).not.toMatch(/FTM-44|dateNote|lastReviewed|Public-Change/);
    }
  });

  test('the entry page shows the public line in its own language', () => {
    const en = items(historyOf(read('agreements/sosa/index.html'))!);
    const ja = items(historyOf(read('ja/agreements/sosa/index.html'))!);
    expect(en.find((i) => i.day === '2025-03-05')).toMatchObject({ kind: 'revised', label: 'Revised', text: SOSA_COMMITS[1].public.en });
    expect(ja.find((i) => i.day === '2025-03-05')).toMatchObject({ kind: 'revised', label: '更新', text: SOSA_COMMITS[1].public.ja });
  });

  test('a commit without a public line appears as “Revised” / 「更新」 and nothing else, on the entry page', () => {
    for (const [page, label] of [['events/signing/index.html', 'Revised'], ['ja/events/signing/index.html', '更新']] as const) {
      const revised = items(historyOf(read(page))!).find((i) => i.day === '2025-04-01');
      expect(revised, page).toMatchObject({ kind: 'revised', label, text: undefined });
    }
  });

  test('/changes/ names the entries a commit without a public line touched, and shows the public line of the other', () => {
    const key = (i: number) => `revised-${hashes[i]!.slice(0, 12)}`;
    const en = read('changes/index.html');
    const ja = read('ja/changes/index.html');
    // hashes are newest first: [0] correction, [1] editor-only, [2] public line, [3] first import.
    expect(changeItem(en, key(1))).toMatch(/<span class="change-kind">Revised<\/span> <a class="change-entry" href="\/events\/signing\/">Signing ceremony<\/a>(?! —)/);
    expect(changeItem(en, key(1))).not.toContain('change-text');
    expect(changeItem(ja, key(1))).toMatch(/<span class="change-kind">更新<\/span> <a class="change-entry" href="\/ja\/events\/signing\/"[^>]*>[^<]+<\/a>/);
    expect(changeItem(ja, key(1))).not.toContain('change-text');
    expect(changeItem(en, key(2))).toContain(`<span class="change-text">${SOSA_COMMITS[1].public.en}</span>`);
    expect(changeItem(ja, key(2))).toContain(`<span class="change-text">${SOSA_COMMITS[1].public.ja}</span>`);
  });

  test('the feeds describe a commit without a public line by its entries, one with it by its line', () => {
    const en = parseFeed(read('changes.xml'));
    const ja = parseFeed(read('ja/changes.xml'));
    expect(en.items[1]!.description).toBe('Revised: Signing ceremony');
    expect(en.items[2]!.description).toBe(`Revised: ${SOSA_COMMITS[1].public.en}`);
    expect(ja.items[1]!.title).toMatch(/^更新：/);
    expect(ja.items[2]!.description).toBe(`更新：${SOSA_COMMITS[1].public.ja}`);
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
