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
import { CURRENCIES, VALUE_BASES } from '../../schemas/value.ts';
import { compareRecords } from '../records.ts';

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

export function isRegisterEntry(entry: FigureSource): boolean {
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

export type RegisterSort = 'date' | 'oldest' | 'value' | 'system';
export const REGISTER_SORTS: readonly RegisterSort[] = ['date', 'oldest', 'value', 'system'];

const currencyOrder = Object.keys(CURRENCIES) as Currency[];

/**
 * Rows in the order asked for: newest first (the default), oldest first, by value (largest first within each
 * currency, dollars before yen, then rows with no figure: no exchange rate is assumed), or by system name.
 * `rows` must be oldest first; every order keeps that as its tie-break, so sorting is stable.
 */
export function sortRows(rows: readonly RegisterRow[], sort: RegisterSort, nameOf: (id: string) => string = (id) => id, locale = 'en'): RegisterRow[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const newestFirst = (a: { i: number }, b: { i: number }) => b.i - a.i;
  if (sort === 'oldest') return rows.slice();
  if (sort === 'date') return indexed.sort(newestFirst).map((x) => x.row);
  if (sort === 'value') {
    const key = (row: RegisterRow) => {
      const top = largestAmount(row);
      return top ? { c: currencyOrder.indexOf(top.currency), v: top.value } : { c: currencyOrder.length, v: 0 };
    };
    return indexed
      .map((x) => ({ ...x, k: key(x.row) }))
      .sort((a, b) => a.k.c - b.k.c || b.k.v - a.k.v || newestFirst(a, b))
      .map((x) => x.row);
  }
  const name = (row: RegisterRow) => (row.systems[0] ? nameOf(row.systems[0]) : undefined);
  return indexed
    .map((x) => ({ ...x, n: name(x.row) }))
    .sort((a, b) => (a.n === undefined ? (b.n === undefined ? 0 : 1) : b.n === undefined ? -1 : a.n.localeCompare(b.n, locale)) || newestFirst(a, b))
    .map((x) => x.row);
}

/** The figure a row sorts by: its largest, in the first currency it has one in. */
export function largestAmount(row: Pick<RegisterRow, 'amounts'>): Amount | undefined {
  for (const currency of currencyOrder) {
    const inCurrency = row.amounts.filter((a) => a.currency === currency);
    if (inCurrency.length > 0) return inCurrency.reduce((a, b) => (b.value > a.value ? b : a));
  }
  return undefined;
}

/** Rows that touch a system (in `systems`, or a figure or count for it) and are of a type, where given. */
export function filterRows(rows: readonly RegisterRow[], filter: { system?: string | undefined; type?: string | undefined }): RegisterRow[] {
  return rows.filter(
    (row) =>
      (!filter.system || row.systems.includes(filter.system) || row.amounts.some((a) => a.system === filter.system) || row.quantities.some((q) => q.system === filter.system)) &&
      (!filter.type || row.type === filter.type),
  );
}

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
  return [...sums.values()].sort((a, b) => basisOrder.indexOf(a.basis) - basisOrder.indexOf(b.basis) || currencyOrder.indexOf(a.currency) - currencyOrder.indexOf(b.currency));
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
