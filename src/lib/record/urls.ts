// Every entry's permalink.
import type { CollectionName } from '../../schemas/index.ts';

/** The one place that decides an entry's permalink. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}
