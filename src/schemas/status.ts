import { z } from 'astro/zod';
import { partialDateSchema } from './date.ts';

export const STATUSES = {
  proposed: 'Proposed',
  announced: 'Announced',
  'under-negotiation': 'Under negotiation',
  signed: 'Signed',
  adopted: 'Adopted',
  'in-effect': 'In effect',
  implemented: 'Implemented',
  amended: 'Amended',
  superseded: 'Superseded',
  expired: 'Expired',
} as const;

export type Status = keyof typeof STATUSES;
const statuses = Object.keys(STATUSES) as [Status, ...Status[]];

export const statusSchema = z.enum(statuses, { error: `must be one of: ${statuses.join(', ')}` });

export const statusChangeSchema = z.strictObject({
  status: statusSchema,
  date: partialDateSchema,
  note: z.string().min(1).optional(),
  /** 1-based number of the entry's source that backs this change. */
  source: z.number().int().positive().optional(),
});

/** Oldest first; the last change is the current status (order is checked in src/lib/content/integrity.ts). */
export const statusHistorySchema = z.array(statusChangeSchema).min(1, {
  error: 'add at least one dated status, e.g. `- { status: signed, date: 2023-01-12, source: 1 }`',
});

export type StatusChange = z.output<typeof statusChangeSchema>;
