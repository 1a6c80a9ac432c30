import { z } from 'astro/zod';
import { entryIdSchema } from './id.ts';
import { sourcesSchema } from './source.ts';
import { draftFields } from './draft.ts';

export const ACTOR_TYPES = {
  government: 'Government',
  ministry: 'Ministry or department',
  agency: 'Agency',
  military: 'Armed forces',
  council: 'Council',
  office: 'Office',
  party: 'Political party',
  legislature: 'Legislature',
  company: 'Company',
  person: 'Person',
} as const;

export const COUNTRIES = { JP: 'Japan', US: 'United States' } as const;

const types = Object.keys(ACTOR_TYPES) as [keyof typeof ACTOR_TYPES, ...(keyof typeof ACTOR_TYPES)[]];
const countries = Object.keys(COUNTRIES) as [keyof typeof COUNTRIES, ...(keyof typeof COUNTRIES)[]];

export const actorSchema = z.strictObject({
  name: z.string().min(1, { error: 'add the actor’s name' }),
  /** Family name first for Japanese people, as the sources write them (e.g. "HAMADA Yasukazu"). */
  nameJa: z.string().min(1).optional(),
  shortName: z.string().min(1).optional(),
  type: z.enum(types, { error: `must be one of: ${types.join(', ')}` }),
  country: z.enum(countries, { error: `must be one of: ${countries.join(', ')}` }),
  /** Role as the sources give it at the time of the entries, e.g. "U.S. Secretary of Defense". */
  role: z.string().min(1).optional(),
  /** The body a person or agency belongs to (an actor id). */
  memberOf: entryIdSchema.optional(),
  sources: sourcesSchema.optional(),
  ...draftFields,
});

export type Actor = z.output<typeof actorSchema>;
export type ActorType = keyof typeof ACTOR_TYPES;
