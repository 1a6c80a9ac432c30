import { describe, expect, test } from 'vitest';
import { partialDateSchema, dayDateSchema } from '../../src/schemas/date';
import { formatDate } from '../../src/lib/record/format';

describe('partial dates', () => {
  test.each([
    ['2023-01-12', 'day', '12 January 2023'],
    ['2023-01', 'month', 'January 2023'],
    ['1967', 'year', '1967'],
    ['2024-06-09/2024-06-10', 'day', '9–10 June 2024'],
    ['2024-06-30/2024-07-01', 'day', '30 June – 1 July 2024'],
  ])('%s has %s precision and reads "%s"', (input, precision, text) => {
    const date = partialDateSchema.parse(input);
    expect(date.precision).toBe(precision);
    expect(formatDate(date)).toBe(text);
  });

  test('YAML values that are Dates or numbers are read back as text', () => {
    expect(partialDateSchema.parse(new Date(Date.UTC(2023, 0, 12)))).toMatchObject({ start: '2023-01-12', precision: 'day' });
    expect(partialDateSchema.parse(2024)).toMatchObject({ start: '2024', precision: 'year' });
  });

  test.each(['2023-02-30', '2023-13', '23-01-12', '12/01/2023', '2024-06-10/2024-06-09', '2024-06/2024-07', 'January 2023'])(
    'rejects %s with a message that says what to write',
    (input) => {
      const result = partialDateSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/YYYY-MM-DD|both ends must be real days/);
    },
  );

  test('review dates must be exact days', () => {
    expect(dayDateSchema.safeParse('2026-11').success).toBe(false);
    expect(dayDateSchema.safeParse('2026-11-25').success).toBe(true);
  });
});
