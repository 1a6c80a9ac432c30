import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeBundle, SEARCHABLE, searchGlob } from '../../src/integrations/search-index';

describe('SEARCHABLE', () => {
  test('entry pages are indexed; lists, facets and other pages are not', () => {
    for (const url of ['/agreements/sosa/', '/events/dicas-first-meeting/', '/actors/lockheed-martin/', '/ja/agreements/sosa/', '/systems/sm-3-block-iia/', '/ja/systems/pac-3-mse/']) expect(url).toMatch(SEARCHABLE);
    for (const url of ['/', '/agreements/', '/topics/export-rules/', '/years/2023/', '/search/', '/agreements/sosa.json', '/agreements/page/2/', '/systems/', '/systems/pac-3/page/2/', '/register/']) expect(url).not.toMatch(SEARCHABLE);
  });
});

describe('searchGlob', () => {
  // Pagefind's glob and SEARCHABLE must name the same pages, or the build and the dev server index different ones.
  test('names the files of the entry pages of one language, as SEARCHABLE does', () => {
    expect(searchGlob('en')).toBe('{agreements,events,actors,systems}/*/index.html');
    expect(searchGlob('ja')).toBe('ja/{agreements,events,actors,systems}/*/index.html');
  });
});

describe('mergeBundle', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function bundle(name: string, language: string, files: Record<string, string>) {
    const root = join(dir, name);
    const entry = { version: '1.6.0', languages: { [language]: { hash: `${language}_1`, wasm: language, page_count: 2 } }, include_characters: ['_'] };
    for (const [path, text] of Object.entries({ ...files, 'pagefind-entry.json': JSON.stringify(entry) })) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  test('moves the second language in and lists both languages, keeping the shared files', () => {
    dir = mkdtempSync(join(tmpdir(), 'merge-'));
    const en = bundle('en', 'en', { 'pagefind.js': 'js', 'index/en_1.pf_index': 'e', 'fragment/en_2.pf_fragment': 'f' });
    const ja = bundle('ja', 'ja', { 'pagefind.js': 'js', 'index/ja_1.pf_index': 'j', 'fragment/ja_2.pf_fragment': 'g', 'pagefind.ja_1.pf_meta': 'm' });
    mergeBundle(ja, en);
    expect(readdirSync(en, { recursive: true }).map(String).sort()).toEqual(
      ['fragment', 'fragment/en_2.pf_fragment', 'fragment/ja_2.pf_fragment', 'index', 'index/en_1.pf_index', 'index/ja_1.pf_index', 'pagefind-entry.json', 'pagefind.ja_1.pf_meta', 'pagefind.js'],
    );
    const entry = JSON.parse(readFileSync(join(en, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en', 'ja']);
    expect(entry.include_characters).toEqual(['_']);
    expect(readFileSync(join(en, 'index/ja_1.pf_index'), 'utf8')).toBe('j');
  });

  test('refuses bundles whose shared files differ, or that index the same language', () => {
    dir = mkdtempSync(join(tmpdir(), 'merge-'));
    const en = bundle('en', 'en', { 'pagefind.js': 'js v1' });
    expect(() => mergeBundle(bundle('ja', 'ja', { 'pagefind.js': 'js v2' }), en)).toThrow(/differ in pagefind\.js/);
    expect(() => mergeBundle(bundle('en2', 'en', {}), en)).toThrow(/Both Pagefind bundles index the language "en"/);
  });
});
