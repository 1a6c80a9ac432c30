import { AGREEMENT_TYPES, type AgreementType } from '../schemas/agreement.ts';
import { EVENT_TYPES } from '../schemas/event.ts';
import { STATUSES, type Status } from '../schemas/status.ts';
import { ACTOR_TYPES, COUNTRIES } from '../schemas/actor.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { SYSTEM_KINDS } from '../schemas/system.ts';
import { CURRENCIES, QUANTITY_UNITS, VALUE_BASES } from '../schemas/value.ts';
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
  systemKinds: SYSTEM_KINDS,
  currencies: CURRENCIES,
  valueBases: VALUE_BASES,
  units: QUANTITY_UNITS,
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
    adopted: '決定・成立',
    'in-effect': '発効',
    implemented: '実施',
    amended: '改正',
    superseded: '後継文書に移行',
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
  binding: { binding: '法的拘束力あり', 'non-binding': '法的拘束力なし', unconfirmed: '出典に記載なし' } satisfies Labels<typeof BINDING>,
  kinds: { agreements: '合意・政策文書', events: '出来事', actors: '主体', topics: 'トピック', systems: '装備品' } satisfies Labels<typeof KINDS>,
  systemKinds: {
    missile: 'ミサイル',
    interceptor: 'ミサイル防衛用迎撃ミサイル',
    aircraft: '航空機',
    rotorcraft: 'ヘリコプター・ティルトローター機',
    'unmanned-aircraft': '無人機',
    'combat-system': '戦闘システム',
    'air-defense-system': '防空・ミサイル防衛システム',
    sensor: 'レーダー・センサー',
    engine: 'エンジン',
    target: '標的機',
    support: '支援・役務',
  } satisfies Labels<typeof SYSTEM_KINDS>,
  currencies: { USD: '米ドル', JPY: '円' } satisfies Labels<typeof CURRENCIES>,
  valueBases: {
    'estimated-ceiling': '議会に通知された推定額（上限）',
    contract: '契約額',
    budget: '予算額',
    'programme-cost': '報道された事業費',
  } satisfies Labels<typeof VALUE_BASES>,
  units: {
    aircraft: '機（航空機）',
    missiles: '発（ミサイル）',
    engines: '基（エンジン）',
    'ship-sets': '隻分（艦の装備一式）',
    systems: '式（システム）',
    radars: '基（レーダー）',
    terminals: '台（端末）',
    targets: '機（標的機）',
    ships: '隻（艦艇）',
  } satisfies Labels<typeof QUANTITY_UNITS>,
} satisfies { [K in keyof typeof en]: Labels<(typeof en)[K]> };

export type Vocabulary = { [K in keyof typeof en]: Labels<(typeof en)[K]> };

export const VOCABULARY: Record<Locale, Vocabulary> = { en, ja };

export function vocab(locale: Locale): Vocabulary {
  return VOCABULARY[locale];
}

/**
 * Japanese names adoption by what was adopted: a law is 成立 (enacted), a Cabinet or NSC decision 決定, guidelines
 * approved by the 2+2 了承. 採択 would suit a resolution or a conference text, none of which the record holds.
 * Lists that mix types (facets, filters) use the general label 「決定・成立」.
 */
const JA_ADOPTED: Partial<Record<AgreementType, string>> = { law: '成立', policy: '決定', 'rule-change': '決定', guidelines: '了承' };

/** A status's label for one agreement, in its type's own word where Japanese has one. */
export function statusLabel(locale: Locale, status: Status, type?: AgreementType): string {
  if (locale === 'ja' && status === 'adopted' && type && JA_ADOPTED[type]) return JA_ADOPTED[type];
  return VOCABULARY[locale].statuses[status];
}
