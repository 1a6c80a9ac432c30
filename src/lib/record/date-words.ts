// How precise a date is, in words a reader understands (English and Japanese).
import type { DatePrecision } from '../../schemas/date.ts';
import { CITATION, citationNumbers } from '../../plugins/syntax.ts';
import { formatDate } from './format.ts';
import type { Locale } from '../../i18n/locales.ts';

type DatedText = { start: string; end?: string | undefined; precision: DatePrecision };

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * What a reader should know about how precise a date is, in words, or undefined for a single known day:
 * "Known to the month only: the sources give October 2024, not the day." / "A span of two days."
 */
export function datePrecisionWords(date: DatedText, locale: Locale = 'en'): string | undefined {
  if (locale === 'ja') return datePrecisionWordsJa(date);
  if (date.end) {
    const days = daysBetween(date.start, date.end);
    return `A span of ${NUMBER_WORDS[days] ?? days} days.`;
  }
  if (date.precision === 'month') return `Known to the month only: the sources give ${formatDate(date)}, not the day.`;
  if (date.precision === 'year') return `Known to the year only: the sources give ${formatDate(date)}, not the month or day.`;
  return undefined;
}

/** The same in Japanese: 「日付は月まで判明（日は不明）」, 「2日間にわたる」. */
export function datePrecisionWordsJa(date: DatedText): string | undefined {
  if (date.end) return `${daysBetween(date.start, date.end)}日間にわたる。`;
  if (date.precision === 'month') return `日付は月まで判明（日は不明）：出典は${formatDate(date, 'ja')}とする。`;
  if (date.precision === 'year') return `日付は年まで判明（月日は不明）：出典は${formatDate(date, 'ja')}とする。`;
  return undefined;
}

/** A date note split into text and [@n] citations, for rendering with links to the numbered sources. */
export type NotePart = { text: string } | { cite: number[] };

export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of note.matchAll(CITATION)) {
    if (match.index > last) parts.push({ text: note.slice(last, match.index) });
    parts.push({ cite: citationNumbers(match[1]!) });
    last = match.index + match[0].length;
  }
  if (last < note.length) parts.push({ text: note.slice(last) });
  return parts;
}

/** The note as plain text (for feeds and data), citations written as "[1]". */
export function notePlainText(note: string): string {
  return noteParts(note).map((p) => ('text' in p ? p.text : `[${p.cite.join(', ')}]`)).join('');
}
