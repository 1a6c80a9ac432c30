/**
 * An agreement's status on a chosen day, from its dated status history, at the precision the sources give.
 *
 * A step counts from the end of its day. A step known only to the month (or year, or a span of days)
 * counts once that whole period has passed: "adopted April 1967" is certain on 30 April 1967, not before.
 * On a day inside the period the step is "not yet certain": it may or may not have happened yet, and the
 * pages say so rather than pick a side. Any step before a certain one is certain too (history is in order).
 */
import type { Status } from '../../schemas/status.ts';
import type { DatePrecision } from '../../schemas/date.ts';

/** A date as the schema gives it, or as the status index stores it. */
export interface DatedText {
  start: string;
  end?: string | undefined;
  precision: DatePrecision;
}

export interface Step {
  status: Status;
  date: DatedText;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The first and last day the date could be. */
export function periodOf(date: DatedText): { first: string; last: string } {
  if (date.precision === 'year') return { first: `${date.start}-01-01`, last: `${date.start}-12-31` };
  if (date.precision === 'month') return { first: `${date.start}-01`, last: lastDayOfMonth(date.start) };
  return { first: date.start, last: date.end ?? date.start };
}

/** Whether a dated step has happened by the end of `day`: certainly, not yet, or not certain (the day is inside its period). */
export function stepState(date: DatedText, day: string): 'done' | 'within' | 'after' {
  const { first, last } = periodOf(date);
  if (last <= day) return 'done';
  return first > day ? 'after' : 'within';
}

export interface StatusOn<S extends Step = Step> {
  /** The last step certainly taken by the end of the day, with its place in the history; undefined if none. */
  current: { index: number; step: S } | undefined;
  /** Later steps whose period contains the day: they may have been taken yet. */
  uncertain: S[];
}

export function statusOn<S extends Step>(history: readonly S[], day: string): StatusOn<S> {
  let last = -1;
  history.forEach((step, i) => {
    if (stepState(step.date, day) === 'done') last = i;
  });
  const uncertain = history.slice(last + 1).filter((step) => stepState(step.date, day) === 'within');
  return { current: last >= 0 ? { index: last, step: history[last]! } : undefined, uncertain };
}

/** How the as-of pages group agreements, in the order they show the groups. */
export const AS_OF_GROUPS = ['in-effect', 'amended', 'pending', 'uncertain', 'ended'] as const;
export type AsOfGroup = (typeof AS_OF_GROUPS)[number];

/**
 * The group of a status. "Signed" sits with the steps before entry into force: the record says an
 * agreement was signed, not whether it then took effect, so the page does not claim it did.
 */
export function groupOfStatus(status: Status): Exclude<AsOfGroup, 'uncertain'> {
  switch (status) {
    case 'adopted':
    case 'in-effect':
    case 'implemented':
      return 'in-effect';
    case 'amended':
      return 'amended';
    case 'superseded':
    case 'expired':
      return 'ended';
    default:
      return 'pending';
  }
}

/** The group an agreement belongs in on a day, or undefined if no step of it has begun (it is not yet in the record). */
export function groupOn(status: StatusOn): AsOfGroup | undefined {
  if (status.current) return groupOfStatus(status.current.step.status);
  return status.uncertain.length > 0 ? 'uncertain' : undefined;
}

/**
 * The steps that became certain after the end of `since` and by the end of `until`: what changed between
 * the two days. A step known only to the month counts once the month has ended.
 */
export function stepsBetween<S extends Step>(history: readonly S[], since: string, until: string): S[] {
  return history.filter((step) => stepState(step.date, since) !== 'done' && stepState(step.date, until) === 'done');
}

/** Whether a dated thing (an event) falls after `since` and certainly by `until`, by the same rule. */
export function happenedBetween(date: DatedText, since: string, until: string): boolean {
  return stepState(date, since) !== 'done' && stepState(date, until) === 'done';
}

/** A date written in the index or a URL ("2023", "2023-01", "2023-01-12", "2024-06-09/2024-06-10") with its precision. */
export function parseDated(text: string): DatedText {
  const [start = '', end] = text.split('/');
  return { start, end, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day' };
}
