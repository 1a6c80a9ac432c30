import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GOOD } from './fixture';

/** The correction the third commit adds to the fixture's SOSA entry. */
export const SOSA_CORRECTION = 'Dated to the day (12 January 2023) from the DOD release; it was given as January 2023.';

/**
 * The three commits that touch agreements/sosa.md, oldest first, with fixed dates. Subjects are
 * typed for editors; the second commit also carries the public line, in both languages, as trailers.
 */
export const SOSA_COMMITS = [
  { date: '2025-01-10T09:00:00+09:00', subject: 'Add the fixture record' },
  {
    date: '2025-03-05T12:00:00+00:00',
    subject: 'SOSA: clearer summary',
    body: 'Edited the summary field.\n\nPublic-Change: The summary now says who the arrangement binds.\nPublic-Change-Ja: 概要に、取決めが誰を拘束するかを記した。',
    public: { en: 'The summary now says who the arrangement binds.', ja: '概要に、取決めが誰を拘束するかを記した。' },
  },
  { date: '2025-06-20T08:30:00+00:00', subject: 'SOSA: correct the signing date' },
] as const;

/** With `editorOnly`: a commit to events/signing.md whose message is for editors only (no public line). */
export const EDITOR_ONLY_COMMIT = { date: '2025-04-01T10:00:00+00:00', subject: 'FTM-44 dateNote lastReviewed' } as const;

/** A copy of the good fixture in a fresh folder outside any repository (a tarball build). */
export function plainFixture(prefix = 'tracker-plain-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

function commit(dir: string, date: string, subject: string, body?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Fixture Editor',
    GIT_AUTHOR_EMAIL: 'editor@fixture.invalid',
    GIT_COMMITTER_NAME: 'Fixture Editor',
    GIT_COMMITTER_EMAIL: 'editor@fixture.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'commit.gpgsign=false', ...args], { env, stdio: 'pipe' });
  git('add', '-A');
  git('commit', '-q', '-m', subject, ...(body ? ['-m', body] : []));
}

/**
 * The good fixture in a temporary git repository: three commits touch agreements/sosa.md (the first
 * adds every file, the third adds a `corrections` item dated on its own day). With `editorOnly`, a
 * commit without a public line touches events/signing.md after the second; with `translation`, a
 * last commit adds ja/agreements/sosa.md.
 */
export function gitFixture(options: { translation?: boolean; editorOnly?: boolean } = {}): { dir: string; hashes: string[] } {
  const dir = plainFixture('tracker-git-');
  // The history tests follow one translation file from its own commit: the fixture's Japanese edition is left out.
  rmSync(join(dir, 'ja'), { recursive: true, force: true });
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', dir]);
  const sosa = join(dir, 'agreements/sosa.md');
  const edit = (from: string, to: string) => {
    const text = readFileSync(sosa, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    writeFileSync(sosa, text.replace(from, to));
  };
  commit(dir, SOSA_COMMITS[0].date, SOSA_COMMITS[0].subject);
  edit('A fixture arrangement used by the build tests', 'A fixture arrangement, used by the build tests,');
  commit(dir, SOSA_COMMITS[1].date, SOSA_COMMITS[1].subject, SOSA_COMMITS[1].body);
  if (options.editorOnly) {
    const signing = join(dir, 'events/signing.md');
    writeFileSync(signing, readFileSync(signing, 'utf8').replace('lastReviewed: 2026-11-25', 'lastReviewed: 2026-11-26'));
    commit(dir, EDITOR_ONLY_COMMIT.date, EDITOR_ONLY_COMMIT.subject);
  }
  edit('lastReviewed: 2026-11-25\n', `lastReviewed: 2026-11-25\ncorrections:\n  - { date: 2025-06-20, change: "${SOSA_CORRECTION}", source: 1 }\n`);
  commit(dir, SOSA_COMMITS[2].date, SOSA_COMMITS[2].subject);
  if (options.translation) {
    const ja = join(dir, 'ja/agreements/sosa.md');
    mkdirSync(dirname(ja), { recursive: true });
    writeFileSync(ja, '---\ntitle: 供給安定化取決め\nsummary: テスト用の取決め。\ntranslatedFrom: 2026-11-25\n---\n\n本文。\n');
    commit(dir, '2025-07-01T10:00:00+09:00', 'SOSA: Japanese translation');
  }
  const hashes = execFileSync('git', ['-C', dir, 'log', '--format=%H'], { encoding: 'utf8' }).trim().split('\n');
  return { dir, hashes };
}
