// The rule that keeps event headlines out of Japanese sentences (src/lib/ja-text/link-words.ts).
import { describe, expect, test } from 'vitest';
import { headlineLinks, isHeadline } from '../../src/lib/ja-text/link-words';

describe('isHeadline', () => {
  test('a title with a comma or colon outside brackets is a headline', () => {
    expect(isHeadline('日本、ペトリオット・ミサイルの米国への移転を決定')).toBe(true);
    expect(isHeadline('FTM-44：SM-3ブロックIIAがICBM級の標的を迎撃')).toBe(true);
  });
  test('a noun phrase, even with a comma inside （…） or 「…」, is not', () => {
    expect(isHeadline('第1回DICAS会合')).toBe(false);
    expect(isHeadline('日米安全保障協議委員会（「2+2」）（2024年7月、東京）')).toBe(false);
    expect(isHeadline('分析：「Making the Most」')).toBe(true);
  });
});

describe('headlineLinks', () => {
  const titles = new Map([['decision', '日本、移転を決定'], ['meeting', '第1回会合']]);
  const titleOf = (id: string) => titles.get(id);
  test('finds a bare link to a headline, with its line', () => {
    expect(headlineLinks('## 概要\n\nこれは[[decision]]を受けたものである。', 10, titleOf)).toEqual([{ id: 'decision', title: '日本、移転を決定', line: 12 }]);
  });
  test('passes a link with its own words, and a bare link to a noun phrase', () => {
    expect(headlineLinks('これは[[decision|移転決定]]に基づく。[[meeting]]で合意した。[[unknown]]', 1, titleOf)).toEqual([]);
  });
});
