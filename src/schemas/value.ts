// Money, quantities and DSCA transmittal numbers as typed data on agreements and events, each backed by a source.
import { z } from 'astro/zod';
import { entryIdSchema } from './id.ts';

/** Figures stay in the currency the source gives: never converted without a dated, sourced rate. */
export const CURRENCIES = { USD: 'U.S. dollars', JPY: 'Japanese yen' } as const;

/** What a figure is: a notification's ceiling is not a contract, and a budget line is neither. */
export const VALUE_BASES = {
  'estimated-ceiling': 'Estimated value notified to Congress',
  contract: 'Contract value',
  budget: 'Budget line',
  'programme-cost': 'Programme cost as reported',
} as const;

/** Units of a quantity, each with a label in both languages (src/i18n/vocab.ts). */
export const QUANTITY_UNITS = {
  aircraft: 'aircraft',
  missiles: 'missiles',
  engines: 'engines',
  'ship-sets': 'ship sets',
  systems: 'systems',
  radars: 'radars',
  terminals: 'terminals',
  targets: 'targets',
  ships: 'ships',
} as const;

const currencies = Object.keys(CURRENCIES) as [keyof typeof CURRENCIES, ...(keyof typeof CURRENCIES)[]];
const bases = Object.keys(VALUE_BASES) as [keyof typeof VALUE_BASES, ...(keyof typeof VALUE_BASES)[]];
const units = Object.keys(QUANTITY_UNITS) as [keyof typeof QUANTITY_UNITS, ...(keyof typeof QUANTITY_UNITS)[]];

const sourceNumber = z.number({ error: 'give the number of the entry’s source that states this figure, e.g. `source: 1`' }).int().positive();

export const amountSchema = z.strictObject({
  /** The figure in whole units of the currency, e.g. 3000000000 for "$3.0 billion". */
  value: z.number({ error: 'write the figure as a plain number in whole units, e.g. 3000000000 for $3.0 billion' }).positive(),
  currency: z.enum(currencies, { error: `must be one of: ${currencies.join(', ')} (as the source gives it; never converted)` }),
  basis: z.enum(bases, { error: `must be one of: ${bases.join(', ')}` }),
  /** The source says "up to" (a ceiling), so it stays "up to". */
  upTo: z.boolean().default(false),
  /** The source says "about" or "roughly". */
  approximate: z.boolean().default(false),
  /** The system the figure is for, where the entry names several (one of the entry's `systems`). */
  system: entryIdSchema.optional(),
  source: sourceNumber,
});

export const quantitySchema = z.strictObject({
  count: z.number({ error: 'write the number of items, e.g. `count: 17`' }).int().positive(),
  unit: z.enum(units, { error: `must be one of: ${units.join(', ')}` }),
  upTo: z.boolean().default(false),
  /** The system counted (one of the entry's `systems`). */
  system: entryIdSchema.optional(),
  source: sourceNumber,
});

/** A DSCA transmittal number as an official page shows it, e.g. "19-54"; only where a source shows it. */
export const transmittalSchema = z.strictObject({
  number: z.string().regex(/^\d{2}-\d{1,3}$/, { error: 'write the transmittal number as DSCA does, e.g. "19-54"' }),
  source: sourceNumber,
});

/** A fact the sources on file do not confirm: kept out of the data and said so, with the reason. */
export const unconfirmedSchema = z.strictObject({
  what: z.string().min(3, { error: 'name what is not confirmed, e.g. "Transmittal number"' }),
  reason: z.string().min(10, { error: 'say why, e.g. "No official page read shows it."' }),
});

export const valueFields = {
  /** Systems this entry buys, sells, builds or develops (ids under content/systems/). */
  systems: z.array(entryIdSchema).default([]),
  amounts: z.array(amountSchema).default([]),
  quantities: z.array(quantitySchema).default([]),
  unconfirmed: z.array(unconfirmedSchema).default([]),
};

export type Amount = z.output<typeof amountSchema>;
export type Quantity = z.output<typeof quantitySchema>;
export type Currency = keyof typeof CURRENCIES;
export type ValueBasis = keyof typeof VALUE_BASES;
export type QuantityUnit = keyof typeof QUANTITY_UNITS;
