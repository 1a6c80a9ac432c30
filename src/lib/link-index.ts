import type { ValidEntry } from './validate.ts';
import { entryUrl } from './urls.ts';
import { displayName } from './references.ts';

export interface LinkTarget {
  title: string;
  url: string;
}

/** id → title and URL, for rendering `[[id]]` links in entry bodies. */
export function linkIndex(entries: readonly ValidEntry[]): Map<string, LinkTarget> {
  return new Map(entries.map((e) => [e.id, { title: displayName(e), url: entryUrl(e.collection, e.id) }]));
}
