import { describe, expect, test } from 'vitest';
import { cslItem, cslJson, dateParts } from '../../src/lib/citation/csl-json';
import { citationMeta } from '../../src/lib/citation/meta';

const day = (start: string) => ({ start, end: undefined, precision: (start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year' });
const entry = {
  id: 'sosa',
  title: 'Security of Supply Arrangement',
  url: 'https://tracker.example/agreements/sosa/',
  lastReviewed: day('2026-11-25'),
  siteTitle: 'Japan–US Defense Industry Cooperation Tracker',
  language: 'en',
};

describe('CSL-JSON', () => {
  test('one webpage item with title, URL, issued date-parts, publisher and language, in an array', () => {
    const parsed = JSON.parse(cslJson(entry)) as unknown[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toEqual({
      id: 'jusdit-sosa',
      type: 'webpage',
      title: 'Security of Supply Arrangement',
      'container-title': 'Japan–US Defense Industry Cooperation Tracker',
      publisher: 'Japan–US Defense Industry Cooperation Tracker',
      author: [{ literal: 'Japan–US Defense Industry Cooperation Tracker' }],
      URL: 'https://tracker.example/agreements/sosa/',
      issued: { 'date-parts': [[2026, 11, 25]] },
      language: 'en',
    });
  });

  test('valid shape: date-parts are integers as precise as the date; strings are non-empty', () => {
    expect(dateParts(day('2026-11'))).toEqual([2026, 11]);
    expect(dateParts(day('2026'))).toEqual([2026]);
    const item = cslItem({ ...entry, title: '日米の防衛装備品等の供給の安定化に係る取決め', siteTitle: '日米防衛産業協力トラッカー', language: 'ja' });
    for (const part of item.issued['date-parts'][0]) expect(Number.isInteger(part)).toBe(true);
    expect(item.language).toBe('ja');
    expect(item.publisher).toBe('日米防衛産業協力トラッカー');
    for (const key of ['id', 'title', 'URL', 'publisher', 'container-title', 'language'] as const) expect(item[key].length, key).toBeGreaterThan(0);
    expect(() => new URL(item.URL)).not.toThrow();
  });

  test('titles with quotes and backslashes stay valid JSON', () => {
    expect(JSON.parse(cslJson({ ...entry, title: 'A "quoted" \\ title' }))[0].title).toBe('A "quoted" \\ title');
  });
});

describe('citation <meta> tags', () => {
  test('Highwire and Dublin Core: title, date, publisher, language, URL; typed as a web page', () => {
    const tags = Object.fromEntries(citationMeta(entry).map((t) => [t.name, t.content]));
    expect(tags).toMatchObject({
      citation_title: entry.title,
      citation_date: '2026/11/25',
      citation_publisher: entry.siteTitle,
      citation_language: 'en',
      citation_public_url: entry.url,
      'DC.type': 'webpage',
      'DC.title': entry.title,
      'DC.date': '2026-11-25',
      'DC.publisher': entry.siteTitle,
      'DC.language': 'en',
      'DC.identifier': entry.url,
    });
  });
});
