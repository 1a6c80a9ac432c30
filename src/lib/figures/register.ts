/**
 * The register: every sale, contract, licensed production and co-production as one row per entry, with its
 * systems, figures and counts; sums of figures by basis and currency (never converted), by year or by system.
 * Pure, so it is unit-tested; the pages and data files render these rows.
 *
 * Which entries are rows: every agreement or event that carries a figure or a count, and every one of the
 * kinds that are sales, contracts or production whether or not a figure is on file (REGISTER_TYPES).
 */
import type { PartialDate } from '../../schemas/date.ts';
import type { Amount, Currency, Quantity, ValueBasis } from '../../schemas/value.ts';
import { VALUE_BASES } from '../../schemas/value.ts';
import { compareRecords } from '../record/records.ts';
import { CURRENCY_ORDER } from './order.ts';

/** Event and agreement types that belong in the register even without a figure on file. */
export const REGISTER_TYPES = {
  events: ['fms-notification', 'contract', 'delivery', 'production'],
  agreements: ['contract', 'licence'],
} as const;

/** What the register reads of an agreement or event. */
export interface FigureSource {
  collection: 'agreements' | 'events';
  id: string;
  data: {
    title: string;
    type: string;
    date: PartialDate;
    systems: readonly string[];
    amounts: readonly Amount[];
    quantities: readonly Quantity[];
    transmittal?: { number: string; source: number } | undefined;
  };
}

export interface RegisterRow {
  collection: 'agreements' | 'events';
  id: string;
  /** The agreement or event type, e.g. "fms-notification", "licence". */
  type: string;
  date: PartialDate;
  year: number;
  title: string;
  systems: readonly string[];
  amounts: readonly Amount[];
  quantities: readonly Quantity[];
  transmittal: string | undefined;
}

export function isRegisterEntry(entry: { collection: 'agreements' | 'events'; data: { type: string; amounts: readonly unknown[]; quantities: readonly unknown[] } }): boolean {
  const types: readonly string[] = REGISTER_TYPES[entry.collection];
  return entry.data.amounts.length > 0 || entry.data.quantities.length > 0 || types.includes(entry.data.type);
}

/** The rows of the register, oldest first (the timeline's order). */
export function registerRows(entries: readonly FigureSource[]): RegisterRow[] {
  return entries
    .filter(isRegisterEntry)
    .map((e) => ({
      collection: e.collection,
      id: e.id,
      type: e.data.type,
      date: e.data.date,
      year: Number(e.data.date.start.slice(0, 4)),
      title: e.data.title,
      systems: e.data.systems,
      amounts: e.data.amounts,
      quantities: e.data.quantities,
      transmittal: e.data.transmittal?.number,
    }))
    .sort((a, b) => compareRecords(a, b));
}

export { REGISTER_SORTS, filterRows, largestAmount, sortRows, type RegisterSort } from './order.ts';

/** A sum of figures of one basis in one currency; "up to" if any figure in it is a ceiling. */
export interface FigureSum {
  basis: ValueBasis;
  currency: Currency;
  total: number;
  count: number;
  upTo: boolean;
  approximate: boolean;
}

const basisOrder = Object.keys(VALUE_BASES) as ValueBasis[];

/** Sums by basis and currency, in the vocabularies' order: a ceiling is never added to a contract, dollars never to yen. */
export function sumAmounts(amounts: readonly Amount[]): FigureSum[] {
  const sums = new Map<string, FigureSum>();
  for (const a of amounts) {
    const key = `${a.basis}|${a.currency}`;
    const sum = sums.get(key) ?? { basis: a.basis, currency: a.currency, total: 0, count: 0, upTo: false, approximate: false };
    sum.total += a.value;
    sum.count += 1;
    sum.upTo ||= a.upTo;
    sum.approximate ||= a.approximate;
    sums.set(key, sum);
  }
  return [...sums.values()].sort((a, b) => basisOrder.indexOf(a.basis) - basisOrder.indexOf(b.basis) || CURRENCY_ORDER.indexOf(a.currency) - CURRENCY_ORDER.indexOf(b.currency));
}

/**
 * The figures of a row that are for one system: those that name it, and those that name no system on an entry
 * about that system alone. A figure for several systems together is `shared`: shown, but not summed, since
 * its part for this system is not known.
 */
export function amountsForSystem(row: Pick<RegisterRow, 'systems' | 'amounts'>, system: string): { own: Amount[]; shared: Amount[] } {
  const own: Amount[] = [];
  const shared: Amount[] = [];
  for (const a of row.amounts) {
    if (a.system === system || (!a.system && row.systems.length === 1 && row.systems[0] === system)) own.push(a);
    else if (!a.system && row.systems.includes(system)) shared.push(a);
  }
  return { own, shared };
}

export interface YearTotal extends FigureSum {
  year: number;
}

/** Totals of every figure in the register by year, basis and currency, oldest year first. */
export function yearlyTotals(rows: readonly RegisterRow[]): YearTotal[] {
  const years = new Map<number, Amount[]>();
  for (const row of rows) {
    if (row.amounts.length === 0) continue;
    const list = years.get(row.year);
    if (list) list.push(...row.amounts);
    else years.set(row.year, [...row.amounts]);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, amounts]) => sumAmounts(amounts).map((sum) => ({ year, ...sum })));
}
