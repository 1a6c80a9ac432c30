/** `[[entry-id]]` or `[[entry-id|link text]]`: a link to another entry by id. */
export const ENTRY_LINK = /\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^\]]+))?\]\]/g;

/** `[@1]` or `[@1, 3]`: citations of the entry's numbered sources. */
export const CITATION = /\[@(\d+(?:\s*,\s*\d+)*)\]/g;

export function citationNumbers(group: string): number[] {
  return group.split(',').map((n) => Number(n.trim()));
}
