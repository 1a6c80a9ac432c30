// A source as a Japanese page shows it: publishers by their Japanese names, untitled sources described in Japanese.
import type { Source } from '../../schemas/source.ts';
import type { Locale } from '../../i18n/locales.ts';

/**
 * Publishers with a standard Japanese name, keyed by the name the entries give. A publisher not listed here
 * keeps its own name, marked with its language (The Diplomat, Defense Daily).
 */
export const JA_PUBLISHERS: Readonly<Record<string, string>> = {
  'Japan Ministry of Defense': '防衛省',
  'Acquisition, Technology and Logistics Agency': '防衛装備庁',
  'Acquisition, Technology & Logistics Agency': '防衛装備庁',
  'Ships of the World (世界の艦船)': '世界の艦船',
  'Ministry of Foreign Affairs of Japan': '外務省',
  "Prime Minister's Office of Japan": '首相官邸',
  'House of Councillors, National Diet of Japan': '参議院',
  'U.S. Department of Defense': '米国防総省',
  'Jiji Press': '時事通信',
  'Kyodo News': '共同通信',
  'The Yomiuri Shimbun': '読売新聞',
  'The Asahi Shimbun': '朝日新聞',
  'The Japan News (The Yomiuri Shimbun)': 'The Japan News（読売新聞）',
  'The Japan News (Yomiuri)': 'The Japan News（読売新聞）',
  'The Japan Times': 'ジャパンタイムズ',
  'imidas (Shueisha)': 'imidas（集英社）',
  'Japan Press Service': 'ジャパン・プレス・サービス',
  Reuters: 'ロイター',
  'Associated Press': 'AP通信',
  AFP: 'AFP通信',
  Xinhua: '新華社',
  "People's Daily": '人民日報',
  TASS: 'タス通信',
  'Anadolu Agency': 'アナドル通信',
  'Central News Agency (Taiwan)': '中央通訊社（台湾）',
  QNA: 'カタール通信（QNA）',
  'South China Morning Post': 'サウスチャイナ・モーニング・ポスト',
  'The Washington Times': 'ワシントン・タイムズ',
  'Stars and Stripes': '星条旗新聞',
  Wikipedia: 'ウィキペディア',
};

/** Where a repost was read, by its Japanese name where it has one; web sites keep their own names. */
export const JA_VIA: Readonly<Record<string, string>> = {
  'U.S. Indo-Pacific Command': '米インド太平洋軍のサイト',
  'Stimson Center': 'スティムソン・センターのサイト',
  'The World and Japan database (GRIPS/University of Tokyo)': 'データベース「世界と日本」（政策研究大学院大学・東京大学）',
  'Daily Mail': 'デイリー・メール',
};

export interface Words {
  text: string;
  /** The language of the words when it is not the page's; undefined when it is. */
  lang: string | undefined;
}

export interface SourceWords {
  title: Words;
  /** Whether the title is a description of an untitled source (in brackets) rather than the work's own title. */
  described: boolean;
  publisher: Words;
  via: Words | undefined;
}

/**
 * The words a page in `locale` shows for a source. `jaTitle` is the translation's Japanese description of an
 * untitled source (its `sourceTitles` item). English pages show the source as the entry gives it.
 */
export function sourceWords(s: Source, locale: Locale, jaTitle?: string | null): SourceWords {
  const own = s.language ?? 'en';
  const ownLang = own === locale ? undefined : own;
  const described = s.title.startsWith('[');
  if (locale === 'en') {
    return { title: { text: s.title, lang: s.language }, described, publisher: { text: s.publisher, lang: ownLang }, via: s.via ? { text: s.via, lang: undefined } : undefined };
  }
  const publisher = JA_PUBLISHERS[s.publisher];
  const via = s.via === undefined ? undefined : JA_VIA[s.via] ? { text: JA_VIA[s.via]!, lang: undefined } : { text: s.via, lang: 'en' };
  return {
    title: described && jaTitle ? { text: jaTitle, lang: undefined } : { text: s.title, lang: described ? 'en' : ownLang },
    described,
    publisher: publisher ? { text: publisher, lang: undefined } : { text: s.publisher, lang: ownLang },
    via,
  };
}

export interface SourceTitleProblem {
  field: string;
  message: string;
}

/**
 * A translation's `sourceTitles` against the English sources: a Japanese description may stand only where the
 * English has a [description] (a work's own title stays in its language); an English description left without
 * one is a warning, as its page then shows the English words.
 */
export function sourceTitleProblems(english: readonly { title: string }[], titles: readonly (string | null)[] | undefined): { problems: SourceTitleProblem[]; warnings: SourceTitleProblem[] } {
  const problems: SourceTitleProblem[] = [];
  const warnings: SourceTitleProblem[] = [];
  english.forEach((source, i) => {
    const ja = titles?.[i];
    const described = source.title.startsWith('[');
    if (ja && !described) {
      problems.push({ field: `sourceTitles[${i}]`, message: `source ${i + 1} has its own title ("${source.title}"), which stays in its language: write null` });
    } else if (!ja && described && titles) {
      warnings.push({ field: `sourceTitles[${i}]`, message: `source ${i + 1} is described in English ("${source.title}"): add its Japanese description, e.g. "［…の記事］"` });
    }
  });
  if (!titles && english.some((s) => s.title.startsWith('['))) {
    warnings.push({ field: 'sourceTitles', message: 'the English sources include [descriptions]: add `sourceTitles` with their Japanese descriptions, so the Japanese page shows no English' });
  }
  return { problems, warnings };
}
