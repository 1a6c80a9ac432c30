import { z } from 'astro/zod';
import { dayDateSchema } from './date.ts';

/**
 * A correction shown to readers: the day the entry was corrected, what changed (a sentence a reader
 * understands without the old version), and the number of the entry's source that prompted it.
 */
export const correctionSchema = z.strictObject({
  date: dayDateSchema,
  change: z.string().min(10, { error: 'say what changed in a sentence, e.g. "Dated to the day (7 October 2024) from the MOD readout; it was given as October 2024."' }),
  /** 1-based number of the entry's source that prompted the correction. */
  source: z.number().int().positive().optional(),
});

/** Oldest first, like a status history. */
export const correctionsSchema = z.array(correctionSchema).default([]);

export type Correction = z.output<typeof correctionSchema>;
