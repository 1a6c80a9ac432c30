/**
 * Long lists (a topic, a status, every agreement or event) come in pages, so a page's weight and
 * build cost follow what it shows, not the size of the record. Page 1 keeps the list's own URL;
 * page n is at `<list URL>page/<n>/`.
 */
export const LIST_PAGE_SIZE = 200;

export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageItems<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The static paths of pages 2…n of a list; page 1 is the list's own route. */
export function laterPages(total: number, size = LIST_PAGE_SIZE): { n: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => ({ n: String(i + 2) }));
}
