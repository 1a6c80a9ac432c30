import { describe, expect, test } from 'vitest';
import { partialDateSchema } from '../../src/schemas/date';
import { datePrecisionWords, noteParts, notePlainText } from '../../src/lib/record/date-words';

describe('date precision in words', () => {
  test.each([
    ['2024-10', 'Known to the month only: the sources give October 2024, not the day.'],
    ['1967-04', 'Known to the month only: the sources give April 1967, not the day.'],
    ['2024', 'Known to the year only: the sources give 2024, not the month or day.'],
    ['2024-06-09/2024-06-10', 'A span of two days.'],
    ['2024-06-30/2024-07-02', 'A span of three days.'],
    ['2024-01-01/2024-01-15', 'A span of 15 days.'],
  ])('%s reads "%s"', (input, words) => {
    expect(datePrecisionWords(partialDateSchema.parse(input))).toBe(words);
  });

  test('a single known day needs no words', () => {
    expect(datePrecisionWords(partialDateSchema.parse('2024-10-07'))).toBeUndefined();
  });

  test('a span across a leap day counts the days, not the calendar difference', () => {
    expect(datePrecisionWords(partialDateSchema.parse('2024-02-28/2024-03-01'))).toBe('A span of three days.');
  });
});

describe('date notes', () => {
  const note = 'Reuters gives Saturday [@2]; the readout is dated the same day [@1, 3].';

  test('split into text and citations in order', () => {
    expect(noteParts(note)).toEqual([
      { text: 'Reuters gives Saturday ' },
      { cite: [2] },
      { text: '; the readout is dated the same day ' },
      { cite: [1, 3] },
      { text: '.' },
    ]);
  });

  test('plain text writes citations as [n]', () => {
    expect(notePlainText(note)).toBe('Reuters gives Saturday [2]; the readout is dated the same day [1, 3].');
  });

  test('a note without citations is one piece of text', () => {
    expect(noteParts('No citation here.')).toEqual([{ text: 'No citation here.' }]);
  });
});

describe('date precision in Japanese words', () => {
  test.each([
    ['2024-10', '日付は月まで判明（日は不明）：出典は2024年10月とする。'],
    ['1967-04', '日付は月まで判明（日は不明）：出典は1967年4月とする。'],
    ['2024', '日付は年まで判明（月日は不明）：出典は2024年とする。'],
    ['2024-06-09/2024-06-10', '2日間にわたる。'],
    ['2024-02-28/2024-03-01', '3日間にわたる。'],
  ])('%s reads 「%s」', (input, words) => {
    expect(datePrecisionWords(partialDateSchema.parse(input), 'ja')).toBe(words);
  });

  test('a single known day needs no words in Japanese either', () => {
    expect(datePrecisionWords(partialDateSchema.parse('2024-10-07'), 'ja')).toBeUndefined();
  });
});
