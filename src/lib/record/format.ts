// Dates in words and in `datetime` form, no more precise than the sources.
import type { DatePrecision } from '../../schemas/date.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Any date with a precision: a validated PartialDate or its published form. */
type DatedText = { start: string; end?: string | undefined; precision: DatePrecision };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string) {
  const [y, m, d] = day.split('-');
  return { year: y!, month: m ? MONTHS[Number(m) - 1]! : undefined, day: d ? String(Number(d)) : undefined };
}

/** "12 January 2023", "January 2023", "2023", or "9–10 June 2024": no more precise than the source. */
export function formatDate(date: DatedText, locale: Locale = 'en'): string {
  if (locale === 'ja') return formatDateJa(date);
  const start = parts(date.start);
  if (date.end) {
    const end = parts(date.end);
    if (start.year === end.year && start.month === end.month) return `${start.day}–${end.day} ${end.month} ${end.year}`;
    if (start.year === end.year) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
    return `${start.day} ${start.month} ${start.year} – ${end.day} ${end.month} ${end.year}`;
  }
  return [start.day, start.month, start.year].filter(Boolean).join(' ');
}

/** A valid `datetime` attribute value for <time>: "2023", "2023-01" and "2023-01-12" all are. */
export function machineDate(date: DatedText): string {
  return date.start;
}

export function yearOf(date: DatedText): number {
  return Number(date.start.slice(0, 4));
}

function partsJa(day: string) {
  const [y, m, d] = day.split('-');
  return { year: `${y}年`, month: m ? `${Number(m)}月` : '', day: d ? `${Number(d)}日` : '' };
}

/** "2023年1月12日", "2023年1月", "1967年", or "2024年6月9日～10日": the Japanese way, no more precise than the source. */
export function formatDateJa(date: DatedText): string {
  const start = partsJa(date.start);
  const first = `${start.year}${start.month}${start.day}`;
  if (!date.end) return first;
  const end = partsJa(date.end);
  if (start.year === end.year && start.month === end.month) return `${first}～${end.day}`;
  if (start.year === end.year) return `${first}～${end.month}${end.day}`;
  return `${first}～${end.year}${end.month}${end.day}`;
}
