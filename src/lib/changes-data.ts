import { siteData, nameOf } from './site-data.ts';
import { gitHistory } from './git-history.ts';
import { recordChanges, type Change } from './changes.ts';
import { entryUrl } from './urls.ts';

/** How many changes the page lists and the feed carries: the newest ones. */
export const CHANGES_PAGE_LIMIT = 300;
export const CHANGES_FEED_LIMIT = 50;

export interface ShownChange extends Change {
  /** The entries it concerns, with their titles and site paths. */
  entries: { id: string; title: string; url: string }[];
}

let loaded: Promise<{ available: boolean; changes: ShownChange[] }> | undefined;
/** Every change across the record, newest first, with the entries' titles; computed once per build. */
export function siteChanges() {
  loaded ??= Promise.all([siteData(), gitHistory()]).then(([data, history]) => {
    const records = data.records.map((r) => {
      const entry = data.byId.get(r.id)!;
      return { collection: r.collection, id: r.id, corrections: 'corrections' in entry.data ? entry.data.corrections : [] };
    });
    const changes = recordChanges(history, records).map((change) => ({
      ...change,
      entries: change.records.map((r) => ({ id: r.id, title: nameOf(data, r.id), url: entryUrl(r.collection, r.id) })),
    }));
    return { available: history.available, changes };
  });
  return loaded;
}
