/**
 * Layout of the threads chart: the whole record on one compressed time axis, one lane per topic.
 * Pure geometry in viewBox units, so it is unit-tested; src/components/ThreadsChart.astro draws it.
 *
 * - Each entry is one mark, in the lane of its first topic that is a lane, at its date; its other topics get an
 *   echo (a small dot, decoration only) at the same x.
 * - The axis gives each year the width its busiest lane needs, collapses long runs of empty years into a break,
 *   and stretches the rest to fill the width, so sparse decades stay short and dense years stay legible.
 * - Within a lane, marks never sit closer than `markGap` and keep the timeline's order. A lane-year cell holding
 *   more than the cell can show becomes one count badge linking to the year's page.
 */
import type { PartialDate } from '../../schemas/date.ts';
import type { Status } from '../../schemas/status.ts';

export interface ChartEntry {
  id: string;
  url: string;
  title: string;
  kind: 'agreements' | 'events';
  date: PartialDate;
  status: Status | undefined;
  topics: readonly string[];
  actors: readonly string[];
  /** An agreement's dated statuses, oldest first; two or more draw a line from first to last. */
  history?: readonly { status: Status; date: PartialDate }[] | undefined;
}

export interface ChartOptions {
  /** viewBox width. */
  width: number;
  /** The widest the viewBox may grow to keep marks as marks (a long record), before cells become badges. */
  maxWidth: number;
  margin: number;
  /** Heights within a lane: the label row, then the marks, echoes and status lines below it. */
  labelRow: number;
  markRadius: number;
  /** Least distance between the centres of two marks in one lane. */
  markGap: number;
  /** A lane-year cell with more entries than this becomes a count badge, whatever the width. */
  maxPerCell: number;
  /** Runs of at least this many empty years become one axis break. */
  breakYears: number;
  breakWidth: number;
  emptyYearWidth: number;
  minYearWidth: number;
  /** Width of a badge before the axis is stretched. */
  badgeWidth: number;
  axisHeight: number;
  /** Font sizes, for keeping labels apart. */
  labelFont: number;
  tickFont: number;
}

export const CHART_DEFAULTS: ChartOptions = {
  width: 440,
  maxWidth: 800,
  margin: 4,
  labelRow: 12,
  markRadius: 4,
  markGap: 10,
  maxPerCell: 12,
  breakYears: 3,
  breakWidth: 10,
  emptyYearWidth: 3,
  minYearWidth: 14,
  badgeWidth: 16,
  axisHeight: 18,
  labelFont: 10.5,
  tickFont: 10,
};

/** Rows inside a lane, from its top. */
export const LANE = { markY: 18, echoY: 26, historyY: 30, historyStep: 3, historyTracks: 2, height: 35 } as const;

export type StatusGroup = 'active' | 'pending' | 'ended';
/** Colour groups for statuses: in force, not yet in force, no longer in force. */
export function statusGroup(status: Status | undefined): StatusGroup | undefined {
  if (!status) return undefined;
  if (status === 'superseded' || status === 'expired') return 'ended';
  if (status === 'proposed' || status === 'announced' || status === 'under-negotiation') return 'pending';
  return 'active';
}

export interface AxisSegment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** A break stands for a run of empty years drawn narrow. */
  kind: 'year' | 'break';
}

export interface ChartMark {
  entry: ChartEntry;
  lane: number;
  year: number;
  x: number;
  y: number;
}
export interface ChartEcho {
  id: string;
  lane: number;
  x: number;
  y: number;
  kind: ChartEntry['kind'];
}
export interface ChartBadge {
  lane: number;
  year: number;
  count: number;
  x0: number;
  x1: number;
  y: number;
  /** 1–4, by count relative to the fullest cell. */
  level: 1 | 2 | 3 | 4;
  /** Whether the count fits inside the badge as text. */
  showCount: boolean;
}
export interface ChartHistory {
  id: string;
  lane: number;
  y: number;
  points: { x: number; status: Status }[];
}
export interface ChartTick {
  year: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}
export interface ChartLane {
  id: string;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  lanes: ChartLane[];
  segments: AxisSegment[];
  ticks: ChartTick[];
  marks: ChartMark[];
  echoes: ChartEcho[];
  badges: ChartBadge[];
  histories: ChartHistory[];
  /** The y of the axis line. */
  axisY: number;
  /** Cells holding more than this many entries were aggregated. */
  cellLimit: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const yearOf = (date: PartialDate) => Number(date.start.slice(0, 4));

/** Where in its year a date falls, 0–1: a day at its day, a month at its middle, a bare year at its middle. */
export function yearFraction(date: PartialDate): number {
  const [y, m, d] = date.start.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return 0.5;
  if (d === undefined) return (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return ((Date.UTC(y, m - 1, d) - start) / 86_400_000 + 0.5) / days;
}

/**
 * Lays out the chart. `entries` must be in timeline order (oldest first); `lanes` are topic ids in the
 * vocabulary's order. An entry none of whose topics is a lane is left out.
 */
export function layoutChart(entries: readonly ChartEntry[], lanes: readonly string[], options: Partial<ChartOptions> = {}): ChartLayout {
  const o = { ...CHART_DEFAULTS, ...options };
  const laneIndex = new Map(lanes.map((id, i) => [id, i]));
  const placed = entries.flatMap((entry) => {
    const lane = entry.topics.map((t) => laneIndex.get(t)).find((i) => i !== undefined);
    return lane === undefined ? [] : [{ entry, lane, year: yearOf(entry.date) }];
  });

  const laneTop = (lane: number) => lane * LANE.height;
  const axisY = lanes.length * LANE.height + 2;
  const height = axisY + o.axisHeight;
  const laneRows = lanes.map((id, i) => ({ id, y: laneTop(i) }));
  if (placed.length === 0) {
    return { width: o.width, height, lanes: laneRows, segments: [], ticks: [], marks: [], echoes: [], badges: [], histories: [], axisY, cellLimit: o.maxPerCell };
  }

  // Cells: lane × year → entries in order.
  const cells = new Map<string, typeof placed>();
  const key = (lane: number, year: number) => `${lane}:${year}`;
  for (const p of placed) cells.set(key(p.lane, p.year), [...(cells.get(key(p.lane, p.year)) ?? []), p]);

  const years = placed.map((p) => p.year);
  const historyYears = entries.flatMap((e) => (e.history ?? []).map((h) => yearOf(h.date)));
  const first = Math.min(...years, ...historyYears);
  const last = Math.max(...years, ...historyYears);
  const busiest = new Map<number, number[]>();
  for (const [k, list] of cells) {
    const year = Number(k.split(':')[1]);
    busiest.set(year, [...(busiest.get(year) ?? []), list.length]);
  }

  // Units of the axis before stretching: years with entries, single empty years, and breaks.
  type Unit = { from: number; to: number; kind: 'year' | 'break' | 'empty' };
  const units: Unit[] = [];
  for (let y = first; y <= last; y++) {
    if (busiest.has(y)) {
      units.push({ from: y, to: y, kind: 'year' });
      continue;
    }
    let end = y;
    while (end + 1 <= last && !busiest.has(end + 1)) end++;
    if (end - y + 1 >= o.breakYears) units.push({ from: y, to: end, kind: 'break' });
    else for (let e = y; e <= end; e++) units.push({ from: e, to: e, kind: 'empty' });
    y = end;
  }
  let width = o.width;
  const available = () => width - 2 * o.margin;
  // A year's floor: the tick label's room, given up (down to one mark's room) before marks become badges.
  let minYear = o.minYearWidth;
  const need = (unit: Unit, limit: number) => {
    if (unit.kind === 'break') return o.breakWidth;
    if (unit.kind === 'empty') return o.emptyYearWidth;
    const counts = busiest.get(unit.from)!;
    return Math.max(minYear, ...counts.map((n) => (n > limit ? o.badgeWidth : n * o.markGap)));
  };
  // The largest per-cell limit whose widths fit; at 0 every cell is a badge and the axis shrinks to fit.
  let limit = o.maxPerCell;
  const total = (l: number) => units.reduce((sum, u) => sum + need(u, l), 0);
  // First the year floor gives way, then the chart widens (it scales to its box), and only then do marks become badges.
  while (limit > 0 && total(limit) > available()) {
    if (minYear > o.markGap) minYear--;
    else if (width < o.maxWidth) width = Math.min(o.maxWidth, total(limit) + 2 * o.margin);
    else limit--;
  }
  const scale = available() / total(limit);

  const segments: AxisSegment[] = [];
  let x = o.margin;
  for (const unit of units) {
    const w = need(unit, limit) * scale;
    segments.push({ from: unit.from, to: unit.to, x0: x, x1: x + w, kind: unit.kind === 'break' ? 'break' : 'year' });
    x += w;
  }
  const segmentOf = (year: number) => segments.find((s) => year >= s.from && year <= s.to)!;
  /** x of a date on the axis, before marks are kept apart. */
  const idealX = (date: PartialDate) => {
    const year = yearOf(date);
    const s = segmentOf(year);
    const span = s.to - s.from + 1;
    const pad = s.kind === 'year' ? Math.min(o.markGap / 2, (s.x1 - s.x0) / 2) : 0;
    return s.x0 + pad + ((year - s.from + yearFraction(date)) / span) * (s.x1 - s.x0 - 2 * pad);
  };

  const marks: ChartMark[] = [];
  const badges: ChartBadge[] = [];
  const aggregated = new Set<string>();
  const fullest = Math.max(...[...cells.values()].map((l) => l.length));
  for (const [k, list] of cells) {
    const { lane, year } = list[0]!;
    const s = segmentOf(year);
    if (list.length > limit) {
      aggregated.add(k);
      const digits = String(list.length).length;
      const level = Math.min(4, Math.max(1, Math.ceil((4 * list.length) / fullest))) as ChartBadge['level'];
      badges.push({ lane, year, count: list.length, x0: round(s.x0 + 0.5), x1: round(s.x1 - 0.5), y: laneTop(lane) + LANE.markY, level, showCount: digits * o.tickFont * 0.62 + 3 <= s.x1 - s.x0 - 1 });
      continue;
    }
    // Forward: keep order and distance; backward: pull the tail back inside the year.
    const lo = s.x0 + o.markGap / 2;
    const hi = s.x1 - o.markGap / 2;
    const xs = list.map((p) => Math.min(hi, Math.max(lo, idealX(p.entry.date))));
    for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + o.markGap);
    xs[xs.length - 1] = Math.min(xs.at(-1)!, hi);
    for (let i = xs.length - 2; i >= 0; i--) xs[i] = Math.min(xs[i]!, xs[i + 1]! - o.markGap);
    list.forEach((p, i) => marks.push({ entry: p.entry, lane, year, x: round(xs[i]!), y: laneTop(lane) + LANE.markY }));
  }
  const order = new Map(placed.map((p, i) => [p.entry.id, i]));
  marks.sort((a, b) => a.lane - b.lane || order.get(a.entry.id)! - order.get(b.entry.id)!);
  badges.sort((a, b) => a.lane - b.lane || a.year - b.year);

  const echoes: ChartEcho[] = [];
  for (const m of marks) {
    const others = new Set(m.entry.topics.map((t) => laneIndex.get(t)).filter((i): i is number => i !== undefined && i !== m.lane));
    for (const lane of others) {
      if (aggregated.has(key(lane, m.year))) continue;
      echoes.push({ id: m.entry.id, lane, x: m.x, y: laneTop(lane) + LANE.echoY, kind: m.entry.kind });
    }
  }

  // Status lines, each on the first free track of its lane.
  const histories: ChartHistory[] = [];
  const trackEnds = lanes.map(() => [] as number[]);
  for (const m of marks) {
    const history = m.entry.history ?? [];
    if (history.length < 2) continue;
    const at = history.findIndex((h) => h.date.start === m.entry.date.start);
    let run = -Infinity;
    const points = history.map((h, i) => {
      run = Math.max(run, i === at ? m.x : idealX(h.date));
      return { x: round(run), status: h.status };
    });
    const ends = trackEnds[m.lane]!;
    // A line that starts where another ends shares its track: one agreement taking over from another reads as a chain.
    let track = ends.findIndex((end) => end <= points[0]!.x + 0.5);
    if (track < 0) track = Math.min(ends.length, LANE.historyTracks - 1);
    ends[track] = Math.max(ends[track] ?? -Infinity, points.at(-1)!.x);
    histories.push({ id: m.entry.id, lane: m.lane, y: laneTop(m.lane) + LANE.historyY + track * LANE.historyStep, points });
  }

  return { width, height, lanes: laneRows, segments, ticks: ticksFor(segments, busiest, { ...o, width }), marks, echoes, badges, histories, axisY, cellLimit: limit };
}

/**
 * Year labels that never overlap: the first and last year, then decades, then the busiest years, each kept only
 * if it clears the labels already placed. Only years with entries get one.
 */
/** Room a four-digit year label needs, with a little space either side. */
export function tickLabelWidth(o: ChartOptions = CHART_DEFAULTS): number {
  return o.tickFont * 0.58 * 4 + 4;
}

function ticksFor(segments: readonly AxisSegment[], busiest: Map<number, number[]>, o: ChartOptions): ChartTick[] {
  const years = segments.filter((s) => s.kind === 'year' && busiest.has(s.from));
  if (years.length === 0) return [];
  const label = tickLabelWidth(o);
  const total = (y: number) => (busiest.get(y) ?? []).reduce((a, b) => a + b, 0);
  const priority = (s: AxisSegment) => [
    s === years[0] || s === years.at(-1) ? 0 : 1,
    s.from % 10 === 0 ? 0 : 1,
    -total(s.from),
    s.from,
  ];
  const ranked = [...years].sort((a, b) => {
    const pa = priority(a);
    const pb = priority(b);
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
    return 0;
  });
  const chosen: { year: number; left: number; right: number; x: number; anchor: ChartTick['anchor'] }[] = [];
  for (const s of ranked) {
    const mid = (s.x0 + s.x1) / 2;
    let anchor: ChartTick['anchor'] = 'middle';
    let left = mid - label / 2;
    let right = mid + label / 2;
    let x = mid;
    if (left < o.margin) [anchor, x, left, right] = ['start', Math.max(o.margin, s.x0), Math.max(o.margin, s.x0), Math.max(o.margin, s.x0) + label];
    else if (right > o.width - o.margin) [anchor, x, left, right] = ['end', Math.min(o.width - o.margin, s.x1), Math.min(o.width - o.margin, s.x1) - label, Math.min(o.width - o.margin, s.x1)];
    if (chosen.some((c) => left < c.right && right > c.left)) continue;
    chosen.push({ year: s.from, left, right, x: round(x), anchor });
  }
  return chosen.sort((a, b) => a.year - b.year).map(({ year, x, anchor }) => ({ year, x, anchor }));
}
