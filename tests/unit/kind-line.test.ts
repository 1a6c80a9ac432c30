import { describe, expect, test } from 'vitest';
import { distinctType, kindLine } from '../../src/lib/record/kind-line';
import { vocab } from '../../src/i18n/vocab';

describe('the kind and type line', () => {
  test('shows the kind once where the type says the same thing', () => {
    const v = vocab('en');
    expect(kindLine(v.kinds.agreements, v.agreementTypes.agreement)).toBe('Agreement');
    expect(distinctType(v.kinds.agreements, v.agreementTypes.agreement)).toBeUndefined();
    expect(kindLine('協定', '協定')).toBe('協定');
    expect(kindLine('Agreement', 'agreement ')).toBe('Agreement');
  });

  test('shows both where they differ, in either language', () => {
    expect(kindLine(vocab('en').kinds.agreements, vocab('en').agreementTypes.mou)).toBe('Agreement · Memorandum of understanding');
    expect(kindLine(vocab('ja').kinds.events, vocab('ja').eventTypes.meeting)).toBe('出来事 · 会合');
  });

  test('no kind and type label pair repeats itself in the vocabulary as shown', () => {
    for (const locale of ['en', 'ja'] as const) {
      const v = vocab(locale);
      for (const type of Object.values(v.agreementTypes)) expect(kindLine(v.kinds.agreements, type)).not.toMatch(/^(.+) · \1$/i);
      for (const type of Object.values(v.eventTypes)) expect(kindLine(v.kinds.events, type)).not.toMatch(/^(.+) · \1$/i);
    }
  });
});
