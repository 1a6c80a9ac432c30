import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GOOD } from './fixture';

/** The correction the third commit adds to the fixture's SOSA entry. */
export const SOSA_CORRECTION = 'Dated to the day (12 January 2023) from the DOD release; it was given as January 2023.';

/** The three commits that touch agreements/sosa.md, oldest first, with fixed dates. */
export const SOSA_COMMITS = [
  { date: '2025-01-10T09:00:00+09:00', subject: 'Add the fixture record' },
  { date: '2025-03-05T12:00:00+00:00', subject: 'SOSA: clearer summary' },
  { date: '2025-06-20T08:30:00+00:00', subject: 'SOSA: correct the signing date' },
] as const;

/** A copy of the good fixture in a fresh folder outside any repository (a tarball build). */
export function plainFixture(prefix = 'tracker-plain-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

function commit(dir: string, date: string, subject: string) {
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
  git('commit', '-q', '-m', subject);
}

/**
 * The good fixture in a temporary git repository: three commits touch agreements/sosa.md (the first
 * adds every file, the third adds a `corrections` item dated on its own day). With `translation`, a
 * fourth commit adds ja/agreements/sosa.md.
 */
export function gitFixture(options: { translation?: boolean } = {}): { dir: string; hashes: string[] } {
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
  commit(dir, SOSA_COMMITS[1].date, SOSA_COMMITS[1].subject);
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
