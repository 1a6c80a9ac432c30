import { readContent, contentDir } from './content-files.ts';
import { checkIntegrity } from './integrity.ts';
import { ContentError, type Problem } from './problems.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
import { checkTranslations, type ValidTranslation } from './translations.ts';

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
  /** The Japanese edition, validated against the English entries. */
  translations: ValidTranslation[];
  /** Worth fixing but not failing for: outdated or missing translations. */
  warnings: Problem[];
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
  if (problems.length > 0) return { entries, problems, translations: [], warnings: [] };
  const ja = checkTranslations(dir, entries);
  return { entries, problems: ja.problems, translations: ja.translations, warnings: ja.warnings };
}

/** Like checkContent, but throws one error that lists every problem. */
export function assertContent(dir = contentDir()): ValidEntry[] {
  const { entries, problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
