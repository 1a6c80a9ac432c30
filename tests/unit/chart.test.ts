import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { timeline, type AnyEntry } from '../../src/lib/record/records';
import { CHART_DEFAULTS, LANE, layoutChart, tickLabelWidth, yearFraction, type ChartEntry, type ChartLayout } from '../../src/lib/record/chart';
import { partialDateSchema } from '../../src/schemas/date';
import type { Status } from '../../src/schemas/status';

const date = (text: string) => partialDateSchema.parse(text);
const LANES = ['a', 'b', 'c'];
let n = 0;
function entry(when: string, topics: string[], extra: Partial<ChartEntry> = {}): ChartEntry {
  const id = `e${n++}`;
  return { id, url: `/events/${id}/`, title: id, kind: 'events', date: date(when), status: undefined, topics, actors: [], ...extra };
}
const xOf = (chart: ChartLayout, id: string) => chart.marks.find((m) => m.entry.id === id)!.x;

/** Properties every layout must have, whatever the content. */
function checkInvariants(chart: ChartLayout, entries: readonly ChartEntry[]) {
  const o = CHART_DEFAULTS;
  // Every entry is exactly once a mark, or counted once in a badge.
  const counted = chart.marks.length + chart.badges.reduce((sum, b) => sum + b.count, 0);
  expect(counted).toBe(entries.length);
  expect(new Set(chart.marks.map((m) => m.entry.id)).size).toBe(chart.marks.length);
  for (const m of chart.marks) {
    expect(m.x).toBeGreaterThanOrEqual(o.margin);
    expect(m.x).toBeLessThanOrEqual(chart.width - o.margin);
  }
  // Within a lane: timeline order, never closer than markGap (allowing for rounding).
  const order = new Map(entries.map((e, i) => [e.id, i]));
  for (let lane = 0; lane < chart.lanes.length; lane++) {
    const inLane = chart.marks.filter((m) => m.lane === lane).sort((a, b) => order.get(a.entry.id)! - order.get(b.entry.id)!);
    for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.x - inLane[i - 1]!.x).toBeGreaterThanOrEqual(o.markGap - 0.11);
    const badges = chart.badges.filter((b) => b.lane === lane);
    for (const b of badges) for (const m of inLane) expect(m.x + o.markRadius <= b.x0 || m.x - o.markRadius >= b.x1).toBe(true);
  }
  // Time runs left to right across lanes: every mark of a year lies left of every mark of a later year.
  const years = [...new Set(chart.marks.map((m) => m.year))].sort((a, b) => a - b);
  for (let i = 1; i < years.length; i++) {
    const before = Math.max(...chart.marks.filter((m) => m.year === years[i - 1]).map((m) => m.x));
    const after = Math.min(...chart.marks.filter((m) => m.year === years[i]).map((m) => m.x));
    expect(after).toBeGreaterThan(before);
  }
  // The axis fills the width and its segments touch.
  expect(chart.segments[0]!.x0).toBeCloseTo(o.margin);
  expect(chart.segments.at(-1)!.x1).toBeCloseTo(chart.width - o.margin);
  for (let i = 1; i < chart.segments.length; i++) expect(chart.segments[i]!.x0).toBeCloseTo(chart.segments[i - 1]!.x1);
  // Year labels never overlap.
  const label = tickLabelWidth(o) - 4;
  const spans = chart.ticks.map((t) => (t.anchor === 'start' ? [t.x, t.x + label] : t.anchor === 'end' ? [t.x - label, t.x] : [t.x - label / 2, t.x + label / 2]) as [number, number]);
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  for (const [l, r] of spans) {
    expect(l).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThanOrEqual(chart.width);
  }
}

describe('yearFraction', () => {
  test('a day at its day, a month and a bare year at their middle', () => {
    expect(yearFraction(date('2023-01-01'))).toBeCloseTo(0.5 / 365);
    expect(yearFraction(date('2024-12-31'))).toBeCloseTo(365.5 / 366);
    expect(yearFraction(date('2023-07'))).toBeCloseTo(6.5 / 12);
    expect(yearFraction(date('1967'))).toBe(0.5);
    expect(yearFraction(date('2024-06-09/2024-06-10'))).toBe(yearFraction(date('2024-06-09')));
  });
});

describe('layoutChart', () => {
  test('one mark per entry, in the lane of its first topic, echoes in its other lanes', () => {
    const entries = [entry('2001-05-01', ['b', 'a', 'c']), entry('2002', ['c'])];
    const chart = layoutChart(entries, LANES);
    expect(chart.marks.map((m) => [m.entry.id, m.lane])).toEqual([[entries[0]!.id, 1], [entries[1]!.id, 2]]);
    expect(chart.marks[0]!.y).toBe(chart.lanes[1]!.y + LANE.markY);
    expect(chart.echoes.map((e) => [e.id, e.lane, e.x])).toEqual([[entries[0]!.id, 0, chart.marks[0]!.x], [entries[0]!.id, 2, chart.marks[0]!.x]]);
    expect(chart.badges).toEqual([]);
    checkInvariants(chart, entries);
  });

  test('an entry with no lane among its topics is left out; no entries, no marks', () => {
    expect(layoutChart([entry('2001', ['zzz'])], LANES).marks).toEqual([]);
    expect(layoutChart([], LANES)).toMatchObject({ marks: [], lanes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
  });

  test('long runs of empty years become one narrow break; busy years get room for their marks', () => {
    const entries = [entry('1954-07-01', ['a']), ...Array.from({ length: 8 }, (_, i) => entry(`2024-0${1 + i}-01`, ['a'])), entry('2026', ['b'])];
    const chart = layoutChart(entries, LANES);
    const gap = chart.segments.find((s) => s.kind === 'break')!;
    expect(gap).toMatchObject({ from: 1955, to: 2023 });
    const y2024 = chart.segments.find((s) => s.from === 2024)!;
    expect(y2024.x1 - y2024.x0).toBeGreaterThanOrEqual(8 * CHART_DEFAULTS.markGap);
    expect(gap.x1 - gap.x0).toBeLessThan(y2024.x1 - y2024.x0);
    expect(chart.ticks.map((t) => t.year)).toEqual(expect.arrayContaining([1954, 2024, 2026]));
    checkInvariants(chart, entries);
  });

  test('same-day and crowded marks keep the timeline order and their distance, inside their year', () => {
    const entries = [entry('2023-01-11', ['a']), entry('2023-01-12', ['a']), entry('2023-01-12', ['a']), entry('2023-12-31', ['a']), entry('2023-12', ['a']), entry('2023', ['a']), entry('2024-01-01', ['a'])];
    const chart = layoutChart(entries, LANES);
    const xs = entries.map((e) => xOf(chart, e.id));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const y2023 = chart.segments.find((s) => s.from === 2023)!;
    for (const x of xs.slice(0, 6)) expect(x).toBeLessThan(y2023.x1);
    expect(xs[6]).toBeGreaterThan(y2023.x1);
    checkInvariants(chart, entries);
  });

  test('a crowded cell past maxPerCell becomes one badge counting its entries, and takes no echoes', () => {
    const crowd = Array.from({ length: 5 }, (_, i) => entry(`2020-0${i + 1}-01`, ['a']));
    const other = entry('2020-03-01', ['b', 'a']);
    const entries = [...crowd, other];
    const chart = layoutChart(entries, LANES, { maxPerCell: 4 });
    expect(chart.badges).toEqual([expect.objectContaining({ lane: 0, year: 2020, count: 5, level: 4, showCount: true })]);
    expect(chart.marks.map((m) => m.entry.id)).toEqual([other.id]);
    expect(chart.echoes).toEqual([]);
    checkInvariants(chart, entries);
  });

  test('an agreement with a status history gets a line from its first status to its last, through its mark', () => {
    const history = (pairs: [Status, string][]) => pairs.map(([status, d]) => ({ status, date: date(d) }));
    const old = entry('1967-04', ['a'], { kind: 'agreements', status: 'superseded', history: history([['adopted', '1967-04'], ['superseded', '2014-04-01']]) });
    const next = entry('2014-04-01', ['a'], { kind: 'agreements', status: 'amended', history: history([['adopted', '2014-04-01'], ['amended', '2023-12-22']]) });
    const single = entry('2023-12-22', ['a'], { kind: 'agreements', status: 'adopted', history: history([['adopted', '2023-12-22']]) });
    const overlapping = entry('2024-01', ['a'], { kind: 'agreements', status: 'signed', history: history([['announced', '2020-05'], ['signed', '2024-01']]) });
    const entries = [old, next, single, overlapping];
    const chart = layoutChart(entries, LANES);
    expect(chart.histories.map((h) => h.id)).toEqual([old.id, next.id, overlapping.id]);
    const [h1, h2, h3] = chart.histories;
    expect(h1!.points.map((p) => p.status)).toEqual(['adopted', 'superseded']);
    expect(h1!.points[0]!.x).toBe(xOf(chart, old.id));
    expect(h2!.points[0]!.x).toBe(xOf(chart, next.id));
    expect(h1!.points[1]!.x).toBeLessThan(h2!.points[1]!.x);
    // The second line starts where the first ends (both 2014), so it shares its track; the third overlaps it.
    expect(h2!.y).toBe(h1!.y);
    expect(h3!.y).toBeGreaterThan(h2!.y);
    expect(h3!.points.map((p) => p.x)).toEqual([expect.any(Number), xOf(chart, overlapping.id)]);
    expect(h3!.points[0]!.x).toBeLessThan(h3!.points[1]!.x);
    checkInvariants(chart, entries);
  });

  test('a long record first narrows the year floor, then widens the chart up to maxWidth, and only then makes badges', () => {
    // 60 busy years with one entry each in two lanes: at 14 units a year they overflow 440 units, at 10 they still do.
    const entries = Array.from({ length: 60 }, (_, i) => [entry(`${1960 + i}-03`, ['a']), entry(`${1960 + i}-09`, ['b'])]).flat();
    const chart = layoutChart(entries, ['a', 'b']);
    expect(chart.width).toBeGreaterThan(CHART_DEFAULTS.width);
    expect(chart.width).toBeLessThanOrEqual(CHART_DEFAULTS.maxWidth);
    expect(chart.badges).toEqual([]);
    expect(chart.marks).toHaveLength(entries.length);
    checkInvariants(chart, entries);
    // Past maxWidth, cells become badges and the width stays bounded.
    const crowded = Array.from({ length: 60 }, (_, i) => Array.from({ length: 8 }, (_, k) => entry(`${1960 + i}-${String(k + 1).padStart(2, '0')}`, ['a']))).flat();
    const wide = layoutChart(crowded, ['a']);
    expect(wide.width).toBe(CHART_DEFAULTS.maxWidth);
    expect(wide.cellLimit).toBeLessThan(8);
    checkInvariants(wide, crowded);
  });

  test('the real record: nothing aggregates, every entry is a mark', () => {
    const records = timeline(checkContent('content').entries as AnyEntry[]);
    const entries: ChartEntry[] = records.map((r) => ({ id: r.id, url: r.url, title: r.title, kind: r.collection, date: r.date, status: r.status, topics: r.topics, actors: r.actors }));
    // Every thread of the vocabulary, in its order (main added sustainment-and-acquisition).
    const chart = layoutChart(entries, checkContent('content').entries.filter((e) => e.collection === 'topics').map((e) => e.id));
    expect(chart.badges).toEqual([]);
    expect(chart.marks).toHaveLength(records.length);
    checkInvariants(chart, entries);
  });

  test('5,000 entries over 67 years: every cell becomes a badge, nothing overlaps, and the size stays bounded', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const topics = ['a', 'b', 'c', 'd', 'e', 'f'];
    const entries = Array.from({ length: 5000 }, () => {
      const y = 1960 + Math.floor(rnd() * 67);
      return entry(`${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`, [topics[Math.floor(rnd() * 6)]!, topics[Math.floor(rnd() * 6)]!]);
    }).sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
    const chart = layoutChart(entries, topics);
    expect(chart.cellLimit).toBe(0);
    expect(chart.marks).toEqual([]);
    expect(chart.badges.length).toBeLessThanOrEqual(67 * 6);
    checkInvariants(chart, entries);
  });
});

describe('topic order', () => {
  test('follows content/topics.yaml, not the alphabet: the checked loader stores each topic with its place in the file', async () => {
    const { checkedLoader, checkedContent } = await import('../../src/lib/content/loader');
    checkedContent('content', true);
    const saved = new Map<string, { id: string; data: { order: number } }>();
    const context = {
      store: { keys: () => [...saved.keys()], get: (id: string) => saved.get(id), set: (e: { id: string; data: { order: number } }) => (saved.set(e.id, e), true), delete: (id: string) => saved.delete(id) },
      generateDigest: (s: string) => s,
      renderMarkdown: async () => ({ html: '', metadata: {} }),
      logger: { info() {}, warn() {}, error() {} },
    };
    await checkedLoader('topics').load(context as never);
    const order = [...saved.values()].sort((a, b) => a.data.order - b.data.order).map((t) => t.id);
    expect(order.slice(0, 3)).toEqual(['export-rules', 'missile-defense', 'co-production']);
    expect(order).not.toEqual([...order].sort());
  });
});
