// Entries as the timeline shows them: ordered records, backlinks and the ids a body mentions.
import type { PartialDate } from '../../schemas/date.ts';
import type { Agreement } from '../../schemas/agreement.ts';
import type { TrackerEvent } from '../../schemas/event.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { TrackerSystem } from '../../schemas/system.ts';
import { AGREEMENT_TYPES } from '../../schemas/agreement.ts';
import { EVENT_TYPES } from '../../schemas/event.ts';
import { STATUSES, type Status } from '../../schemas/status.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { ENTRY_LINK } from '../../plugins/syntax.ts';
import { referencesOf } from './references.ts';
import { entryUrl } from './urls.ts';
import { yearOf } from './format.ts';

/** The shape both Astro's collection entries and the content checker's entries share. */
/**
 * An entry as checked (with its Markdown `body`) or as the site's collections load it: those keep no
 * raw body, only its rendering, whose metadata lists the ids the body mentions (src/lib/content/loader.ts).
 */
type Loaded = { body?: string | undefined; rendered?: { metadata?: { mentions?: unknown } } | undefined };
export type AnyEntry =
  | ({ collection: 'agreements'; id: string; data: Agreement } & Loaded)
  | ({ collection: 'events'; id: string; data: TrackerEvent } & Loaded)
  | ({ collection: 'actors'; id: string; data: Actor } & Loaded)
  | ({ collection: 'topics'; id: string; data: Topic } & Loaded)
  | ({ collection: 'systems'; id: string; data: TrackerSystem } & Loaded);

/** The ids a Markdown body links to with `[[id]]`, in order. */
export function mentionsIn(body: string): string[] {
  return [...body.matchAll(ENTRY_LINK)].map((match) => match[1]!);
}

/** An agreement or event as the timeline, lists and search show it. */
export interface TimelineRecord {
  collection: 'agreements' | 'events';
  id: string;
  url: string;
  title: string;
  shortName: string | undefined;
  date: PartialDate;
  year: number;
  /** "Agreement" or "Event", and the specific type label, e.g. "Memorandum of understanding". */
  kindLabel: string;
  typeLabel: string;
  status: Status | undefined;
  summary: string;
  actors: string[];
  topics: string[];
  /** Set where the words shown are not in the page's language (an untranslated entry on a Japanese page). */
  lang?: 'en';
}

export function toRecord(entry: Extract<AnyEntry, { collection: 'agreements' | 'events' }>): TimelineRecord {
  const base = {
    id: entry.id,
    url: entryUrl(entry.collection, entry.id),
    title: entry.data.title,
    shortName: entry.data.shortName,
    summary: entry.data.summary,
    topics: entry.data.topics,
  };
  if (entry.collection === 'agreements') {
    const d = entry.data;
    return { ...base, collection: 'agreements', date: d.date, year: yearOf(d.date), kindLabel: 'Agreement', typeLabel: AGREEMENT_TYPES[d.type], status: d.status, actors: d.parties };
  }
  const d = entry.data;
  return { ...base, collection: 'events', date: d.date, year: yearOf(d.date), kindLabel: 'Event', typeLabel: EVENT_TYPES[d.type], status: undefined, actors: d.actors };
}

/**
 * Oldest first. A month-precise date sorts after the days of that month it could be, and a
 * year after its months, so "2024-10" never claims to precede "2024-10-07".
 */
export function compareRecords(a: Pick<TimelineRecord, 'date' | 'title'>, b: Pick<TimelineRecord, 'date' | 'title'>): number {
  const key = (r: Pick<TimelineRecord, 'date'>) => r.date.start.padEnd(10, r.date.start.length === 4 ? '-99-99' : '-99').slice(0, 10);
  const ka = key(a);
  const kb = key(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.title.localeCompare(b.title);
}

export function timeline(entries: readonly AnyEntry[]): TimelineRecord[] {
  return entries
    .filter((e): e is Extract<AnyEntry, { collection: 'agreements' | 'events' }> => e.collection === 'agreements' || e.collection === 'events')
    .map(toRecord)
    .sort(compareRecords);
}

export function groupByYear(records: readonly TimelineRecord[]): { year: number; records: TimelineRecord[] }[] {
  const groups = new Map<number, TimelineRecord[]>();
  for (const record of records) groups.set(record.year, [...(groups.get(record.year) ?? []), record]);
  return [...groups].map(([year, list]) => ({ year, records: list }));
}

/** Every id an entry points at, with the relation's name, frontmatter and body alike. */
export function outgoingLinks(entry: AnyEntry): { id: string; relation: string }[] {
  const links = referencesOf(entry.data).map(({ id, relation }) => ({ id, relation }));
  const mentions = entry.rendered?.metadata?.mentions;
  for (const id of Array.isArray(mentions) ? (mentions as string[]) : mentionsIn(entry.body ?? '')) links.push({ id, relation: 'mentions' });
  return links;
}

/** id → the entries that point at it and how, so every page can show what links back to it. */
export function backlinkIndex(entries: readonly AnyEntry[]): Map<string, { collection: CollectionName; id: string; relations: string[] }[]> {
  const index = new Map<string, Map<string, { collection: CollectionName; id: string; relations: string[] }>>();
  for (const entry of entries) {
    for (const { id, relation } of outgoingLinks(entry)) {
      if (id === entry.id) continue;
      const sources = index.get(id) ?? new Map();
      const item = sources.get(entry.id) ?? { collection: entry.collection, id: entry.id, relations: [] };
      if (!item.relations.includes(relation)) item.relations.push(relation);
      sources.set(entry.id, item);
      index.set(id, sources);
    }
  }
  return new Map([...index].map(([id, sources]) => [id, [...sources.values()]]));
}

/** The records before and after one in time, for previous/next links; `i` is its position in `records`. */
export function neighbours(records: readonly TimelineRecord[], i: number) {
  return { previous: i > 0 ? records[i - 1] : undefined, next: i >= 0 && i < records.length - 1 ? records[i + 1] : undefined };
}

/**
 * The newest whole years that together hold at least `minimum` records (or all of them), oldest first,
 * and the years left out, so a very long timeline can be shown in part without splitting a year.
 */
export function recentYears(records: readonly TimelineRecord[], minimum: number) {
  const years = groupByYear(records);
  let count = 0;
  let cut = years.length;
  while (cut > 0 && count < minimum) count += years[--cut]!.records.length;
  return { shown: years.slice(cut), earlier: years.slice(0, cut).map((y) => ({ year: y.year, count: y.records.length })) };
}

/** The years that have records, oldest first: the year facet and its pages. */
export function yearsOf(records: readonly TimelineRecord[]): number[] {
  return [...new Set(records.map((r) => r.year))];
}

/** The statuses some record currently has, in the vocabulary's order: the status facet and its pages. */
export function statusesOf(records: readonly TimelineRecord[]): Status[] {
  return (Object.keys(STATUSES) as Status[]).filter((s) => records.some((r) => r.status === s));
}
