import { describe, expect, test } from 'vitest';
import { amountsForSystem, filterRows, registerRows, sortRows, sumAmounts, yearlyTotals, type FigureSource } from '../../src/lib/figures/register';
import type { Amount } from '../../src/schemas/value';

const day = (start: string) => ({ start, end: undefined, precision: start.length === 10 ? ('day' as const) : start.length === 7 ? ('month' as const) : ('year' as const) });
const usd = (value: number, extra: Partial<Amount> = {}): Amount => ({ value, currency: 'USD', basis: 'estimated-ceiling', upTo: true, approximate: false, source: 1, ...extra });
const jpy = (value: number, extra: Partial<Amount> = {}): Amount => ({ value, currency: 'JPY', basis: 'contract', upTo: false, approximate: false, source: 1, ...extra });

function entry(id: string, date: string, over: Partial<FigureSource['data']> = {}, collection: 'agreements' | 'events' = 'events'): FigureSource {
  return { collection, id, data: { title: id, type: 'fms-notification', date: day(date), systems: [], amounts: [], quantities: [], ...over } };
}

const ENTRIES: FigureSource[] = [
  entry('sm3-2019', '2019-01-09', { systems: ['sm-3'], amounts: [usd(1.15e9)], quantities: [{ count: 56, unit: 'missiles', upTo: true, source: 1 }], transmittal: { number: '18-54', source: 1 } }),
  entry('f35-2020', '2020-07-09', { systems: ['f-35'], amounts: [usd(23.11e9)] }),
  entry('pac3-licence', '2019', { type: 'licence', systems: ['pac-3'], amounts: [jpy(161.1e9, { approximate: true })] }, 'agreements'),
  entry('shared-2020', '2020-03', { type: 'contract', systems: ['sm-3', 'f-35'], amounts: [usd(2e8, { basis: 'contract', upTo: false })] }),
  entry('no-figure', '2021-05-01', { type: 'delivery', systems: ['f-35'] }),
  entry('meeting', '2021-06-01', { type: 'meeting' }),
];

describe('register rows', () => {
  const rows = registerRows(ENTRIES);
  test('holds sales, contracts, licences and deliveries, not meetings, oldest first', () => {
    expect(rows.map((r) => r.id)).toEqual(['sm3-2019', 'pac3-licence', 'shared-2020', 'f35-2020', 'no-figure']);
    expect(rows[0]!.transmittal).toBe('18-54');
  });

  test('sorts by date both ways, by value within each currency, and by system name', () => {
    expect(sortRows(rows, 'date').map((r) => r.id)).toEqual(['no-figure', 'f35-2020', 'shared-2020', 'pac3-licence', 'sm3-2019']);
    expect(sortRows(rows, 'oldest').map((r) => r.id)).toEqual(rows.map((r) => r.id));
    // Dollars before yen, never converted; rows without a figure last.
    expect(sortRows(rows, 'value').map((r) => r.id)).toEqual(['f35-2020', 'sm3-2019', 'shared-2020', 'pac3-licence', 'no-figure']);
    const names: Record<string, string> = { 'sm-3': 'SM-3', 'f-35': 'F-35', 'pac-3': 'PAC-3' };
    expect(sortRows(rows, 'system', (id) => names[id]!).map((r) => r.id)).toEqual(['no-figure', 'f35-2020', 'pac3-licence', 'shared-2020', 'sm3-2019']);
  });

  test('filters by system (listed or named by a figure) and by type', () => {
    expect(filterRows(rows, { system: 'f-35' }).map((r) => r.id)).toEqual(['shared-2020', 'f35-2020', 'no-figure']);
    expect(filterRows(rows, { type: 'licence' }).map((r) => r.id)).toEqual(['pac3-licence']);
    expect(filterRows(rows, { system: 'f-35', type: 'delivery' }).map((r) => r.id)).toEqual(['no-figure']);
  });
});

describe('sums', () => {
  test('never add a ceiling to a contract, nor dollars to yen; "up to" and "about" carry over', () => {
    const sums = sumAmounts([usd(1e9), usd(2e9), usd(5e8, { basis: 'contract', upTo: false }), jpy(3e9, { approximate: true })]);
    expect(sums).toEqual([
      { basis: 'estimated-ceiling', currency: 'USD', total: 3e9, count: 2, upTo: true, approximate: false },
      { basis: 'contract', currency: 'USD', total: 5e8, count: 1, upTo: false, approximate: false },
      { basis: 'contract', currency: 'JPY', total: 3e9, count: 1, upTo: false, approximate: true },
    ]);
  });

  test('a system’s own figures, and figures it shares with other systems', () => {
    const rows = registerRows(ENTRIES);
    const shared = rows.find((r) => r.id === 'shared-2020')!;
    expect(amountsForSystem(shared, 'f-35')).toEqual({ own: [], shared: [shared.amounts[0]] });
    const f35 = rows.find((r) => r.id === 'f35-2020')!;
    expect(amountsForSystem(f35, 'f-35').own).toHaveLength(1);
    expect(amountsForSystem({ systems: ['a', 'b'], amounts: [usd(1, { system: 'b' })] }, 'b').own).toHaveLength(1);
  });

  test('the yearly totals equal the sums of the entries’ values, computed both ways', () => {
    const rows = registerRows(ENTRIES);
    const totals = yearlyTotals(rows);
    // The other way: every entry's figure added to its year's cell, one at a time.
    const expected = new Map<string, number>();
    for (const e of ENTRIES) {
      for (const a of e.data.amounts) {
        const key = `${e.data.date.start.slice(0, 4)}|${a.basis}|${a.currency}`;
        expected.set(key, (expected.get(key) ?? 0) + a.value);
      }
    }
    expect(new Map(totals.map((t) => [`${t.year}|${t.basis}|${t.currency}`, t.total]))).toEqual(expected);
    expect(totals.map((t) => t.year)).toEqual([2019, 2019, 2020, 2020]);
  });
});

import { CURRENCY_ORDER } from '../../src/lib/figures/order';
import { CURRENCIES } from '../../src/schemas/value';
test('value sorts list currencies in the vocabulary’s order', () => expect(CURRENCY_ORDER).toEqual(Object.keys(CURRENCIES)));

import { layoutTotals, TOTALS_CHART } from '../../src/lib/figures/totals-chart';
describe('the chart of values by year', () => {
  const totals = yearlyTotals(registerRows(ENTRIES));
  const chart = layoutTotals(totals, ['USD', 'JPY'], ['estimated-ceiling', 'contract', 'budget', 'programme-cost']);
  test('one panel per currency, one bar per year and basis, the tallest bar the largest total', () => {
    expect(chart.panels.map((p) => p.currency)).toEqual(['USD', 'JPY']);
    expect(chart.panels[0]!.bars).toHaveLength(3);
    const usd = chart.panels[0]!;
    const tallest = usd.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.total).toBe(23.11e9);
    expect(tallest.height).toBeCloseTo(TOTALS_CHART.plotBottom - TOTALS_CHART.plotTop);
    // Bars of one year sit side by side, not on top of each other.
    const y2020 = usd.bars.filter((b) => b.year === 2020);
    expect(y2020[1]!.x).toBeGreaterThanOrEqual(y2020[0]!.x + y2020[0]!.width - 0.01);
    expect(chart.ticks[0]).toBe(2019);
    expect(chart.ticks.at(-1)).toBe(2020);
  });
});
