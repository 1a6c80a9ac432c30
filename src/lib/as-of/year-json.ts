/** /data/as-of/<year>.json: every agreement's status at the end of a year, and what changed in it, for readers to check. */
import type { StatusIndex } from './status-index.ts';
import { datedText } from './status-index.ts';
import { asOfDay, changesBetween, yearEnd, type AsOfGroupList, type Changes } from './view.ts';

/** The year's file; the grouping and changes may be given where the build has already worked them out. */
export function asOfYearJson(index: StatusIndex, year: number, site: URL, known: { groups?: AsOfGroupList[]; changes?: Changes } = {}) {
  const url = (collection: string, id: string) => new URL(`/${collection}/${id}/`, site).href;
  const day = yearEnd(year);
  const changes = known.changes ?? changesBetween(index, yearEnd(year - 1), day);
  return {
    date: day,
    rule:
      'Status at the end of the day, from each agreement\'s statusHistory in /data/entries.json: the last step whose whole period ' +
      '(a day, a span of days, a month, a year) has ended by then. A later step whose period contains the day is listed under "uncertain".',
    agreements: (known.groups ?? asOfDay(index, day)).flatMap(({ group, items }) =>
      items.map(({ agreement, step, uncertain }) => ({
        id: agreement.id,
        url: url('agreements', agreement.id),
        group,
        status: step?.status ?? null,
        since: step ? datedText(step.date) : null,
        uncertain: uncertain.map((s) => ({ status: s.status, date: datedText(s.date) })),
        replacedBy: group === 'ended' ? agreement.replacedBy : [],
      })),
    ),
    changes: {
      steps: changes.steps.map(({ agreement, step }) => ({ id: agreement.id, status: step.status, date: datedText(step.date) })),
      events: changes.events.map((e) => ({ id: e.id, url: url('events', e.id), date: datedText(e.date) })),
    },
  };
}
