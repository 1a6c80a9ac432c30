import { describe, expect, test } from 'vitest';
import { matches, readFilters, writeFilters } from '../../src/lib/site/filters';

const item = { kind: 'agreements', year: 2023, status: 'signed', topics: ['export-rules', 'co-production'], actors: ['japan-cabinet'] };

describe('filter state in the URL', () => {
  test('round-trips through the query string, leaving out what is unset', () => {
    const state = readFilters('?topic=export-rules&from=2014&order=newest&junk=1');
    expect(state).toEqual({ kind: '', topic: 'export-rules', actor: '', status: '', from: '2014', to: '', order: 'newest' });
    expect(writeFilters(state)).toBe('?topic=export-rules&from=2014&order=newest');
    expect(writeFilters(readFilters(''))).toBe('');
  });
});

describe('matching', () => {
  test.each([
    ['', true],
    ['?kind=agreements', true],
    ['?kind=events', false],
    ['?topic=co-production', true],
    ['?topic=missile-defense', false],
    ['?actor=japan-cabinet&status=signed', true],
    ['?actor=us-dod', false],
    ['?from=2023&to=2023', true],
    ['?from=2024', false],
    ['?to=2022', false],
    ['?kind=agreements&topic=export-rules&from=2020&to=2026&status=signed', true],
  ])('%s → %s', (query, expected) => expect(matches(item, readFilters(query))).toBe(expected));
});
