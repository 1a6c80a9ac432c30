/** Links to the as-of pages from elsewhere: an entry's date, a topic. */
import { localePath, type Locale } from '../../i18n/locales.ts';
import { isDay } from './status-on.ts';

/**
 * "The record as of this date" for an entry's date: the year's page, with `?date=` when the date is a
 * single known day (a month or a year is shown at its year's end, the only day it is certain by).
 */
export function asOfLink(locale: Locale, date: { start: string; end?: string | undefined }, years: readonly number[]): string | undefined {
  const day = date.end ?? date.start;
  const year = Number(day.slice(0, 4));
  if (!years.includes(year)) return undefined;
  const base = localePath(locale, `/as-of/${year}/`);
  return isDay(day) && !day.endsWith('-12-31') ? `${base}?date=${day}` : base;
}

/** The latest year's page restricted to one topic or system (the browser applies it; without JavaScript, every agreement). */
export function asOfRestrictedLink(locale: Locale, param: 'topic' | 'system', id: string, years: readonly number[]): string | undefined {
  const last = years.at(-1);
  return last === undefined ? undefined : `${localePath(locale, `/as-of/${last}/`)}?${param}=${encodeURIComponent(id)}`;
}
