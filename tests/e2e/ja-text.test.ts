// Every built Japanese page reads as Japanese: no English interface words, no half-width spaces beside Japanese, lists in Japanese order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { htmlFiles, pathOf } from '../helpers/dist';
import { readJapanesePage, selectOptions } from '../helpers/ja-page-text';
import { englishWords, outOfJapaneseOrder, straySpaces } from '../../src/lib/ja-text/rules';
import { VOCABULARY } from '../../src/i18n/vocab';

const files = htmlFiles('dist').filter((file) => file.startsWith('ja/'));
const read = (file: string) => readJapanesePage(readFileSync(join('dist', file), 'utf8'));
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');

test('the built site has Japanese pages to check', () => {
  expect(files.length).toBeGreaterThan(80);
});

describe.each(files.map((file) => [pathOf(file), file]))('%s', (_path, file) => {
  const page = read(file);

  test('no English interface words outside names, acronyms, URLs, code and quoted titles', () => {
    const text = page.japanese.flatMap((t) => (englishWords(t).length ? [`${englishWords(t).join(' ')} ← ${t.trim().slice(0, 80)}`] : []));
    const labels = page.labels.filter((l) => englishWords(l.replace(/^[\w-]+="/, '')).length > 0);
    expect([...text, ...labels]).toEqual([]);
  });

  test('no half-width space between Japanese and a number or a link', () => {
    expect(page.blocks.flatMap(straySpaces)).toEqual([]);
  });
});

/** The readings of actors' Japanese names, from content/ja/actors/*.md: the 五十音 key of a name in kanji. */
function readings(): Map<string, string> {
  const map = new Map<string, string>();
  const dir = 'content/ja/actors';
  for (const name of readdirSync(dir)) {
    const front = yaml.load(readFileSync(join(dir, name), 'utf8').split('---')[1]!) as { name: string; reading?: string };
    if (front.reading) map.set(front.name, front.reading);
  }
  return map;
}

describe('Japanese lists are in Japanese order', () => {
  const reading = readings();
  const readingOf = (name: string) => reading.get(name);
  const statuses = Object.values(VOCABULARY.ja.statuses);
  for (const t of yaml.load(readFileSync('content/ja/topics.yaml', 'utf8')) as { name: string; reading?: string }[]) if (t.reading) reading.set(t.name, t.reading);
  /** Whether `list` follows `order` (every item known, none out of place). */
  const follows = (list: string[], order: readonly string[]) => list.every((v) => order.includes(v)) && list.every((v, i) => i === 0 || order.indexOf(list[i - 1]!) < order.indexOf(v));

  test('actor lists (timeline filter, search filter, the actors page) in 五十音順 by reading', () => {
    const lists = {
      timeline: selectOptions(html('ja'), 'actor'),
      search: selectOptions(html('ja/search'), 'actor'),
      ...Object.fromEntries([...html('ja/actors').matchAll(/<ul class="actor-list">([\s\S]*?)<\/ul>/g)].map((m, i) => [`actors page, list ${i + 1}`, [...m[1]!.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((a) => a[1]!)])),
    };
    for (const [where, list] of Object.entries(lists)) {
      expect(list.length, where).toBeGreaterThan(5);
      expect(outOfJapaneseOrder(list, readingOf), where).toBeUndefined();
    }
  });

  test('every actor named in kanji has a reading', () => {
    const unread = selectOptions(html('ja/search'), 'actor').filter((name) => /\p{Script=Han}/u.test(name) && !reading.has(name));
    expect(unread).toEqual([]);
  });

  test('topic lists (timeline filter and facets, search filter, the topics page) in 五十音順 by reading', () => {
    const lists = {
      timeline: selectOptions(html('ja'), 'topic'),
      search: selectOptions(html('ja/search'), 'topic'),
      'topics page': [...html('ja/topics').matchAll(/<h2><a [^>]*>([^<]+)<\/a><\/h2>/g)].map((m) => m[1]!),
    };
    for (const [where, list] of Object.entries(lists)) {
      expect(list.length, where).toBeGreaterThan(3);
      expect(outOfJapaneseOrder(list, readingOf), where).toBeUndefined();
    }
  });

  test('statuses in lifecycle order and kinds in the site’s own order, on the timeline and the search page', () => {
    for (const page of ['ja', 'ja/search']) {
      const status = selectOptions(html(page), 'status');
      expect(status.length, page).toBeGreaterThan(3);
      expect(follows(status, statuses), `${page}: ${status.join(' / ')}`).toBe(true);
    }
    expect(selectOptions(html('ja/search'), 'kind')).toEqual(['合意・政策文書', '出来事', '主体', '装備品']);
  });
});
