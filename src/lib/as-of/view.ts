/**
 * The as-of views over a status index: every agreement in its group on a day, and what changed between
 * two days. The static pages (year ends) and the browser (any day) both call these.
 */
import { AS_OF_GROUPS, groupOn, happenedBetween, periodOf, statusOn, stepsBetween, type AsOfGroup, type Step } from './status-on.ts';
import type { IndexAgreement, IndexEvent, StatusIndex } from './status-index.ts';

/** A restriction to one topic or one system (ids); both may be given. */
export interface AsOfFilter {
  topic?: string | undefined;
  system?: string | undefined;
}

function matches(item: { topics: readonly string[]; systems: readonly string[] }, filter: AsOfFilter): boolean {
  return (!filter.topic || item.topics.includes(filter.topic)) && (!filter.system || item.systems.includes(filter.system));
}

export interface AsOfItem {
  agreement: IndexAgreement;
  group: AsOfGroup;
  /** The step that put it in its group (undefined in the "not yet certain" group). */
  step: Step | undefined;
  /** Later steps not yet certain on the day (their month or year has not ended). */
  uncertain: Step[];
}

export interface AsOfGroupList {
  group: AsOfGroup;
  items: AsOfItem[];
}

/** Every agreement begun by the end of `day`, grouped (in AS_OF_GROUPS order, empty groups left out). */
export function asOfDay(index: StatusIndex, day: string, filter: AsOfFilter = {}): AsOfGroupList[] {
  const groups = new Map<AsOfGroup, AsOfItem[]>(AS_OF_GROUPS.map((g) => [g, []]));
  for (const agreement of index.agreements) {
    if (!matches(agreement, filter)) continue;
    const status = statusOn(agreement.steps, day);
    const group = groupOn(status);
    if (group) groups.get(group)!.push({ agreement, group, step: status.current?.step, uncertain: status.uncertain });
  }
  return [...groups].filter(([, items]) => items.length > 0).map(([group, items]) => ({ group, items }));
}

export interface ChangeStep {
  agreement: IndexAgreement;
  step: Step;
}

export interface Changes {
  /** Status steps that became certain in the interval, oldest first. */
  steps: ChangeStep[];
  /** Events in the interval, oldest first. */
  events: IndexEvent[];
}

const periodKey = (start: string) => start.padEnd(10, start.length === 4 ? '-99-99' : '-99').slice(0, 10);

/** What changed after the end of `since` and by the end of `until`. */
export function changesBetween(index: StatusIndex, since: string, until: string, filter: AsOfFilter = {}): Changes {
  const steps = index.agreements
    .filter((a) => matches(a, filter))
    .flatMap((agreement) => stepsBetween(agreement.steps, since, until).map((step) => ({ agreement, step })))
    .sort((x, y) => (periodKey(x.step.date.start) < periodKey(y.step.date.start) ? -1 : periodKey(x.step.date.start) > periodKey(y.step.date.start) ? 1 : 0));
  const events = index.events.filter((e) => matches(e, filter) && happenedBetween(e.date, since, until));
  return { steps, events };
}

/**
 * What changed in each year (from the end of the year before to the end of this one), for every year at
 * once: the same as changesBetween(index, yearEnd(y - 1), yearEnd(y)) for each y, in one pass rather than
 * one pass over the whole record per year. A step or event belongs to the year its whole period ends in.
 */
export function changesByYear(index: StatusIndex): Map<number, Changes> {
  const years = new Map<number, Changes>();
  const of = (year: number) => years.get(year) ?? years.set(year, { steps: [], events: [] }).get(year)!;
  const yearDone = (date: Step['date']) => Number(periodOf(date).last.slice(0, 4));
  for (const agreement of index.agreements) for (const step of agreement.steps) of(yearDone(step.date)).steps.push({ agreement, step });
  for (const event of index.events) of(yearDone(event.date)).events.push(event);
  // Oldest first, by the same key and (stable) order as changesBetween.
  for (const changes of years.values()) changes.steps.sort((x, y) => (periodKey(x.step.date.start) < periodKey(y.step.date.start) ? -1 : periodKey(x.step.date.start) > periodKey(y.step.date.start) ? 1 : 0));
  return years;
}

/** The last day of a year, "2023-12-31": the day each static as-of page shows. */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The years the record spans, first step or event to last, every year in between included. */
export function yearsSpanned(index: StatusIndex): number[] {
  let first = Infinity;
  let last = -Infinity;
  const see = (d: { start: string; end?: string | undefined }) => {
    first = Math.min(first, Number(d.start.slice(0, 4)));
    last = Math.max(last, Number((d.end ?? d.start).slice(0, 4)));
  };
  for (const a of index.agreements) a.steps.forEach((s) => see(s.date));
  for (const e of index.events) see(e.date);
  return first > last ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
