/**
 * What the as-of page shows for each agreement, step and event, as plain rows: the static pages render
 * them in Astro and the browser (src/scripts/as-of.ts) renders the same rows for any other day.
 */
import type { Status } from '../../schemas/status.ts';
import { formatDate } from '../record/format.ts';
import { localePath, type Locale } from '../../i18n/locales.ts';
import type { DatedText, AsOfGroup } from './status-on.ts';
import type { AsOfGroupList, Changes } from './view.ts';
import type { IndexAgreement, IndexEvent } from './status-index.ts';

export interface Link {
  href: string;
  title: string;
  lang: 'en' | undefined;
}

export interface StepRow {
  status: Status;
  date: DatedText;
  /** The date in words, no more precise than the source. */
  dateText: string;
}

export interface AgreementRow {
  link: Link;
  step: StepRow | undefined;
  uncertain: StepRow[];
  replacedBy: Link[];
}

export interface GroupRows {
  group: AsOfGroup;
  rows: AgreementRow[];
}

export function linkOf(locale: Locale, collection: 'agreements' | 'events', item: { id: string; title: string; lang?: 'en' }): Link {
  return { href: localePath(locale, `/${collection}/${item.id}/`), title: item.title, lang: item.lang };
}

export function stepRow(locale: Locale, step: { status: Status; date: DatedText }): StepRow {
  return { status: step.status, date: step.date, dateText: formatDate(step.date, locale) };
}

export function groupRows(locale: Locale, groups: readonly AsOfGroupList[], byId: ReadonlyMap<string, IndexAgreement>): GroupRows[] {
  return groups.map(({ group, items }) => ({
    group,
    rows: items.map((item) => ({
      link: linkOf(locale, 'agreements', item.agreement),
      step: item.step && stepRow(locale, item.step),
      uncertain: item.uncertain.map((s) => stepRow(locale, s)),
      // Only once it has ended: an agreement in effect on the day has no replacement yet.
      replacedBy: group === 'ended' ? item.agreement.replacedBy.flatMap((id) => { const a = byId.get(id); return a ? [linkOf(locale, 'agreements', a)] : []; }) : [],
    })),
  }));
}

/**
 * Page n of the grouped agreements, `size` a page, each still under its group (a group may span two pages).
 * Paged before the rows are written out, so a long year's page formats only its own rows.
 */
export function pageOfGroups(groups: readonly AsOfGroupList[], page: number, size: number): AsOfGroupList[] {
  const from = (page - 1) * size;
  const shown: AsOfGroupList[] = [];
  let seen = 0;
  for (const g of groups) {
    const items = g.items.slice(Math.max(0, from - seen), Math.max(0, from + size - seen));
    if (items.length > 0) shown.push({ group: g.group, items });
    seen += g.items.length;
  }
  return shown;
}

export interface ChangeRows {
  steps: { link: Link; step: StepRow }[];
  events: { link: Link; date: DatedText; dateText: string }[];
}

export function changeRows(locale: Locale, changes: Changes): ChangeRows {
  return {
    steps: changes.steps.map(({ agreement, step }) => ({ link: linkOf(locale, 'agreements', agreement), step: stepRow(locale, step) })),
    events: changes.events.map((e: IndexEvent) => ({ link: linkOf(locale, 'events', e), date: e.date, dateText: formatDate(e.date, locale) })),
  };
}
