// Reviews that come due: entries not checked against their sources for a while, and translations older than their entry.
import { dayDateSchema } from '../../schemas/date.ts';
import { isDraft } from '../content/drafts.ts';
import type { ValidEntry } from '../content/validate.ts';
import type { ValidTranslation } from '../content/translations.ts';

export const DEFAULT_REVIEW_MONTHS = 12;

export interface DueEntry {
  file: string;
  id: string;
  lastReviewed: string;
}

export interface StaleTranslation {
  file: string;
  id: string;
  translatedFrom: string;
  englishFile: string;
  englishReviewed: string;
}

export interface ReviewsDue {
  /** Entries reviewed before this day are due. */
  limit: string;
  entries: DueEntry[];
  translations: StaleTranslation[];
}

/** Today as YYYY-MM-DD: TRACKER_TODAY when set (tests fix the day), else the UTC date. */
export function today(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const fixed = env.TRACKER_TODAY?.trim();
  if (!fixed) return now.toISOString().slice(0, 10);
  const parsed = dayDateSchema.safeParse(fixed);
  if (!parsed.success) throw new Error(`TRACKER_TODAY must be a day written YYYY-MM-DD, not ${JSON.stringify(fixed)}`);
  return parsed.data.start;
}

/** The same day `months` calendar months earlier (31 March less one month is 28 or 29 February). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Published entries whose `lastReviewed` is older than `months` before `on`, oldest first; and the
 * Japanese translations made from an older review than their English entry's, oldest first.
 */
export function reviewsDue(entries: readonly ValidEntry[], translations: readonly ValidTranslation[], { months = DEFAULT_REVIEW_MONTHS, on }: { months?: number; on: string }): ReviewsDue {
  const limit = monthsBefore(on, months);
  const reviewed = new Map<string, { file: string; day: string }>();
  const due: DueEntry[] = [];
  for (const entry of entries) {
    // Every entry that records a review (agreements, events, systems); actors have none.
    const day = (entry.data as { lastReviewed?: { start: string } }).lastReviewed?.start;
    if (day === undefined || isDraft(entry.data)) continue;
    reviewed.set(`${entry.collection}/${entry.id}`, { file: entry.file, day });
    if (day < limit) due.push({ file: entry.file, id: entry.id, lastReviewed: day });
  }
  const stale: StaleTranslation[] = [];
  for (const t of translations) {
    const from = (t.data as { translatedFrom?: { start: string } }).translatedFrom?.start;
    const english = reviewed.get(`${t.collection}/${t.id}`);
    if (from && english && from < english.day) stale.push({ file: t.file, id: t.id, translatedFrom: from, englishFile: english.file, englishReviewed: english.day });
  }
  return {
    limit,
    entries: due.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.file.localeCompare(b.file)),
    translations: stale.sort((a, b) => a.translatedFrom.localeCompare(b.translatedFrom) || a.file.localeCompare(b.file)),
  };
}

/** The list an editor works through; nothing here is an error. */
export function formatReviewsDue(due: ReviewsDue, months: number): string {
  const lines: string[] = [];
  if (due.entries.length === 0) lines.push(`Reviews due: none; every entry was reviewed on or after ${due.limit} (${months} months).`);
  else {
    lines.push(`Reviews due: ${due.entries.length} ${due.entries.length === 1 ? 'entry' : 'entries'} last reviewed before ${due.limit} (${months} months), oldest first.`);
    lines.push('Check each against its sources (npm run check:sources helps), then set lastReviewed to the day you did:');
    for (const e of due.entries) lines.push(`  ${e.lastReviewed}  ${e.file}`);
  }
  if (due.translations.length > 0) {
    lines.push('', `Japanese translations older than their English entry: ${due.translations.length}, oldest first.`);
    lines.push('Check each against the English, then set translatedFrom to the English lastReviewed:');
    for (const t of due.translations) lines.push(`  ${t.translatedFrom}  ${t.file} (English reviewed ${t.englishReviewed})`);
  }
  return lines.join('\n');
}
