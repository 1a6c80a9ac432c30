// A weapon system, platform or support programme that entries buy, build, sell or develop (content/systems/<id>.md).
import { z } from 'astro/zod';
import { dayDateSchema } from './date.ts';
import { entryIdSchema, idListSchema } from './id.ts';
import { sourcesSchema } from './source.ts';
import { draftFields } from './draft.ts';

export const SYSTEM_KINDS = {
  missile: 'Missile',
  interceptor: 'Missile-defense interceptor',
  aircraft: 'Aircraft',
  rotorcraft: 'Helicopter or tilt-rotor',
  'unmanned-aircraft': 'Unmanned aircraft',
  'combat-system': 'Combat system',
  'air-defense-system': 'Air and missile defense system',
  sensor: 'Radar or sensor',
  engine: 'Engine',
  target: 'Aerial target',
  support: 'Support and services',
} as const;

const kinds = Object.keys(SYSTEM_KINDS) as [keyof typeof SYSTEM_KINDS, ...(keyof typeof SYSTEM_KINDS)[]];

export const systemSchema = z.strictObject({
  /** The name the makers and the U.S. notifications use, e.g. "SM-3 Block IIA". */
  name: z.string().min(1, { error: 'add the system’s name, e.g. "SM-3 Block IIA"' }),
  /** Other names readers search for, e.g. "Standard Missile-3 Block IIA", "FS-X". */
  aliases: z.array(z.string().min(1)).default([]),
  shortName: z.string().min(1).optional(),
  kind: z.enum(kinds, { error: `must be one of: ${kinds.join(', ')}` }),
  /** Actor ids of the companies that design, build or license it, U.S. and Japanese. */
  makers: idListSchema,
  /** The family it belongs to, e.g. PAC-3 MSE under PAC-3 (a system id). */
  family: entryIdSchema.optional(),
  summary: z
    .string()
    .min(20, { error: 'write a one- or two-sentence summary (at least 20 characters)' })
    .max(400, { error: 'keep the summary to one or two sentences (400 characters at most)' }),
  sources: sourcesSchema,
  lastReviewed: dayDateSchema,
  ...draftFields,
});

export type TrackerSystem = z.output<typeof systemSchema>;
export type SystemKind = keyof typeof SYSTEM_KINDS;
