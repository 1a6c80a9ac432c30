/** The timeline's filter state, as it lives in the URL query string. Pure, so it is unit-tested. */
export interface FilterState {
  kind: string;
  topic: string;
  actor: string;
  status: string;
  from: string;
  to: string;
  order: 'oldest' | 'newest';
}

export const FILTER_KEYS = ['kind', 'topic', 'actor', 'status', 'from', 'to'] as const;

export function readFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key)?.trim() ?? '';
  return {
    kind: get('kind'),
    topic: get('topic'),
    actor: get('actor'),
    status: get('status'),
    from: get('from'),
    to: get('to'),
    order: get('order') === 'newest' ? 'newest' : 'oldest',
  };
}

/** Only the filters that are set, so an unfiltered view keeps a clean URL. */
export function writeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.order === 'newest') params.set('order', 'newest');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface FilterableItem {
  kind: string;
  year: number;
  status: string;
  topics: readonly string[];
  actors: readonly string[];
}

export function matches(item: FilterableItem, state: FilterState): boolean {
  if (state.kind && item.kind !== state.kind) return false;
  if (state.topic && !item.topics.includes(state.topic)) return false;
  if (state.actor && !item.actors.includes(state.actor)) return false;
  if (state.status && item.status !== state.status) return false;
  if (state.from && item.year < Number(state.from)) return false;
  if (state.to && item.year > Number(state.to)) return false;
  return true;
}
