/**
 * The register's orders and filters, for the pages at build time and for the sorting script in the browser
 * (so this file imports no schema: only types).
 */
import type { Amount, Currency, Quantity } from '../../schemas/value.ts';

/** The currencies in the order value sorts list them (the order of CURRENCIES in src/schemas/value.ts; a unit test checks). */
export const CURRENCY_ORDER: readonly Currency[] = ['USD', 'JPY'];

/** What sorting and filtering read of a row. */
type RowKeys = { id: string; type: string; systems: readonly string[]; amounts: readonly Pick<Amount, 'value' | 'currency' | 'system'>[]; quantities: readonly Pick<Quantity, 'system'>[] };

export type RegisterSort = 'date' | 'oldest' | 'value' | 'system';
export const REGISTER_SORTS: readonly RegisterSort[] = ['date', 'oldest', 'value', 'system'];


/**
 * Rows in the order asked for: newest first (the default), oldest first, by value (largest first within each
 * currency, dollars before yen, then rows with no figure: no exchange rate is assumed), or by system name.
 * `rows` must be oldest first; every order keeps that as its tie-break, so sorting is stable.
 */
export function sortRows<R extends RowKeys>(rows: readonly R[], sort: RegisterSort, nameOf: (id: string) => string = (id) => id, locale = 'en'): R[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const newestFirst = (a: { i: number }, b: { i: number }) => b.i - a.i;
  if (sort === 'oldest') return rows.slice();
  if (sort === 'date') return indexed.sort(newestFirst).map((x) => x.row);
  if (sort === 'value') {
    const key = (row: R) => {
      const top = largestAmount(row);
      return top ? { c: CURRENCY_ORDER.indexOf(top.currency), v: top.value } : { c: CURRENCY_ORDER.length, v: 0 };
    };
    return indexed
      .map((x) => ({ ...x, k: key(x.row) }))
      .sort((a, b) => a.k.c - b.k.c || b.k.v - a.k.v || newestFirst(a, b))
      .map((x) => x.row);
  }
  const name = (row: R) => (row.systems[0] ? nameOf(row.systems[0]) : undefined);
  return indexed
    .map((x) => ({ ...x, n: name(x.row) }))
    .sort((a, b) => (a.n === undefined ? (b.n === undefined ? 0 : 1) : b.n === undefined ? -1 : a.n.localeCompare(b.n, locale)) || newestFirst(a, b))
    .map((x) => x.row);
}

/** The figure a row sorts by: its largest, in the first currency it has one in. */
export function largestAmount<A extends Pick<Amount, 'value' | 'currency'>>(row: { amounts: readonly A[] }): A | undefined {
  for (const currency of CURRENCY_ORDER) {
    const inCurrency = row.amounts.filter((a) => a.currency === currency);
    if (inCurrency.length > 0) return inCurrency.reduce((a, b) => (b.value > a.value ? b : a));
  }
  return undefined;
}

/** Rows that touch a system (in `systems`, or a figure or count for it) and are of a type, where given. */
export function filterRows<R extends RowKeys>(rows: readonly R[], filter: { system?: string | undefined; type?: string | undefined }): R[] {
  return rows.filter(
    (row) =>
      (!filter.system || row.systems.includes(filter.system) || row.amounts.some((a) => a.system === filter.system) || row.quantities.some((q) => q.system === filter.system)) &&
      (!filter.type || row.type === filter.type),
  );
}

