import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { fixture, replace, GOOD } from '../helpers/fixture';

const A = 'ja/agreements/sosa.md';
const E = 'ja/events/signing.md';

describe('the Japanese edition of the good fixture', () => {
  test('passes, read and joined by id', () => {
    const { problems, translations } = checkContent(GOOD);
    expect(problems).toEqual([]);
    expect(translations.map((t) => `${t.collection}/${t.id}`).sort()).toEqual(['actors/japan-mod', 'agreements/sosa', 'events/signing', 'systems/sm-3-block-iia', 'topics/supply-chain-security']);
  });

  test('warns, without failing, about an outdated translation and about each entry with none', () => {
    const { warnings } = checkContent(GOOD);
    const text = warnings.map((w) => `${w.file} ${w.field ?? ''}: ${w.message}`).join('\n');
    expect(text).toMatch(/ja\/events\/signing\.md translatedFrom: 2026-01-01 is older than the English entry's lastReviewed \(2026-11-25\).*set translatedFrom: 2026-11-25/);
    for (const missing of ['ja/events/month-only.md', 'ja/actors/us-dod.md', 'ja/systems/pac-3-mse.md', 'topic research-and-development']) expect(text).toContain(missing);
    expect(warnings).toHaveLength(5);
  });
});

/** Each class of bad translation, the file and field it must name, and words of the fix. */
const cases: [string, Record<string, (t: string) => string | null>, string, RegExp][] = [
  ['translation of no English entry', { 'ja/agreements/sosaa.md': () => '---\ntitle: 誤り\nsummary: 英語版のない翻訳ファイルの例です。\ntranslatedFrom: 2026-11-25\n---\n\n本文。\n' }, 'ja/agreements/sosaa.md', /has no such English entry.*name the file/],
  ['topic translation of no English topic', { 'ja/topics.yaml': (t) => `${t}- id: no-such-topic\n  name: なし\n  description: なし\n` }, 'topic no-such-topic', /no such English entry/],
  ['missing title', { [A]: replace('title: 供給安定化取決め\n', '') }, `${A}\n  - title: is required but missing`, /./],
  ['unknown field', { [A]: replace('shortName: SOSA', 'shortName: SOSA\ndate: 2023-01-12') }, A, /unknown field "date"/],
  ['bad translatedFrom', { [A]: replace('translatedFrom: 2026-11-25', 'translatedFrom: 2026-11') }, `${A}\n  - translatedFrom`, /./],
  ['unresolved [[id]]', { [E]: replace('[[sosa]]', '[[sosaa]]') }, `${E}\n  - body (line`, /\[\[sosaa\]\] links to an entry that does not exist/],
  ['citation past the English sources', { [E]: replace('[@1]', '[@2]') }, 'body (line', /\[@2\] cites source 2, but the English entry .* lists 1 source/],
  ['more status notes than statuses', { [A]: replace('statusNotes: [null]', 'statusNotes: [null, 追加]') }, `${A}\n  - statusNotes`, /has 2 items, but the English entry's statusHistory has 1/],
  ['more corrections than the English', { [E]: replace('location: ペンタゴン', 'location: ペンタゴン\ncorrections: [訂正]') }, `${E}\n  - corrections`, /has 1 items, but the English entry's corrections has 0/],
  ['raw HTML in a translation', { [E]: (t) => `${t}\n<script>alert(1)</script>\n` }, 'body (line', /raw HTML is not allowed/],
  ['bare link to a headline title', { [E]: replace('title: 署名式', 'title: 日米、取決めに署名') }, `${A}\n  - body (line 15)`, /\[\[signing\]\] pastes the headline 「日米、取決めに署名」 into the sentence: write \[\[signing\|words that fit the sentence\]\]/],
  ['empty body', { [E]: (t) => t.slice(0, t.lastIndexOf('---') + 4) }, `${E}\n  - body: is empty`, /./],
];

describe.each(cases)('bad translation: %s', (name, edits, where, message) => {
  test('fails the check naming the file and field, with the fix', () => {
    const { problems } = checkContent(fixture(`ja-${name.replace(/\W+/g, '-')}`, edits));
    const text = formatProblems(problems);
    expect(problems.length).toBeGreaterThan(0);
    expect(text).toContain(where);
    expect(text).toMatch(message);
  });
});
