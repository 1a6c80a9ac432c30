// The content folder's git history, read in one `git log` pass per build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { contentDir } from '../content/content-files.ts';
import { parsePublicChange, PUBLIC_CHANGE_TRAILERS, trailerPlaceholder, type PublicChange } from './public-change.ts';

/**
 * The git history of the content folder, read in ONE `git log --name-only` pass per build and kept
 * in this module, so a build of 10,000 entries starts one git process, not one per entry (compare
 * Starlight's utils/git.ts, which asks git once per file).
 */

/** One commit that touched content, as the pages show it. */
export interface Commit {
  hash: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  /** The calendar day in the author's own time zone, YYYY-MM-DD: the day the editor made the change. */
  day: string;
  /** Milliseconds since the epoch, for ordering. */
  time: number;
  /** What changed, written for readers in the commit's trailers (never its subject, which is for editors). */
  publicChange: PublicChange;
  /** Paths relative to the content folder, e.g. "agreements/sosa.md". */
  files: string[];
}

export type GitHistory =
  | { available: true; /** Newest first. */ commits: Commit[]; /** path → commits that touched it, newest first. */ byFile: Map<string, Commit[]> }
  | { available: false; reason: string };

const RECORD = '\x1e';
const FIELD = '\x1f';
/** Hash, author date, the public lines (English, Japanese); the file names follow on their own lines. */
export const LOG_FORMAT = `${RECORD}%H${FIELD}%aI${FIELD}${trailerPlaceholder(PUBLIC_CHANGE_TRAILERS.en)}${FIELD}${trailerPlaceholder(PUBLIC_CHANGE_TRAILERS.ja)}`;

/** Parses `git log --name-only --format=LOG_FORMAT` output; newest first (author date), git's order on ties. */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const [header = '', ...rest] = record.split('\n');
    const [hash, date, en, ja] = header.split(FIELD);
    if (!hash || !date) continue;
    const time = Date.parse(date);
    if (Number.isNaN(time)) continue;
    const files = rest.map((line) => line.trim()).filter(Boolean);
    commits.push({ hash, date, day: date.slice(0, 10), time, publicChange: parsePublicChange({ en, ja }), files });
  }
  // Stable sort: commits with the same time keep git's order.
  return commits.sort((a, b) => b.time - a.time);
}

/** path → the commits that touched it, newest first. */
export function indexByFile(commits: readonly Commit[]): Map<string, Commit[]> {
  const byFile = new Map<string, Commit[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const list = byFile.get(file);
      if (list) list.push(commit);
      else byFile.set(file, [commit]);
    }
  }
  return byFile;
}

const run = promisify(execFile);
/** The environment for git, less what would point it at another repository than the content folder's (as in a hook). */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete env[name];
  return env;
}
const git = (dir: string, args: string[]) =>
  run('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: gitEnv() });

/**
 * Reads the history of `dir` (the content folder), paths relative to it. Never throws: without git,
 * outside a repository, or in a shallow clone (whose oldest commit would claim every file as new),
 * the history is unavailable and the pages leave it out.
 */
export async function readGitHistory(dir: string): Promise<GitHistory> {
  try {
    const shallow = await git(dir, ['rev-parse', '--is-shallow-repository']);
    if (shallow.stdout.trim() === 'true') {
      return { available: false, reason: 'the repository is a shallow clone; fetch its full history (git fetch --unshallow, or fetch-depth: 0 in CI)' };
    }
    const { stdout } = await git(dir, ['log', '--relative', '--name-only', '--no-renames', `--format=${LOG_FORMAT}`, '--', '.']);
    const commits = parseGitLog(stdout);
    return { available: true, commits, byFile: indexByFile(commits) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { available: false, reason: (error as { code?: string }).code === 'ENOENT' ? 'git is not installed' : `no git history (${message})` };
  }
}

const cache = new Map<string, Promise<GitHistory>>();
/** The content folder's history, read once per build. */
export function gitHistory(dir = contentDir()): Promise<GitHistory> {
  let history = cache.get(dir);
  if (!history) {
    history = readGitHistory(dir);
    cache.set(dir, history);
  }
  return history;
}

/** The files of one entry: its own and, once it exists, its Japanese translation. */
export function entryFiles(collection: string, id: string): { source: string; translation: string } {
  return { source: `${collection}/${id}.md`, translation: `ja/${collection}/${id}.md` };
}

/** A link to one commit on the repository's host (GitHub, GitLab and Gitea share the /commit/<hash> form). */
export function commitUrl(repoUrl: string | undefined, hash: string): string | undefined {
  return repoUrl ? `${repoUrl.replace(/\/+$/, '')}/commit/${hash}` : undefined;
}
