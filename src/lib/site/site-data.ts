// The collections, loaded once per build, with the timeline and backlinks the pages share.
import { getCollection } from 'astro:content';
import { backlinkIndex, timeline, type AnyEntry } from '../record/records.ts';
import { exportEntry } from '../publish/export.ts';
import { displayName } from '../record/references.ts';
import type { ExportEntry } from '../../schemas/export.ts';
import { jaData } from './ja-data';

/**
 * Everything the pages need, loaded once per build rather than once per page. Drafts are already gone
 * from the collections in a production build (src/content.config.ts, src/lib/content/drafts.ts), so nothing
 * built from here, or from getCollection directly, can show one.
 */
async function load() {
  const [agreements, events, actors, topics, systems] = await Promise.all([
    getCollection('agreements'),
    getCollection('events'),
    getCollection('actors'),
    getCollection('topics'),
    getCollection('systems'),
  ]);
  const all = [...agreements, ...events, ...actors, ...topics, ...systems] as AnyEntry[];
  const byId = new Map(all.map((e) => [e.id, e]));
  const records = timeline(all);
  // Positions in time, so each page finds its neighbours without scanning thousands of records.
  const position = new Map(records.map((r, i) => [r.id, i]));
  return { agreements, events, actors, topics, systems, all, byId, records, position, backlinks: backlinkIndex(all) };
}

let cached: ReturnType<typeof load> | undefined;
export function siteData() {
  cached ??= load();
  return cached;
}

export type SiteData = Awaited<ReturnType<typeof load>>;

/** Display name of any entry by id: the title of a record, the name of an actor or topic. */
export function nameOf(data: SiteData, id: string): string {
  const entry = data.byId.get(id);
  return entry ? displayName(entry) : id;
}

let exported: Promise<ExportEntry[]> | undefined;
/** Every agreement and event in its published form, newest first, for feeds and data files; built once. */
export function exportedEntries(site: URL): Promise<ExportEntry[]> {
  exported ??= Promise.all([siteData(), jaData()]).then(([data, ja]) =>
    data.records
      .map((r) => exportEntry(data.byId.get(r.id) as Extract<AnyEntry, { collection: 'agreements' | 'events' }>, data.byId, site, ja.records.get(r.id)?.data))
      .reverse(),
  );
  return exported;
}

let exportedIndex: Promise<Map<string, ExportEntry>> | undefined;
/** The same, by id, for the per-entry JSON files. */
export function exportedEntry(site: URL, id: string): Promise<ExportEntry | undefined> {
  exportedIndex ??= exportedEntries(site).then((list) => new Map(list.map((e) => [e.id, e])));
  return exportedIndex.then((index) => index.get(id));
}
