/**
 * Figures in the CSV files, one column per field. An entry may carry several figures: the first amount and
 * the first quantity fill the single-value columns (amount, currency, basis, upTo, quantity, unit), and the
 * `amounts` and `quantities` columns hold all of them, joined by "; ", each written as
 * "<value> <currency> <basis>[ up-to][ about][ system=<id>]" or "<count> <unit>[ up-to][ system=<id>]".
 */
import type { ExportEntry } from '../../schemas/export.ts';

export const FIGURE_COLUMNS = ['systems', 'systemIds', 'amount', 'currency', 'basis', 'upTo', 'approximate', 'quantity', 'unit', 'transmittal', 'amounts', 'quantities', 'unconfirmed'] as const;

type Figures = Pick<ExportEntry, 'systems' | 'amounts' | 'quantities' | 'transmittal' | 'unconfirmed'>;

export function amountText(a: ExportEntry['amounts'][number]): string {
  return [String(a.value), a.currency, a.basis, a.upTo ? 'up-to' : '', a.approximate ? 'about' : '', a.system ? `system=${a.system}` : ''].filter(Boolean).join(' ');
}

export function quantityText(q: ExportEntry['quantities'][number]): string {
  return [String(q.count), q.unit, q.upTo ? 'up-to' : '', q.system ? `system=${q.system}` : ''].filter(Boolean).join(' ');
}

/** The FIGURE_COLUMNS cells of one entry, in that order. */
export function figureCells(e: Figures): string[] {
  const a = e.amounts[0];
  const q = e.quantities[0];
  return [
    e.systems.map((s) => s.name).join('; '),
    e.systems.map((s) => s.id).join('; '),
    a ? String(a.value) : '',
    a?.currency ?? '',
    a?.basis ?? '',
    a ? String(a.upTo) : '',
    a ? String(a.approximate) : '',
    q ? String(q.count) : '',
    q?.unit ?? '',
    e.transmittal?.number ?? '',
    e.amounts.map(amountText).join('; '),
    e.quantities.map(quantityText).join('; '),
    e.unconfirmed.map((u) => `${u.what}: ${u.reason}`).join('; '),
  ];
}
