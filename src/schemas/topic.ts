import { z } from 'astro/zod';
import { entryIdSchema } from './id.ts';

/** A thread a reader can follow; the controlled vocabulary lives in content/topics.yaml. */
export const topicSchema = z.strictObject({
  id: entryIdSchema,
  name: z.string().min(1),
  description: z.string().min(1),
});

export type Topic = z.output<typeof topicSchema>;

/**
 * A topic as its collection holds it: with its place in content/topics.yaml, which the checked loader adds
 * (src/lib/content/loader.ts), since Astro hands a collection back sorted by id.
 */
export const storedTopicSchema = topicSchema.extend({ order: z.number().int().nonnegative() });
