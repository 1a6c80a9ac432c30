// `npm run check:content -- --due [months]`: entries and translations whose review has come due, on fixed days.
import { describe, expect, test } from 'vitest';
import { fixture, replace } from '../helpers/fixture';
import { runScript } from '../helpers/build';
import { checkContent } from '../../src/lib/content/check';
import { monthsBefore, reviewsDue, today } from '../../src/lib/reviews/due';

// Limits on both sides: with today 2026-11-30 and 12 months, an entry reviewed 2025-11-29 is due, one reviewed 2025-11-30 is not.
const dir = fixture('reviews-due', {
  'agreements/sosa.md': replace('lastReviewed: 2026-11-25', 'lastReviewed: 2025-11-29'),
  'events/signing.md': replace('lastReviewed: 2026-11-25', 'lastReviewed: 2025-11-30'),
  'events/month-only.md': replace('lastReviewed: 2026-11-25', 'lastReviewed: 2024-05-01'),
  // Translations: one a day older than its entry's review (stale), one newer than it (current), one from long before.
  'ja/agreements/sosa.md': replace('translatedFrom: 2026-11-25', 'translatedFrom: 2025-06-01'),
  'ja/events/signing.md': replace('translatedFrom: 2026-01-01', 'translatedFrom: 2025-11-29'),
});

describe('reviews that come due', () => {
  test('counts calendar months back from today, and today can be fixed', () => {
    expect(monthsBefore('2026-11-30', 12)).toBe('2025-11-30');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 6)).toBe('2025-07-15');
    expect(today({ TRACKER_TODAY: '2026-11-30' })).toBe('2026-11-30');
    expect(today({}, new Date('2027-02-03T23:59:00Z'))).toBe('2027-02-03');
    expect(() => today({ TRACKER_TODAY: '30/11/2026' })).toThrow(/TRACKER_TODAY must be a day written YYYY-MM-DD/);
  });

  test('lists entries reviewed before the limit, oldest first, and translations older than their entry', () => {
    const { entries, translations } = checkContent(dir);
    const due = reviewsDue(entries, translations, { months: 12, on: '2026-11-30' });
    expect(due.limit).toBe('2025-11-30');
    expect(due.entries.map((e) => [e.id, e.lastReviewed])).toEqual([['month-only', '2024-05-01'], ['sosa', '2025-11-29']]);
    expect(due.translations.map((t) => [t.id, t.translatedFrom, t.englishReviewed])).toEqual([
      ['sosa', '2025-06-01', '2025-11-29'],
      ['signing', '2025-11-29', '2025-11-30'],
    ]);
    // A translation made from the entry's latest review, or a later one, is not listed.
    const current = fixture('reviews-due-current', { 'ja/events/signing.md': replace('translatedFrom: 2026-01-01', 'translatedFrom: 2026-11-25') });
    const fresh = checkContent(current);
    expect(reviewsDue(fresh.entries, fresh.translations, { months: 12, on: '2026-11-30' })).toEqual({ limit: '2025-11-30', entries: [], translations: [] });
    // A shorter interval brings more entries due; a longer one fewer.
    expect(reviewsDue(entries, translations, { months: 6, on: '2026-11-30' }).entries.map((e) => e.id)).toEqual(['month-only', 'sosa', 'signing']);
    expect(reviewsDue(entries, translations, { months: 24, on: '2026-11-30' }).entries.map((e) => e.id)).toEqual(['month-only']);
  });

  test('`npm run check:content -- --due` prints them and still passes', () => {
    process.env.TRACKER_TODAY = '2026-11-30';
    try {
      const run = runScript('scripts/check-content.ts', dir, undefined, ['--due']);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain('Reviews due: 2 entries last reviewed before 2025-11-30 (12 months), oldest first.');
      expect(run.output).toMatch(/\n {2}2024-05-01 {2}\S*events\/month-only\.md\n {2}2025-11-29 {2}\S*agreements\/sosa\.md\n/);
      expect(run.output).not.toMatch(/\d {2}\S*events\/signing\.md\n/);
      expect(run.output).toMatch(/Japanese translations older than their English entry: 2, oldest first\.[\s\S]*2025-06-01 {2}\S*ja\/agreements\/sosa\.md \(English reviewed 2025-11-29\)/);
      const six = runScript('scripts/check-content.ts', dir, undefined, ['--due', '6']).output;
      expect(six).toContain('Reviews due: 3 entries last reviewed before 2026-05-30 (6 months)');
      expect(runScript('scripts/check-content.ts', dir, undefined, ['--due=36']).output).toContain('Reviews due: none; every entry was reviewed on or after 2023-11-30 (36 months).');
      // Without --due, the check says nothing about reviews.
      expect(runScript('scripts/check-content.ts', dir).output).not.toContain('Reviews due');
      expect(runScript('scripts/check-content.ts', dir, undefined, ['--due', 'soon']).status).toBe(0);
      expect(runScript('scripts/check-content.ts', dir, undefined, ['--due=0']).status).toBe(2);
    } finally {
      delete process.env.TRACKER_TODAY;
    }
  }, 60_000);
});
