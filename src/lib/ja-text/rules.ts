// The rules a Japanese page's text keeps: no stray English, no half-width spaces beside Japanese, lists in Japanese order.

/** Kana, kanji, the long-vowel mark, CJK punctuation (、。「」) and full-width forms (（）：～). */
const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\u30FC\\uFF00-\\uFFEF';

/**
 * Proper nouns written in lower case by their owners: a Japanese page may show them as they are.
 * Everything else of two or more lowercase Latin letters in running text is an English word left on the page.
 */
export const LOWERCASE_NAMES: ReadonlySet<string> = new Set(['imidas', 'presence-jp']);

/** Web addresses, bare domains (nippon.com, www.mod.go.jp) and file names and site paths (entries.json, /agreements/sosa.json): names of places, not words. */
const URL_OR_DOMAIN = /(?:https?:\/\/\S+|(?<![\w.])\/[\w./-]+|\/?\b(?:[\w-]+\.)+(?:com|org|net|jp|cn|de|bg|mil|gov|info|news|dev|io|json|csv|xml|md|html)\b\S*)/gi;
/**
 * Words in their own language: a quoted title (「Making the Most of …」), the original words of a quotation given
 * after it (「一連の部品」（basket of commodities）), and an acronym spelled out (（PIPIR：Partnership for …）).
 */
const QUOTED = /「[^「」]*」(?:（[^（）]*）)?|『[^『』]*』|（[A-Z][A-Za-z0-9&-]*：[^（）]*）/g;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/**
 * English words in a piece of Japanese running text: words of two or more letters, all lower case
 * ("Link to section", "Last reviewed"), outside URLs, domains, quoted titles and the allowed names.
 * Capitalised words and acronyms (RTX, Kenji Nagayoshi, SM-3, JBpress) are names and pass.
 */
export function englishWords(text: string): string[] {
  const plain = text.replace(URL_OR_DOMAIN, ' ').replace(QUOTED, ' ');
  return [...plain.matchAll(WORD)].map((m) => m[0].replace(/-+$/, '')).filter((w) => w.length >= 2 && /^[a-z'’-]+$/.test(w) && !LOWERCASE_NAMES.has(w));
}

/** The marker the page reader puts where a link starts or ends, so a space beside a link can be seen. */
export const LINK_EDGE = '\u0001';

const STRAY_SPACE = new RegExp(
  [
    `[${JAPANESE}][ \\t]+${LINK_EDGE}?[${JAPANESE}0-9]`, // 日本 語, 記録に 3, について <a>
    `[0-9]${LINK_EDGE}?[ \\t]+${LINK_EDGE}?[${JAPANESE}]`, // 44 件
    `[${JAPANESE}]${LINK_EDGE}[ \\t]+[${JAPANESE}0-9]`, // </a> をご覧
    `[${JAPANESE}][ \\t]+${LINK_EDGE}`, // 詳しくは <a>
    `${LINK_EDGE}[ \\t]+[${JAPANESE}]`, // </a> を
  ].join('|'),
  'gu',
);

/**
 * Half-width spaces that Japanese does not use: between two Japanese characters (including after 、 and 。),
 * between a Japanese character and a number, and between Japanese text and a link. `text` is a block's
 * rendered text with LINK_EDGE where each link starts and ends. Returns each offending stretch, with context.
 */
export function straySpaces(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(STRAY_SPACE)) {
    const from = Math.max(0, m.index - 8);
    found.push(text.slice(from, m.index + m[0].length + 8).replaceAll(LINK_EDGE, '|'));
  }
  return found;
}

/** Japanese reading order: the collator of the Japanese locale, over each item's reading where one is known. */
export const japaneseCollator = new Intl.Collator('ja');

/** Sorts names into Japanese reading order; `readingOf` gives the kana reading of a name written in kanji. */
export function sortJapanese<T>(items: readonly T[], nameOf: (item: T) => string, readingOf: (item: T) => string | undefined = () => undefined): T[] {
  const key = (item: T) => readingOf(item) ?? nameOf(item);
  return [...items].sort((a, b) => japaneseCollator.compare(key(a), key(b)) || japaneseCollator.compare(nameOf(a), nameOf(b)));
}

/** The first pair of neighbours out of Japanese reading order, or undefined when the list is in order. */
export function outOfJapaneseOrder(names: readonly string[], readingOf: (name: string) => string | undefined = () => undefined): [string, string] | undefined {
  const key = (name: string) => readingOf(name) ?? name;
  for (let i = 1; i < names.length; i++) {
    const a = names[i - 1]!;
    const b = names[i]!;
    if ((japaneseCollator.compare(key(a), key(b)) || japaneseCollator.compare(a, b)) > 0) return [a, b];
  }
  return undefined;
}
