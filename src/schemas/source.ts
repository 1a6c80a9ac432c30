import { z } from 'astro/zod';
import { dayDateSchema, partialDateSchema } from './date.ts';

export const SOURCE_KINDS = {
  official: 'Official release',
  wire: 'Wire report',
  newspaper: 'Newspaper',
  'news-site': 'News site',
  broadcaster: 'Broadcaster',
  analysis: 'Analysis',
  reference: 'Reference',
} as const;

const kinds = Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS, ...(keyof typeof SOURCE_KINDS)[]];

/** Only absolute http(s) links: anything else (javascript:, relative, mailto:) cannot be checked by a reader. */
export const httpUrlSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: (issue) => `${JSON.stringify(issue.input)} is not an absolute http(s) URL; write it in full, e.g. "https://www.mod.go.jp/…"` },
);

/**
 * A copy of the source kept by a web archive (the Wayback Machine, WARP, archive.today): the address of
 * the snapshot and the day it was taken. `npm run check:sources -- --write` records the Wayback Machine's
 * snapshot closest to the source's date; by hand, write only a copy you have opened.
 */
export const archiveSchema = z.strictObject(
  {
    url: httpUrlSchema,
    date: dayDateSchema,
  },
  {
    error:
      'must be { url: <the snapshot\'s address>, date: <the day it was taken, YYYY-MM-DD> }, e.g. ' +
      '{ url: "https://web.archive.org/web/20230118000000/https://…", date: 2023-01-18 }',
  },
);

export const sourceSchema = z.strictObject({
  /** The work's own title; where a source has none on file, a description in [square brackets]. */
  title: z.string().min(1),
  /** The original publisher (the wire or newspaper), even when it was read on a repost. */
  publisher: z.string().min(1),
  kind: z.enum(kinds, { error: `must be one of: ${kinds.join(', ')}` }),
  /** Omit only when no public URL is on file; never guess one. */
  url: httpUrlSchema.optional(),
  date: partialDateSchema.optional(),
  /** Optional: an archived copy, for when the link dies or the page changes. */
  archive: archiveSchema.optional(),
  /** Where a repost was read, e.g. "nippon.com" for a Jiji Press report. */
  via: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).optional(),
  language: z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code, e.g. "ja"' }).optional(),
});

export const sourcesSchema = z.array(sourceSchema).min(1, {
  error: 'every entry needs at least one source: add a `sources:` list with title, publisher, kind and url',
});

export type Source = z.output<typeof sourceSchema>;
export type SourceArchive = z.output<typeof archiveSchema>;
export type SourceKind = keyof typeof SOURCE_KINDS;
