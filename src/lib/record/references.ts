// The fields through which entries point at one another, and how to name any entry.
import type { CollectionName } from '../../schemas/index.ts';

/** Every field through which an entry points at others, how the pages name that link, and where it must land. */
export const REFERENCE_FIELDS = [
  { field: 'topics', relation: 'topic', target: 'topics' },
  { field: 'related', relation: 'related', target: 'any' },
  { field: 'parties', relation: 'party', target: 'actors' },
  { field: 'actors', relation: 'actor', target: 'actors' },
  { field: 'outcome', relation: 'outcome', target: 'agreements' },
  { field: 'partOf', relation: 'part of', target: 'agreements' },
  { field: 'memberOf', relation: 'member of', target: 'actors' },
  { field: 'systems', relation: 'system', target: 'systems' },
  { field: 'makers', relation: 'maker', target: 'actors' },
  { field: 'family', relation: 'family', target: 'systems' },
] as const satisfies readonly { field: string; relation: string; target: CollectionName | 'any' }[];

export type Reference = { path: string; id: string; relation: string; target: CollectionName | 'any' };

/** The references in an entry's data, each with its field path (e.g. "related[1]") for error messages. */
export function referencesOf(data: object): Reference[] {
  const refs: Reference[] = [];
  const record = data as Record<string, unknown>;
  for (const { field, relation, target } of REFERENCE_FIELDS) {
    const value = record[field];
    if (Array.isArray(value)) value.forEach((id: string, i) => refs.push({ path: `${field}[${i}]`, id, relation, target }));
    else if (typeof value === 'string') refs.push({ path: field, id: value, relation, target });
  }
  // A figure or a count may name the system it is for; that system is referenced like any other.
  for (const field of ['amounts', 'quantities'] as const) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const id = typeof item === 'object' && item !== null ? (item as { system?: unknown }).system : undefined;
      if (typeof id === 'string') refs.push({ path: `${field}[${i}].system`, id, relation: 'system', target: 'systems' });
    });
  }
  return refs;
}

/** How to show any entry by name: records have titles, actors and topics have names. */
export function displayName(entry: { id: string; data: object }): string {
  const data = entry.data as { title?: string; name?: string };
  return data.title ?? data.name ?? entry.id;
}
