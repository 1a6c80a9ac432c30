import { AGREEMENT_TYPES } from '../schemas/agreement.ts';
import { EVENT_TYPES } from '../schemas/event.ts';
import { STATUSES } from '../schemas/status.ts';
import { ACTOR_TYPES, COUNTRIES } from '../schemas/actor.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import type { Locale } from './locales.ts';

/**
 * The labels of every controlled vocabulary. English labels stay beside their schemas; the Japanese
 * ones are keyed by the same vocabulary, so a new type without a Japanese label is a type error.
 */
const BINDING = { binding: 'Legally binding', 'non-binding': 'Non-binding', unconfirmed: 'Not stated in the sources on file' } as const;
const KINDS = { agreements: 'Agreement', events: 'Event', actors: 'Actor', topics: 'Topic', systems: 'System' } as const;

type Labels<T> = { readonly [K in keyof T]: string };

const en = {
  agreementTypes: AGREEMENT_TYPES,
  eventTypes: EVENT_TYPES,
  statuses: STATUSES,
  actorTypes: ACTOR_TYPES,
  countries: COUNTRIES,
  sourceKinds: SOURCE_KINDS,
  binding: BINDING,
  kinds: KINDS,
};

const ja = {
  agreementTypes: {
    mou: '了解覚書（MOU）',
    arrangement: '取決め',
    'project-arrangement': 'プロジェクト取決め',
    agreement: '協定',
    forum: 'フォーラム',
    policy: '政策',
    'rule-change': '規則改正',
    'exchange-of-notes': '交換公文',
    law: '法律',
    guidelines: '指針',
    contract: '契約',
    licence: 'ライセンス契約',
  } satisfies Labels<typeof AGREEMENT_TYPES>,
  eventTypes: {
    signing: '署名',
    meeting: '会合',
    summit: '首脳会談',
    visit: '訪問',
    announcement: '発表',
    decision: '決定',
    proposal: '提言',
    transfer: '移転',
    test: '試験',
    research: '研究の節目',
    publication: '刊行',
    contract: '契約',
    establishment: '設置',
    maintenance: '整備',
    'fms-notification': 'FMS議会通知',
    delivery: '納入',
    production: '生産の節目',
    'legislative-action': '議会の措置',
  } satisfies Labels<typeof EVENT_TYPES>,
  statuses: {
    proposed: '提案',
    announced: '発表',
    'under-negotiation': '交渉中',
    signed: '署名',
    adopted: '採択',
    'in-effect': '発効',
    implemented: '実施',
    amended: '改正',
    superseded: '後継に移行',
    expired: '失効',
  } satisfies Labels<typeof STATUSES>,
  actorTypes: {
    government: '政府',
    ministry: '省庁',
    agency: '庁・機関',
    military: '軍・自衛隊',
    council: '会議',
    office: '官邸・事務局',
    party: '政党',
    company: '企業',
    person: '人物',
    legislature: '議会',
  } satisfies Labels<typeof ACTOR_TYPES>,
  countries: { JP: '日本', US: '米国' } satisfies Labels<typeof COUNTRIES>,
  sourceKinds: {
    official: '公式発表',
    wire: '通信社報道',
    newspaper: '新聞',
    'news-site': 'ニュースサイト',
    broadcaster: '放送局',
    analysis: '分析',
    reference: '参考資料',
  } satisfies Labels<typeof SOURCE_KINDS>,
  binding: { binding: '法的拘束力あり', 'non-binding': '法的拘束力なし', unconfirmed: '手元の出典に記載なし' } satisfies Labels<typeof BINDING>,
  kinds: { agreements: '合意', events: '出来事', actors: '主体', topics: 'トピック', systems: '装備品' } satisfies Labels<typeof KINDS>,
} satisfies { [K in keyof typeof en]: Labels<(typeof en)[K]> };

export type Vocabulary = { [K in keyof typeof en]: Labels<(typeof en)[K]> };

export const VOCABULARY: Record<Locale, Vocabulary> = { en, ja };

export function vocab(locale: Locale): Vocabulary {
  return VOCABULARY[locale];
}
