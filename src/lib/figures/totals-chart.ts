/**
 * Layout of the register's chart of values by year: one panel per currency (never converted, so never on one
 * scale), one bar per basis in each year (a ceiling and a contract are different figures, never stacked).
 * Pure geometry in viewBox units, so it is unit-tested; src/components/figures/RegisterChart.astro draws it.
 */
import type { Currency, ValueBasis } from '../../schemas/value.ts';
import type { YearTotal } from './register.ts';

export const TOTALS_CHART = { width: 440, left: 6, right: 6, panelHeight: 110, plotTop: 22, plotBottom: 92, gap: 14 } as const;

export interface TotalsBar {
  year: number;
  basis: ValueBasis;
  total: number;
  upTo: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TotalsPanel {
  currency: Currency;
  /** Top of the panel in the viewBox. */
  top: number;
  max: number;
  bases: ValueBasis[];
  bars: TotalsBar[];
}

export interface TotalsLayout {
  height: number;
  from: number;
  to: number;
  /** The x of each year's slot centre, for the axis labels. */
  yearX: (year: number) => number;
  ticks: number[];
  panels: TotalsPanel[];
}

export function layoutTotals(totals: readonly YearTotal[], currencies: readonly Currency[], basisOrder: readonly ValueBasis[]): TotalsLayout {
  const c = TOTALS_CHART;
  const years = totals.map((t) => t.year);
  const from = years.length ? Math.min(...years) : 0;
  const to = years.length ? Math.max(...years) : 0;
  const slots = to - from + 1;
  const plotWidth = c.width - c.left - c.right;
  const slot = plotWidth / Math.max(1, slots);
  const yearX = (year: number) => c.left + (year - from + 0.5) * slot;
  const used = currencies.filter((cur) => totals.some((t) => t.currency === cur));
  const panels = used.map((currency, p): TotalsPanel => {
    const mine = totals.filter((t) => t.currency === currency);
    const bases = basisOrder.filter((b) => mine.some((t) => t.basis === b));
    const max = Math.max(...mine.map((t) => t.total));
    const top = p * (c.panelHeight + c.gap);
    const plot = c.plotBottom - c.plotTop;
    const width = (slot * 0.8) / bases.length;
    const bars = mine.map((t) => {
      const height = Math.max(0.5, (t.total / max) * plot);
      const x = yearX(t.year) - (slot * 0.8) / 2 + bases.indexOf(t.basis) * width;
      return { year: t.year, basis: t.basis, total: t.total, upTo: t.upTo, x: round(x), y: round(top + c.plotBottom - height), width: round(width), height: round(height) };
    });
    return { currency, top, max, bases, bars };
  });
  // About six labelled years: the first, the last, and round years between.
  const step = [1, 2, 5, 10, 20].find((s) => slots / s <= 7) ?? 25;
  const ticks = years.length ? [...new Set([from, ...range(from, to).filter((y) => y % step === 0 && y - from >= step / 2 && to - y >= step / 2), to])] : [];
  return { height: panels.length * (c.panelHeight + c.gap) + 4, from, to, yearX: (y) => round(yearX(y)), ticks, panels };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
