import { describe, expect, test } from 'vitest';
import { prepareForIndex, SEARCHABLE } from '../../src/integrations/search-index';

describe('prepareForIndex', () => {
  test('ends each term with a colon and makes each description a block of its own', () => {
    const html = '<dl class="facts"><dt>Type</dt><dd>Company</dd><dt>Country</dt><dd class="x">United States</dd><dt>Note:</dt><dd><ul class="entry-links"><li><a href="/a/">A</a></li></ul></dd></dl>';
    expect(prepareForIndex(html)).toBe(
      '<dl class="facts"><dt>Type: </dt><dd><div>Company</div></dd><dt>Country: </dt><dd class="x"><div>United States</div></dd><dt>Note: </dt><dd><div><ul class="entry-links"><li><a href="/a/">A</a></li></ul></div></dd></dl>',
    );
  });

  test('leaves pages without a description list alone', () => {
    const html = '<article data-pagefind-body><h1>SOSA</h1><p>Text with <b>dd</b> and dt in it.</p><details><summary>x</summary></details></article>';
    expect(prepareForIndex(html)).toBe(html);
  });
});

describe('SEARCHABLE', () => {
  test('entry pages are indexed; lists, facets and other pages are not', () => {
    for (const url of ['/agreements/sosa/', '/events/dicas-first-meeting/', '/actors/lockheed-martin/']) expect(url).toMatch(SEARCHABLE);
    for (const url of ['/', '/agreements/', '/topics/export-rules/', '/years/2023/', '/search/', '/agreements/sosa.json']) expect(url).not.toMatch(SEARCHABLE);
  });
});
