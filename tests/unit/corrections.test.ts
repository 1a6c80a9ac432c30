import { describe, expect, test } from 'vitest';
import { correctionsText } from '../../src/lib/publish/feed';
import { correctionsSchema } from '../../src/schemas/correction';

describe('corrections', () => {
  test('feed text names each correction with its date, oldest first', () => {
    expect(
      correctionsText({
        corrections: [
          { date: '2026-11-26', change: 'Dated to the day, 7 October 2024, from the MOD readout.', source: 1 },
          { date: '2026-12-01', change: 'Location added from the readout.' },
        ],
      }),
    ).toBe(' Corrected 26 November 2026: Dated to the day, 7 October 2024, from the MOD readout. Corrected 1 December 2026: Location added from the readout.');
  });

  test('an entry without corrections adds nothing to its feed item', () => {
    expect(correctionsText({ corrections: [] })).toBe('');
  });

  test('the schema defaults to none and wants a day-precise date and a sentence', () => {
    expect(correctionsSchema.parse(undefined)).toEqual([]);
    expect(correctionsSchema.safeParse([{ date: '2026-11', change: 'Dated to the day from the readout.' }]).success).toBe(false);
    expect(correctionsSchema.safeParse([{ date: '2026-11-26', change: 'fixed' }]).success).toBe(false);
    expect(correctionsSchema.safeParse([{ date: '2026-11-26', change: 'Dated to the day from the readout.', source: 0 }]).success).toBe(false);
  });
});

describe('corrections in the Japanese feed', () => {
  const corrections = [
    { date: '2026-11-26', change: 'Dated to the day (7 October 2024).' },
    { date: '2026-12-01', change: 'Party added.' },
  ];

  test('each correction in Japanese words and dates, from the translation where there is one', () => {
    const text = correctionsText({ corrections, ja: { title: 't', summary: 's', url: 'https://example.org/ja/', translatedFrom: '2026-11-26', corrections: ['日付を2024年10月7日と日単位で記載した。'] } }, 'ja');
    expect(text).toBe('2026年11月26日訂正：日付を2024年10月7日と日単位で記載した。2026年12月1日訂正：Party added.');
  });

  test('the English text stands in where the entry has no Japanese words', () => {
    expect(correctionsText({ corrections: corrections.slice(0, 1) }, 'ja')).toBe('2026年11月26日訂正：Dated to the day (7 October 2024).');
  });
});
