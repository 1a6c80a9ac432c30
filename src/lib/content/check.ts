// The content check: read, validate and cross-check every file under content/ (npm run check:content).
import { readContent, contentDir } from './content-files.ts';
import { checkIntegrity, linkedFromRaw, linkedFromValid, type LinkedEntry } from './integrity.ts';
import { checkPlaceholders } from './placeholders.ts';
import { ContentError, type Problem } from './problems.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
import { checkTranslations, presenceOf, type ValidTranslation } from './translations.ts';
import { entryIdSchema } from '../../schemas/id.ts';

export interface CheckResult {
  /** The entries that passed their schema, drafts included (each has `data.draft`). */
  entries: ValidEntry[];
  /** Every problem found in one run, in file order: an entry with schema errors still has its references,
   * links, citations and placeholders checked, as far as its frontmatter can be read. */
  problems: Problem[];
  /** The Japanese edition, validated against the English entries. */
  translations: ValidTranslation[];
  /** Worth fixing but not failing for: outdated or missing translations. */
  warnings: Problem[];
}

/** Reads, validates and cross-checks every entry under the content folder. */
export function checkContent(dir = contentDir()): CheckResult {
  const { entries: raw, problems, unreadable } = readContent(dir);
  const entries: ValidEntry[] = [];
  const linked: LinkedEntry[] = [];
  for (const item of raw) {
    const result = validateEntry(item);
    problems.push(...result.problems);
    if (result.entry) {
      entries.push(result.entry);
      linked.push(linkedFromValid(result.entry));
    } else if (entryIdSchema.safeParse(item.id).success) {
      linked.push(linkedFromRaw(item));
    } else {
      // A topic whose own id is malformed: what others meant to point at is unknown.
      unreadable.push({ collection: item.collection, file: item.file });
    }
    problems.push(...checkPlaceholders(item));
  }
  problems.push(...checkIntegrity(linked, unreadable));
  // The Japanese edition is checked in the same run; an English entry that failed its schema still
  // counts as existing, so its translation is not reported as an orphan.
  const ja = checkTranslations(dir, entries, presenceOf([...linked, ...unreadable]));
  problems.push(...ja.problems);
  // One group per file, in file order; within a file, schema problems first (a stable sort keeps them so).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { entries, problems, translations: ja.translations, warnings: ja.warnings };
}

/** Like checkContent, but throws one error that lists every problem. */
export function assertContent(dir = contentDir()): ValidEntry[] {
  const { entries, problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
