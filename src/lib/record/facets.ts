// The records grouped by topic, year, status and kind, for the facet pages.
import type { TimelineRecord } from './records.ts';

/** The records of each topic, year, status and kind, in timeline order: one pass, so facet pages never scan them all. */
export function facetIndex(records: readonly TimelineRecord[]) {
  const add = <K,>(map: Map<K, TimelineRecord[]>, key: K, r: TimelineRecord) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  const index = { topic: new Map<string, TimelineRecord[]>(), year: new Map<number, TimelineRecord[]>(), status: new Map<string, TimelineRecord[]>(), kind: new Map<string, TimelineRecord[]>() };
  for (const r of records) {
    for (const id of new Set(r.topics)) add(index.topic, id, r);
    add(index.year, r.year, r);
    if (r.status) add(index.status, r.status, r);
    add(index.kind, r.collection, r);
  }
  return index;
}
