// The values each search filter can take, given to the search page with the page itself.
import type { SearchFilter } from './search-params.ts';
import type { TimelineRecord } from '../record/records.ts';
import type { Status } from '../../schemas/status.ts';

/**
 * Every value each search filter can take, as the entry pages of one language give them to Pagefind
 * (SearchMeta.astro, RecordPage.astro, ActorPage.astro), in the order the search form lists them. The
 * search page renders these as options, so the browser never loads Pagefind's filter indexes just to
 * fill the form: once loaded, Pagefind counts every filter value for every result of every search,
 * which at 10,000 entries makes a one-word search many times slower.
 */
export function searchFilterValues(
  records: readonly TimelineRecord[],
  labels: {
    nameOf: (id: string) => string;
    /** The kind label of actor pages, when the site has any. */
    actorKind?: string | undefined;
    /** The kind label of system pages, when the site has any. */
    systemKind?: string | undefined;
    /** The names of the systems entries name (their pages and entries give these as the system filter). */
    systems?: readonly string[] | undefined;
    statuses: Readonly<Record<Status, string>>;
  },
): Record<SearchFilter, string[]> {
  const kind = new Set<string>();
  const topic = new Set<string>();
  const actor = new Set<string>();
  const status = new Set<string>();
  const year = new Set<number>();
  for (const r of records) {
    kind.add(r.kindLabel);
    for (const id of r.topics) topic.add(labels.nameOf(id));
    for (const id of r.actors) actor.add(labels.nameOf(id));
    if (r.status) status.add(labels.statuses[r.status]);
    year.add(r.year);
  }
  if (labels.actorKind) kind.add(labels.actorKind);
  if (labels.systemKind) kind.add(labels.systemKind);
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    kind: sorted(kind),
    topic: sorted(topic),
    actor: sorted(actor),
    system: sorted(new Set(labels.systems ?? [])),
    status: sorted(status),
    year: [...year].sort((a, b) => a - b).map(String),
  };
}
