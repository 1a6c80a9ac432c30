// Japanese entry links: a bare [[id]] pastes the target's title into the sentence, which breaks it when that title is a headline.
import { ENTRY_LINK } from '../../plugins/syntax.ts';

/**
 * An event title written as a news headline (「日本、…を決定」「FTM-44：…を迎撃」) is a sentence of its own:
 * inside running text (「…の日本、…を決定を受けた」) it leaves the sentence without a grammar. Words inside
 * （…） or 「…」 do not count, so 「日米安全保障協議委員会（「2+2」）」 is a noun phrase.
 */
export function isHeadline(title: string): boolean {
  let depth = 0;
  for (const ch of title) {
    if (ch === '（' || ch === '「' || ch === '(') depth++;
    else if ((ch === '）' || ch === '」' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === '、' || ch === '：' || ch === ',')) return true;
  }
  return false;
}

export interface HeadlineLink {
  id: string;
  title: string;
  /** 1-based line in the file. */
  line: number;
}

/** Every bare `[[id]]` in a Japanese body whose target's Japanese title is a headline (see isHeadline). */
export function headlineLinks(body: string, bodyLine: number, titleOf: (id: string) => string | undefined): HeadlineLink[] {
  const found: HeadlineLink[] = [];
  for (const match of body.matchAll(ENTRY_LINK)) {
    if (match[2] !== undefined) continue;
    const title = titleOf(match[1]!);
    if (title === undefined || !isHeadline(title)) continue;
    const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
    found.push({ id: match[1]!, title, line });
  }
  return found;
}

export function headlineLinkMessage(link: HeadlineLink): string {
  return `[[${link.id}]] pastes the headline 「${link.title}」 into the sentence: write [[${link.id}|words that fit the sentence]] (e.g. 「移転決定」「共同開発への移行を決定」)`;
}
