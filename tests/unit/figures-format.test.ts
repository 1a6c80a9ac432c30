import { describe, expect, test } from 'vitest';
import { formatMoney, formatQuantity, moneyEn, moneyJa } from '../../src/lib/figures/format';

describe('money in English', () => {
  test.each([
    [3_000_000_000, 'USD', '$3.0 billion'],
    [3_640_000_000, 'USD', '$3.64 billion'],
    [219_000_000, 'USD', '$219 million'],
    [45_600_000, 'USD', '$45.6 million'],
    [161_100_000_000, 'JPY', '¥161.1 billion'],
    [1_200_000_000_000, 'JPY', '¥1.2 trillion'],
    [850_000, 'USD', '$850,000'],
    [1_234_567_890, 'USD', '$1,234,567,890'],
    [11_552_000_000, 'USD', '$11.552 billion'],
    [3_829_300_000, 'USD', '$3,829.3 million'],
    [56_045_000_000, 'JPY', '¥56.045 billion'],
    [23_165_311_000, 'USD', '$23,165,311,000'],
  ] as const)('%d %s → %s', (value, currency, text) => expect(moneyEn(value, currency)).toBe(text));

  test('keeps "up to" and "about"', () => {
    expect(formatMoney({ value: 3e9, currency: 'USD', upTo: true }, 'en')).toBe('up to $3.0 billion');
    expect(formatMoney({ value: 161.1e9, currency: 'JPY', approximate: true }, 'en')).toBe('about ¥161.1 billion');
  });
});

describe('money in Japanese', () => {
  test.each([
    [3_000_000_000, 'USD', '30億ドル'],
    [3_640_000_000, 'USD', '36億4000万ドル'],
    [219_000_000, 'USD', '2億1900万ドル'],
    [45_600_000, 'USD', '4560万ドル'],
    [161_100_000_000, 'JPY', '1611億円'],
    [1_200_000_000_000, 'JPY', '1兆2000億円'],
    [1_234_567_890, 'USD', '12億3456万7890ドル'],
    [5_000, 'JPY', '5000円'],
  ] as const)('%d %s → %s', (value, currency, text) => expect(moneyJa(value, currency)).toBe(text));

  test('keeps 最大 and 約', () => {
    expect(formatMoney({ value: 3e9, currency: 'USD', upTo: true }, 'ja')).toBe('最大30億ドル');
    expect(formatMoney({ value: 161.1e9, currency: 'JPY', approximate: true }, 'ja')).toBe('約1611億円');
  });
});

describe('quantities', () => {
  test('English nouns agree with the count', () => {
    expect(formatQuantity({ count: 17, unit: 'aircraft' }, 'en')).toBe('17 aircraft');
    expect(formatQuantity({ count: 1, unit: 'missiles' }, 'en')).toBe('1 missile');
    expect(formatQuantity({ count: 400, unit: 'missiles', upTo: true }, 'en')).toBe('up to 400 missiles');
    expect(formatQuantity({ count: 2, unit: 'ship-sets' }, 'en')).toBe('2 ship sets');
  });
  test('Japanese counters by unit', () => {
    expect(formatQuantity({ count: 17, unit: 'aircraft' }, 'ja')).toBe('17機');
    expect(formatQuantity({ count: 400, unit: 'missiles', upTo: true }, 'ja')).toBe('最大400発');
    expect(formatQuantity({ count: 40, unit: 'engines' }, 'ja')).toBe('エンジン40基');
    expect(formatQuantity({ count: 18, unit: 'engines', upTo: true }, 'ja')).toBe('エンジン最大18基');
    expect(formatQuantity({ count: 8, unit: 'systems' }, 'ja')).toBe('8式');
    expect(formatQuantity({ count: 2, unit: 'ships' }, 'ja')).toBe('2隻');
  });
});

import { searchVariants, toFullWidth } from '../../src/lib/figures/search-names';

describe('search spellings of system names', () => {
  test('full-width and half-width forms of each other', () => {
    expect(toFullWidth('PAC-3(MSE)')).toBe('ＰＡＣ－３（ＭＳＥ）');
    expect(searchVariants(['ＰＡＣ－３（ＭＳＥ）'])).toContain('PAC-3(MSE)');
    expect(searchVariants(['PAC-3(MSE)'])).toContain('ＰＡＣ－３（ＭＳＥ）');
  });
  test('Roman numerals and hyphens', () => {
    const variants = searchVariants(['SM-3ブロックⅡA']);
    expect(variants).toContain('SM-3ブロックIIA');
    expect(variants).toContain('SM3ブロックIIA');
    expect(variants).not.toContain('SM-3ブロックⅡA');
  });
});

import { systemForQuery } from '../../src/lib/figures/search-names';
test('a query that names a system exactly, however spelled, finds its page', () => {
  const systems = [
    { url: '/ja/systems/pac-3-mse/', names: ['PAC-3(MSE)', 'PAC-3 MSE'] },
    { url: '/ja/systems/sm-3-block-iia/', names: ['SM-3ブロックⅡA', 'SM-3 Block IIA'] },
  ];
  expect(systemForQuery('ＰＡＣ－３（ＭＳＥ）', systems)).toBe('/ja/systems/pac-3-mse/');
  expect(systemForQuery('sm-3 block iia', systems)).toBe('/ja/systems/sm-3-block-iia/');
  expect(systemForQuery('SM-3ブロックIIA', systems)).toBe('/ja/systems/sm-3-block-iia/');
  expect(systemForQuery('SM-3', systems)).toBeUndefined();
  expect(systemForQuery('', systems)).toBeUndefined();
});
