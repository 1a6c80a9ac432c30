/**
 * Every word the threads chart shows or speaks, in one table, so an edition in another language passes its own
 * (ThreadsChart's `strings` prop). Dates come from the `formatDate` prop; lane names from the topics passed in.
 */
import { STATUSES, type Status } from '../schemas/status.ts';
import type { StatusGroup } from './chart.ts';
import { VOCABULARY } from '../i18n/vocab.ts';
import type { Locale } from '../i18n/locales.ts';

export interface ChartStrings {
  heading: string;
  /** The button that unfolds the chart on a phone. */
  show: string;
  /** Shown under the heading; `list` is the link text to the same entries as a list. */
  intro: string;
  list: string;
  /** Name and description of the chart for assistive technology. */
  title: string;
  description: (count: number, from: number, to: number, lanes: readonly string[]) => string;
  legend: { event: string; echo: string; history: string; badge: string; groups: Record<StatusGroup, string> };
  /** The accessible name and tooltip of a mark: title and date first. */
  mark: (title: string, date: string, kind: 'agreements' | 'events', status: Status | undefined) => string;
  /** The accessible name of a count badge that stands for a lane's entries in one year. */
  badge: (count: number, lane: string, year: number) => string;
}

export const CHART_STRINGS_EN: ChartStrings = {
  heading: 'The record at a glance',
  show: 'Show the chart',
  intro: 'One lane per thread, one mark per agreement or event, each a link to the entry. Long empty stretches of years are shortened.',
  list: 'The same entries as a list',
  title: 'Threads of Japan–US defense-industry cooperation over time',
  description: (count, from, to, lanes) =>
    `${count} agreements and events from ${from} to ${to}, one lane per thread: ${lanes.join('; ')}. ` +
    'Squares are agreements and circles events; the colour of an agreement shows its current status, and a line below it runs from its first status to its latest. ' +
    'An entry on several threads has its mark in the first and a small dot in the others.',
  legend: {
    event: 'Event',
    echo: 'Also on this thread',
    history: 'Status history (dashed until signed or adopted)',
    badge: 'Several entries (links to the year)',
    groups: { active: 'Agreement in force or signed', pending: 'Agreement proposed or announced', ended: 'Agreement superseded or expired' },
  },
  mark: (title, date, kind, status) =>
    `${title}, ${date} (${kind === 'agreements' ? 'agreement' : 'event'}${status ? `, ${STATUSES[status].toLowerCase()}` : ''})`,
  badge: (count, lane, year) => `${count} entries on ${lane} in ${year}: see ${year}`,
};

const STATUSES_JA = VOCABULARY.ja.statuses;

export const CHART_STRINGS_JA: ChartStrings = {
  heading: '記録の全体像',
  show: '図を表示',
  intro: '分野ごとに1本の帯、合意と出来事ごとに1つの印を置き、それぞれが項目へのリンクです。項目のない年が長く続く区間は短縮しています。',
  list: '同じ項目を一覧で見る',
  title: '日米防衛産業協力の分野ごとの推移',
  description: (count, from, to, lanes) =>
    `${from}年から${to}年までの合意と出来事${count}件を、分野ごとの帯に示します（${lanes.join('、')}）。` +
    '四角は合意、丸は出来事です。合意の色は現在の状況を示し、その下の線は最初の状況から最新の状況までの期間を示します。' +
    '複数の分野にまたがる項目は、最初の分野に印を、ほかの分野に小さな点を置いています。',
  legend: {
    event: '出来事',
    echo: 'この分野にも関係',
    history: '状況の推移（署名・決定までは破線）',
    badge: '複数の項目（その年へのリンク）',
    groups: { active: '発効中または署名済みの合意', pending: '提案・発表段階の合意', ended: '後継文書に移行または失効した合意' },
  },
  mark: (title, date, kind, status) => `${title}、${date}（${kind === 'agreements' ? '合意' : '出来事'}${status ? `、${STATUSES_JA[status]}` : ''}）`,
  badge: (count, lane, year) => `${year}年の「${lane}」の項目${count}件：${year}年のページへ`,
};

/** The chart's words in each language. */
export const CHART_STRINGS: Record<Locale, ChartStrings> = { en: CHART_STRINGS_EN, ja: CHART_STRINGS_JA };
