/** The status index from the record as the build loads it, one per language (titles in that language). */
import type { TimelineRecord, AnyEntry } from '../record/records.ts';
import { replacementsOf, type IndexAgreement, type IndexEvent, type StatusIndex } from './status-index.ts';

type Backlinks = ReadonlyMap<string, readonly { id: string }[]>;

/** Systems an entry names, where its schema has them (src/schemas on the systems branch adds `systems`). */
function systemsOf(data: object): string[] {
  const systems = (data as { systems?: unknown }).systems;
  return Array.isArray(systems) ? systems.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * `records` in timeline order and in the page's language; `byId` and `backlinks` as src/lib/site-data.ts
 * loads them. Agreements and events keep timeline order.
 */
export function statusIndexOf(records: readonly TimelineRecord[], byId: ReadonlyMap<string, AnyEntry>, backlinks: Backlinks): StatusIndex {
  const agreements: IndexAgreement[] = [];
  const events: IndexEvent[] = [];
  const stepsOf = (id: string) => {
    const entry = byId.get(id);
    return entry?.collection === 'agreements' ? entry.data.statusHistory.map((c) => ({ status: c.status, date: c.date })) : undefined;
  };
  for (const r of records) {
    const entry = byId.get(r.id);
    const lang = r.lang ? { lang: r.lang } : {};
    if (entry?.collection === 'agreements') {
      const steps = stepsOf(r.id)!;
      const links = new Set([...entry.data.related, ...(entry.data.partOf ? [entry.data.partOf] : []), ...(backlinks.get(r.id) ?? []).map((b) => b.id)]);
      const linked = [...links].flatMap((id) => {
        const other = stepsOf(id);
        return other ? [{ id, steps: other }] : [];
      });
      agreements.push({ id: r.id, title: r.title, ...lang, topics: r.topics, systems: systemsOf(entry.data), steps, replacedBy: replacementsOf({ id: r.id, steps }, linked) });
    } else if (entry?.collection === 'events') {
      events.push({ id: r.id, title: r.title, ...lang, date: r.date, topics: r.topics, systems: systemsOf(entry.data) });
    }
  }
  return { agreements, events };
}
