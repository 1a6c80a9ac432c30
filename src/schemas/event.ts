import { z } from 'astro/zod';
import { recordFields } from './common.ts';
import { partialDateSchema } from './date.ts';
import { idListSchema } from './id.ts';
import { transmittalSchema } from './value.ts';

export const EVENT_TYPES = {
  signing: 'Signing',
  meeting: 'Meeting',
  summit: 'Summit',
  visit: 'Visit',
  announcement: 'Announcement',
  decision: 'Decision',
  proposal: 'Proposal',
  transfer: 'Transfer',
  test: 'Test',
  research: 'Research milestone',
  publication: 'Publication',
  contract: 'Contract',
  establishment: 'Establishment',
  maintenance: 'Maintenance',
  'fms-notification': 'FMS notification to Congress',
  delivery: 'Delivery',
  production: 'Production milestone',
  'legislative-action': 'Legislative action',
} as const;

const types = Object.keys(EVENT_TYPES) as [keyof typeof EVENT_TYPES, ...(keyof typeof EVENT_TYPES)[]];

export const eventSchema = z.strictObject({
  ...recordFields,
  shortName: z.string().min(1).optional(),
  titleJa: z.string().min(1).optional(),
  date: partialDateSchema,
  type: z.enum(types, { error: `must be one of: ${types.join(', ')}` }),
  actors: idListSchema,
  location: z.string().min(1).optional(),
  /** Agreements this event produced or changed. */
  outcome: idListSchema,
  /** FMS notifications: the DSCA transmittal number, only where an official page shows it. */
  transmittal: transmittalSchema.optional(),
});

export type EventInput = z.input<typeof eventSchema>;
export type TrackerEvent = z.output<typeof eventSchema>;
export type EventType = keyof typeof EVENT_TYPES;
