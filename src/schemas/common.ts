import { z } from 'astro/zod';
import { dayDateSchema } from './date.ts';
import { idListSchema } from './id.ts';
import { sourcesSchema } from './source.ts';
import { correctionsSchema } from './correction.ts';
import { draftFields } from './draft.ts';
import { valueFields } from './value.ts';

/** Fields every agreement and event carries: what lists, search results and previews show. */
export const recordFields = {
  title: z.string().min(1, { error: 'add a title' }),
  /** One or two sentences; shown in lists, search results and link previews. */
  summary: z
    .string()
    .min(20, { error: 'write a one- or two-sentence summary (at least 20 characters)' })
    .max(400, { error: 'keep the summary to one or two sentences (400 characters at most)' }),
  topics: idListSchema.pipe(z.array(z.string()).min(1, { error: 'name at least one topic id from content/topics.yaml' })),
  related: idListSchema,
  sources: sourcesSchema,
  lastReviewed: dayDateSchema,
  /** Optional: a short sentence on a date the sources disagree about, citing them with [@n]; shown under the date. */
  dateNote: z.string().min(10, { error: 'write a short sentence, e.g. "Reuters gives Saturday 4 June [@1]; one trade report says Friday."' }).max(300).optional(),
  /** Corrections made after publication, shown to readers before the text (see CONTRIBUTING.md). */
  corrections: correctionsSchema,
  ...valueFields,
  ...draftFields,
};
