import type { ValidEntry } from './validate.ts';
import { entryUrl } from './urls.ts';

export interface LinkTarget {
  title: string;
  url: string;
}

export function titleOf(entry: ValidEntry): string {
  const data = entry.data as { title?: string; name?: string };
  return data.title ?? data.name ?? entry.id;
}

/** id → title and URL, for rendering `[[id]]` links in entry bodies. */
export function linkIndex(entries: readonly ValidEntry[]): Map<string, LinkTarget> {
  return new Map(entries.map((e) => [e.id, { title: titleOf(e), url: entryUrl(e.collection, e.id) }]));
}
