import { readContent, contentDir } from './content-files.ts';
import { checkIntegrity } from './integrity.ts';
import { ContentError, type Problem } from './problems.ts';
import { validateEntry, type ValidEntry } from './validate.ts';

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
}

/** Reads, validates and cross-checks every entry under the content folder. */
export function checkContent(dir = contentDir()): CheckResult {
  const { entries: raw, problems } = readContent(dir);
  const entries: ValidEntry[] = [];
  for (const item of raw) {
    const result = validateEntry(item);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  }
  // Cross-entry checks only make sense once every file parsed; otherwise they would report ghosts.
  if (problems.length === 0) problems.push(...checkIntegrity(entries));
  return { entries, problems };
}

/** Like checkContent, but throws one error that lists every problem. */
export function assertContent(dir = contentDir()): ValidEntry[] {
  const { entries, problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
