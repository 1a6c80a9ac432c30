import { z } from 'astro/zod';
import { dayDateSchema } from './date.ts';
import { sourcesSchema } from './source.ts';

/**
 * The Japanese edition. Facts (dates, actors, statuses, references, sources) live once, in the English
 * entry; a translation file holds only the words, at content/ja/<collection>/<id>.md with the same id.
 */

/**
 * The English entry's sources that have no title of their own ("[Report on …]"), described in Japanese
 * (［…の記事］), one per English source in the same order; null where a source has its own title, which
 * stays in its language. The content check matches them against the English list.
 */
const sourceTitlesSchema = z
  .array(z.string().regex(/^［[^［］]+］$/, { error: 'must be a description in full-width brackets, e.g. "［与党の提言に関する記事］"' }).nullable())
  .optional();

/** A name's reading in hiragana (はまだやすかず), for lists in 五十音順; a name in kana needs none. */
const readingSchema = z.string().regex(/^[\p{Script=Hiragana}ー・ ]+$/u, { error: 'must be the reading in hiragana, e.g. "はまだやすかず"' }).optional();

/** content/ja/agreements/<id>.md and content/ja/events/<id>.md; the body is the Japanese text. */
export const recordTranslationSchema = z.strictObject({
  title: z.string().min(1, { error: 'add the Japanese title (the official Japanese name where a source gives one)' }),
  shortName: z.string().min(1).optional(),
  summary: z.string().min(10, { error: 'write the Japanese summary (one or two sentences)' }).max(300),
  /**
   * The English entry's `lastReviewed` this translation was made from. When the English entry is
   * reviewed again later, the translation is flagged as possibly out of date until this is updated.
   */
  translatedFrom: dayDateSchema,
  /** The English `dateNote`, in Japanese, with the same [@n] citations. */
  dateNote: z.string().min(1).optional(),
  /** Events: the place, in Japanese. */
  location: z.string().min(1).optional(),
  /** Agreements: the notes of `statusHistory`, in the same order (null where the English has none). */
  statusNotes: z.array(z.string().min(1).nullable()).optional(),
  /** The `change` text of each of the entry's `corrections`, in the same order. */
  corrections: z.array(z.string().min(1)).optional(),
  /** The entry's `unconfirmed` items in Japanese, in the same order: what is not confirmed, and why. */
  unconfirmed: z.array(z.strictObject({ what: z.string().min(1), reason: z.string().min(1) })).optional(),
  /** Where an official Japanese name comes from, when the entry's own sources do not give it. */
  nameSources: sourcesSchema.optional(),
  sourceTitles: sourceTitlesSchema,
});

/** content/ja/actors/<id>.md: people in Japanese order and script (浜田靖一), others by their Japanese names. */
export const actorTranslationSchema = z.strictObject({
  name: z.string().min(1, { error: 'add the Japanese name' }),
  reading: readingSchema,
  shortName: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  nameSources: sourcesSchema.optional(),
  sourceTitles: sourceTitlesSchema,
});

/** content/ja/systems/<id>.md: the Ministry of Defense's Japanese name where it has one; the body is the Japanese text. */
export const systemTranslationSchema = z.strictObject({
  name: z.string().min(1, { error: 'add the Japanese name as the Ministry of Defense writes it, e.g. 「SM-3ブロックⅡA」' }),
  shortName: z.string().min(1).optional(),
  /** Other Japanese names readers search for. */
  aliases: z.array(z.string().min(1)).default([]),
  summary: z.string().min(10, { error: 'write the Japanese summary (one or two sentences)' }).max(300),
  translatedFrom: dayDateSchema,
  nameSources: sourcesSchema.optional(),
  sourceTitles: sourceTitlesSchema,
});

/** content/ja/topics.yaml: a list of { id, name, description } with the English topic ids. */
export const topicTranslationSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The name's reading in hiragana, for lists in 五十音順. */
  reading: readingSchema,
  description: z.string().min(1),
});

export type RecordTranslation = z.output<typeof recordTranslationSchema>;
export type ActorTranslation = z.output<typeof actorTranslationSchema>;
export type SystemTranslation = z.output<typeof systemTranslationSchema>;
export type TopicTranslation = z.output<typeof topicTranslationSchema>;
