// The rules of Japanese page text (src/lib/ja-text/rules.ts) and the page reader the site check uses, on small strings.
import { describe, expect, test } from 'vitest';
import { LINK_EDGE, englishWords, outOfJapaneseOrder, sortJapanese, straySpaces } from '../../src/lib/ja-text/rules';
import { readJapanesePage, selectOptions } from '../helpers/ja-page-text';

describe('englishWords', () => {
  test('finds an English interface string in Japanese text', () => {
    expect(englishWords('Link to section “概要”')).toEqual(['to', 'section']);
    expect(englishWords('最終確認 Last reviewed 25 November 2026')).toEqual(['reviewed']);
  });
  test('passes names, acronyms, URLs, domains, file names and quoted titles', () => {
    expect(englishWords('RDT&E覚書とSoSA、ケンジ・ナガヨシ（Kenji Nagayoshi）、JBpress、imidas（集英社）')).toEqual([]);
    expect(englishWords('時事通信（nippon.comで閲覧）https://www.mod.go.jp/j/approach/ 、entries.json、/agreements/sosa.json')).toEqual([]);
    expect(englishWords('分析：「Making the Most of Japan-US Defense Industry Cooperation」')).toEqual([]);
    expect(englishWords('「一連の部品」（basket of commodities）、（PIPIR：Partnership for Indo-Pacific Industrial Resilience）')).toEqual([]);
    expect(englishWords('部品（basket of commodities）')).toEqual(['basket', 'of', 'commodities']);
  });
});

describe('straySpaces', () => {
  const link = (text: string) => `${LINK_EDGE}${text}${LINK_EDGE}`;
  test('finds a half-width space beside a number, between Japanese words, after 、 and beside a link', () => {
    expect(straySpaces('合意と出来事 44 件')).toHaveLength(2);
    expect(straySpaces('取得、 防衛装備')).toHaveLength(1);
    expect(straySpaces(`範囲については ${link('このサイトについて')} をご覧ください。`)).toHaveLength(2);
  });
  test('passes Japanese written without them, and spaces between Latin words', () => {
    expect(straySpaces(`合意と出来事44件。範囲については「${link('このサイトについて')}」をご覧ください。`)).toEqual([]);
    expect(straySpaces('PAC-3 MSEとAIM-120 AMRAAMの共同生産')).toEqual([]);
  });
});

describe('Japanese reading order', () => {
  const readings = new Map([['浜田靖一', 'はまだやすかず'], ['高市早苗', 'たかいちさなえ'], ['岡崎勝男', 'おかざきかつお']]);
  const readingOf = (name: string) => readings.get(name);
  test('a list sorted by code or by the collator alone is out of 五十音順', () => {
    expect(outOfJapaneseOrder(['浜田靖一', '高市早苗', '岡崎勝男'], readingOf)).toEqual(['浜田靖一', '高市早苗']);
    expect(outOfJapaneseOrder(['ロッキード・マーチン', 'アシュトン・カーター'])).toEqual(['ロッキード・マーチン', 'アシュトン・カーター']);
  });
  test('sortJapanese puts names in order by their readings; kana sort as they are', () => {
    const sorted = sortJapanese(['浜田靖一', 'ロッキード・マーチン', '高市早苗', 'アシュトン・カーター', '岡崎勝男'], (n) => n, readingOf);
    expect(sorted).toEqual(['アシュトン・カーター', '岡崎勝男', '高市早苗', '浜田靖一', 'ロッキード・マーチン']);
    expect(outOfJapaneseOrder(sorted, readingOf)).toBeUndefined();
  });
});

describe('readJapanesePage', () => {
  const html = (body: string) => `<!doctype html><html lang="ja"><head><title>題</title><meta name="description" content="説明"></head><body>${body}</body></html>`;
  test('reads Japanese text and spoken labels, not code or text marked as another language', () => {
    const page = readJapanesePage(html('<p>本文<code>npm run build</code><a aria-label="Link to section">#</a><cite lang="en">The Diplomat</cite></p>'));
    expect(page.japanese.join('')).toBe('題本文#');
    expect(page.labels).toEqual(['description="説明"', 'aria-label="Link to section"']);
  });
  test('marks link edges in a block and skips excluded elements', () => {
    const page = readJapanesePage(html('<p>詳しくは <a href="/">こちら</a> を</p><ol class="history-list"><li>2026年 改訂</li></ol>'), { excludeClasses: ['history-list'] });
    expect(page.blocks).toContain(`詳しくは ${LINK_EDGE}こちら${LINK_EDGE} を`);
    expect(page.blocks.join('')).not.toContain('改訂');
  });
  test('selectOptions gives the options after the first', () => {
    expect(selectOptions('<select name="actor"><option value="">すべて</option><option value="a">甲</option><option value="b">乙</option></select>', 'actor')).toEqual(['甲', '乙']);
  });
});
