// The public line of a revision, read from its commit's Public-Change trailers.
import type { Locale } from '../../i18n/locales.ts';

/**
 * The line a revision shows readers: the editor writes it in the commit message as git trailers,
 * `Public-Change: …` (English) and `Public-Change-Ja: …` (Japanese), and the build reads them in its
 * one `git log` pass. The commit's subject is for editors and is never read, so it cannot reach a
 * page; a commit without a line in a language appears there as "Revised" with the entries it touched.
 */

/** The trailer key for each language (git matches keys case-insensitively). */
export const PUBLIC_CHANGE_TRAILERS = { en: 'Public-Change', ja: 'Public-Change-Ja' } as const satisfies Record<Locale, string>;

/** A commit's reader-facing line in each language that has one. */
export type PublicChange = Partial<Record<Locale, string>>;

/** The `git log --format` placeholder for one trailer's value (continuation lines unfolded; repeated trailers joined by a space). */
export const trailerPlaceholder = (key: string) => `%(trailers:key=${key},valueonly,unfold,separator=%x20)`;

/** The public line from the trailer values git printed, in the order of PUBLIC_CHANGE_TRAILERS; blanks are absent. */
export function parsePublicChange(values: { en?: string | undefined; ja?: string | undefined }): PublicChange {
  const line: PublicChange = {};
  for (const locale of ['en', 'ja'] as const) {
    const value = values[locale]?.replace(/\s+/g, ' ').trim();
    if (value) line[locale] = value;
  }
  return line;
}
