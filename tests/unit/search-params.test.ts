import { describe, expect, test } from 'vitest';
import { excerptParts, pagefindOptions, readSearch, writeSearch } from '../../src/lib/site/search-params';

describe('search state in the URL', () => {
  test('round-trips query, filters and sort', () => {
    const state = readSearch('?q=RDT%26E&kind=Agreement&topic=Export+rules&sort=newest&page=2');
    expect(state).toEqual({ q: 'RDT&E', filters: { kind: 'Agreement', topic: 'Export rules' }, sort: 'newest' });
    expect(writeSearch(state)).toBe('?q=RDT%26E&kind=Agreement&topic=Export+rules&sort=newest');
    expect(writeSearch(readSearch('?sort=bogus'))).toBe('');
  });

  test('turns into Pagefind options', () => {
    expect(pagefindOptions(readSearch('?q=x&year=2023&sort=oldest'))).toEqual({ filters: { year: '2023' }, sort: { date: 'asc' } });
    expect(pagefindOptions(readSearch('?q=x'))).toEqual({ filters: {} });
  });
});

describe('excerpts', () => {
  test('keep only <mark> as markup; everything else becomes text', () => {
    expect(excerptParts('The <mark>SOSA</mark> &amp; the &lt;script&gt; tag')).toEqual([
      { text: 'The ', marked: false },
      { text: 'SOSA', marked: true },
      { text: ' & the <script> tag', marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
  });
});
