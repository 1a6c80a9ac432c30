import { z } from 'astro/zod';
import { recordFields } from './common.ts';
import { idListSchema, entryIdSchema } from './id.ts';
import { statusHistorySchema } from './status.ts';

export const AGREEMENT_TYPES = {
  mou: 'Memorandum of understanding',
  arrangement: 'Arrangement',
  'project-arrangement': 'Project arrangement',
  agreement: 'Agreement',
  forum: 'Forum',
  policy: 'Policy',
  'rule-change': 'Rule change',
  'exchange-of-notes': 'Exchange of notes',
  law: 'Law',
  guidelines: 'Guidelines',
  contract: 'Contract',
  licence: 'Licence agreement',
} as const;

const types = Object.keys(AGREEMENT_TYPES) as [keyof typeof AGREEMENT_TYPES, ...(keyof typeof AGREEMENT_TYPES)[]];

/** Statuses that fix an agreement's place on the timeline, in preference to earlier announcements. */
const DEFINING_STATUSES = new Set(['signed', 'adopted']);

export const agreementSchema = z
  .strictObject({
    ...recordFields,
    shortName: z.string().min(1).optional(),
    titleJa: z.string().min(1).optional(),
    type: z.enum(types, { error: `must be one of: ${types.join(', ')}` }),
    /** Actor ids of the parties (for a unilateral policy, the government that set it). */
    parties: idListSchema.pipe(z.array(z.string()).min(1, { error: 'name at least one party (an actor id)' })),
    /** `unconfirmed` where no source on file says whether it is binding. */
    binding: z.enum(['binding', 'non-binding', 'unconfirmed'], {
      error: 'must be one of: binding, non-binding, unconfirmed',
    }),
    /** The agreement this one sits under, e.g. a project arrangement under its MOU. */
    partOf: entryIdSchema.optional(),
    statusHistory: statusHistorySchema,
  })
  .transform((data) => {
    const defining = data.statusHistory.find((change) => DEFINING_STATUSES.has(change.status));
    const current = data.statusHistory.at(-1)!;
    return { ...data, date: (defining ?? data.statusHistory[0]!).date, status: current.status };
  });

export type AgreementInput = z.input<typeof agreementSchema>;
export type Agreement = z.output<typeof agreementSchema>;
export type AgreementType = keyof typeof AGREEMENT_TYPES;
