import { z } from 'astro/zod';
import { DATE_PRECISIONS } from './date.ts';
import { STATUSES, type Status } from './status.ts';
import { SOURCE_KINDS } from './source.ts';
import { AGREEMENT_TYPES } from './agreement.ts';
import { EVENT_TYPES } from './event.ts';
import { CURRENCIES, QUANTITY_UNITS, VALUE_BASES } from './value.ts';

/**
 * The published data: what /data/entries.json and each entry's .json hold. Built from the same
 * vocabularies as the content schemas, in their output form (dates resolved, references as links).
 * Bump EXPORT_VERSION when a field is renamed or removed, so consumers can tell.
 */
export const EXPORT_VERSION = '1.4.0';

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const dateSchema = z
  .object({
    start: z.string().describe('ISO 8601 date at the stated precision: YYYY, YYYY-MM or YYYY-MM-DD'),
    end: z.string().optional().describe('Last day of a span of days, YYYY-MM-DD'),
    precision: z.enum(DATE_PRECISIONS).describe('How precisely the sources date it'),
  })
  .describe('A date no more precise than its sources');

const linkSchema = z.object({ id: z.string(), name: z.string(), url: z.url() });

const sourceSchema = z.object({
  number: z.int().positive().describe('The [n] the entry text cites it by'),
  title: z.string().describe('Title, or a [bracketed description] where none is on file'),
  publisher: z.string().describe('Original publisher, even when read on a repost'),
  kind: z.enum(keys(SOURCE_KINDS)),
  via: z.string().optional().describe('Where a repost was read'),
  url: z.url().optional(),
  date: dateSchema.optional(),
  authors: z.array(z.string()).optional(),
  language: z.string().optional(),
  archive: z
    .object({
      url: z.url().describe('Address of the snapshot'),
      date: z.string().describe('YYYY-MM-DD: the day the snapshot was taken'),
    })
    .optional()
    .describe('An archived copy of the source, e.g. in the Wayback Machine (since 1.3.0)'),
});

export const exportEntrySchema = z.object({
  id: z.string().describe('Permanent id; also the last part of the URL'),
  kind: z.enum(['agreement', 'event']),
  url: z.url(),
  jsonUrl: z.url(),
  title: z.string(),
  shortName: z.string().optional(),
  titleJa: z.string().optional(),
  type: z.enum([...keys(AGREEMENT_TYPES), ...keys(EVENT_TYPES)]),
  typeLabel: z.string(),
  date: dateSchema.describe('Signing or adoption date for agreements; the date of the event'),
  status: z.enum(keys(STATUSES) as [Status, ...Status[]]).optional().describe('Agreements: the latest status'),
  statusHistory: z
    .array(z.object({ status: z.enum(keys(STATUSES) as [Status, ...Status[]]), date: dateSchema, note: z.string().optional(), source: z.int().optional() }))
    .optional(),
  binding: z.enum(['binding', 'non-binding', 'unconfirmed']).optional(),
  partOf: linkSchema.optional(),
  actors: z.array(linkSchema).describe('Parties of an agreement, or actors of an event'),
  location: z.string().optional(),
  outcome: z.array(linkSchema).optional(),
  summary: z.string(),
  topics: z.array(linkSchema),
  related: z.array(linkSchema),
  sources: z.array(sourceSchema).min(1),
  lastReviewed: z.string().describe('YYYY-MM-DD'),
  dateNote: z.string().optional().describe('Why the date is uncertain or disputed, citing sources as [n] (since 1.1.0; in the CSV as dateNote)'),
  corrections: z
    .array(
      z.object({
        date: z.string().describe('YYYY-MM-DD: the day the entry was corrected'),
        change: z.string().describe('What changed, in a sentence'),
        source: z.int().positive().optional().describe('The number of the source that prompted it'),
        sourceUrl: z.url().optional().describe('That source’s URL'),
      }),
    )
    .describe('Corrections made after publication, oldest first (since 1.1.0; in the CSV as corrections, one per line)'),
  systems: z.array(linkSchema).describe('Systems the entry buys, sells, builds or develops (since 1.4.0)'),
  amounts: z
    .array(
      z.object({
        value: z.number().positive().describe('The figure in whole units of its currency, as the source gives it'),
        currency: z.enum(keys(CURRENCIES)).describe('As the source gives it: never converted'),
        basis: z.enum(keys(VALUE_BASES)).describe('What the figure is: a ceiling notified to Congress, a contract value, a budget line, a reported programme cost'),
        upTo: z.boolean().describe('The source says "up to": a ceiling'),
        approximate: z.boolean().describe('The source says "about"'),
        system: z.string().optional().describe('Id of the system the figure is for, where the entry names several'),
        source: z.int().positive().describe('The number of the source that states it'),
      }),
    )
    .describe('Money figures, each with its currency, basis and source (since 1.4.0)'),
  quantities: z
    .array(
      z.object({
        count: z.int().positive(),
        unit: z.enum(keys(QUANTITY_UNITS)),
        upTo: z.boolean(),
        system: z.string().optional().describe('Id of the system counted'),
        source: z.int().positive(),
      }),
    )
    .describe('Counts of items, each with its unit and source (since 1.4.0)'),
  transmittal: z
    .object({ number: z.string().describe('DSCA transmittal number, e.g. "19-54"'), source: z.int().positive() })
    .optional()
    .describe('FMS notifications: the DSCA transmittal number, where an official page shows it (since 1.4.0)'),
  unconfirmed: z
    .array(z.object({ what: z.string(), reason: z.string() }))
    .describe('What the sources on file do not confirm, and why: kept out of the other fields (since 1.4.0)'),
  ja: z
    .object({
      title: z.string(),
      shortName: z.string().optional(),
      summary: z.string(),
      url: z.url().describe('The Japanese page'),
      translatedFrom: z.string().describe('YYYY-MM-DD: the English review the translation was made from'),
      dateNote: z.string().optional().describe('The date note in Japanese, citing sources as [n] (since 1.2.0; in the CSV as dateNoteJa)'),
      corrections: z.array(z.string()).optional().describe('The `change` of each correction in Japanese, in the same order (since 1.2.0; in the CSV as correctionsJa)'),
      unconfirmed: z.array(z.object({ what: z.string(), reason: z.string() })).optional().describe('The unconfirmed items in Japanese, in the same order (since 1.4.0)'),
    })
    .optional()
    .describe('The Japanese edition of the entry, where translated (since 1.2.0)'),
});

export const exportFileSchema = z.object({
  version: z.literal(EXPORT_VERSION).describe('Export format version (semantic versioning)'),
  title: z.string(),
  url: z.url(),
  license: z.string(),
  licenseUrl: z.url().describe('The licence of the text of the tracker, CC BY 4.0 (since 1.4.0)'),
  count: z.int().nonnegative(),
  entries: z.array(exportEntrySchema),
});

export type ExportEntry = z.output<typeof exportEntrySchema>;
export type ExportFile = z.output<typeof exportFileSchema>;
