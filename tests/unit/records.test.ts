import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { backlinkIndex, groupByYear, neighbours, timeline, type AnyEntry } from '../../src/lib/record/records';
import { apa, bibtex, chicago } from '../../src/lib/publish/cite';
import { partialDateSchema } from '../../src/schemas/date';
import { GOOD } from '../helpers/fixture';

const entries = checkContent(GOOD).entries as AnyEntry[];

describe('timeline', () => {
  test('only agreements and events, oldest first (same day: by title), month-only dates after the days of their month', () => {
    expect(timeline(entries).map((r) => r.id)).toEqual(['sosa', 'signing', 'month-only']);
  });

  test('groups by year and finds neighbours in time', () => {
    const records = timeline(entries);
    expect(groupByYear(records).map((g) => [g.year, g.records.length])).toEqual([[2023, 3]]);
    expect(neighbours(records, 1)).toMatchObject({ previous: { id: 'sosa' }, next: { id: 'month-only' } });
    expect(neighbours(records, 0).previous).toBeUndefined();
    expect(neighbours(records, 2).next).toBeUndefined();
  });
});

describe('backlinks', () => {
  test('record how each entry points back, from frontmatter and body alike', () => {
    const index = backlinkIndex(entries);
    expect(index.get('sosa')).toEqual([{ collection: 'events', id: 'signing', relations: ['outcome', 'mentions'] }]);
    expect(index.get('us-dod')!.map((b) => b.id).sort()).toEqual(['pac-3-mse', 'signing', 'sm-3-block-iia', 'sosa']);
    expect(index.get('sm-3-block-iia')).toEqual([
      { collection: 'events', id: 'signing', relations: ['system'] },
      { collection: 'systems', id: 'pac-3-mse', relations: ['family'] },
    ]);
    expect(index.get('signing')).toEqual([{ collection: 'agreements', id: 'sosa', relations: ['related', 'mentions'] }]);
  });
});

describe('citations of an entry', () => {
  const entry = {
    id: 'rdte-mou',
    title: 'Memorandum of Understanding for RDT&E Projects',
    url: 'https://tracker.example/agreements/rdte-mou/',
    lastReviewed: partialDateSchema.parse('2026-11-25'),
    siteTitle: 'Japan–US Defense Industry Cooperation Tracker',
  };

  test('Chicago, APA and BibTeX carry the canonical URL and review date', () => {
    expect(chicago(entry)).toBe('Japan–US Defense Industry Cooperation Tracker. “Memorandum of Understanding for RDT&E Projects.” Last reviewed 25 November 2026. https://tracker.example/agreements/rdte-mou/.');
    expect(apa(entry)).toBe('Japan–US Defense Industry Cooperation Tracker. (2026, November 25). Memorandum of Understanding for RDT&E Projects. https://tracker.example/agreements/rdte-mou/');
    const bib = bibtex(entry);
    expect(bib).toMatch(/^@misc\{jusdit-rdte-mou,/);
    expect(bib).toContain('title = {{Memorandum of Understanding for RDT\\&E Projects}}');
    expect(bib).toContain('url = {https://tracker.example/agreements/rdte-mou/}');
  });
});

import { pageTitle } from '../../src/lib/site/page-title';

describe('page titles', () => {
  test('stay within 70 characters, preferring the full title, then the short name', () => {
    expect(pageTitle('Security of Supply Arrangement', 'JUS Tracker')).toBe('Security of Supply Arrangement | JUS Tracker');
    const long = 'Revision of the Three Principles on Transfer of Defense Equipment and Technology (December 2023)';
    expect(pageTitle(long, 'JUS Tracker', '2023 export-rule revision')).toBe('2023 export-rule revision | JUS Tracker');
    const cut = pageTitle(long, 'JUS Tracker');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut).toMatch(/^Revision of the Three Principles .*…$/);
  });
});

import { recentYears } from '../../src/lib/record/records';

describe('a long timeline shown in part', () => {
  const record = (id: string, year: number) => ({ id, year }) as never;
  const records = [record('a', 2001), record('b', 2001), record('c', 2002), record('d', 2003), record('e', 2003), record('f', 2003)];

  test('keeps whole years, newest first back to the minimum, and lists the rest', () => {
    expect(recentYears(records, 3)).toMatchObject({ shown: [{ year: 2003 }], earlier: [{ year: 2001, count: 2 }, { year: 2002, count: 1 }] });
    expect(recentYears(records, 4).shown.map((y) => y.year)).toEqual([2002, 2003]);
    expect(recentYears(records, 100)).toMatchObject({ earlier: [] });
  });
});

import { statusesOf, yearsOf } from '../../src/lib/record/records';

describe('facets present in the record', () => {
  test('years oldest first, and statuses in the vocabulary’s order, each once', () => {
    const records = timeline(entries);
    expect(yearsOf(records)).toEqual([2023]);
    expect(statusesOf(records)).toEqual(['signed']);
    const amended = [{ ...records[0]!, status: 'superseded' }, ...records] as never[];
    expect(statusesOf(amended)).toEqual(['signed', 'superseded']);
  });
});
