/** The search page's state in its URL, so a search is a link. Pure, so it is unit-tested. */
export const SEARCH_FILTERS = ['kind', 'topic', 'actor', 'system', 'status', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: 'relevance' | 'newest' | 'oldest';
}

export function readSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
}

export function writeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTERS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's search options for a state. */
export function pagefindOptions(state: SearchState) {
  return {
    filters: Object.fromEntries(Object.entries(state.filters)),
    ...(state.sort === 'relevance' ? {} : { sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } }),
  };
}

/**
 * Pagefind excerpts are text with <mark> around matches. Rather than trust them as HTML, split
 * them into plain-text pieces and marked pieces, to be added to the page as text nodes.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|#39);/gi, (entity, code: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return named[code.toLowerCase()] ?? entity;
    });
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7).replace(/<[^>]*>/g, '')), marked: true }
        : { text: decode(part.replace(/<[^>]*>/g, '')), marked: false },
    );
}
