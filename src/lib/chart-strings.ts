/**
 * Every word the threads chart shows or speaks, in one table, so an edition in another language passes its own
 * (ThreadsChart's `strings` prop). Dates come from the `formatDate` prop; lane names from the topics passed in.
 */
import { STATUSES, type Status } from '../schemas/status.ts';
import type { StatusGroup } from './chart.ts';

export interface ChartStrings {
  heading: string;
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
