// The search page: Pagefind, loaded only here, with its query, filters and sort kept in the URL.
import { excerptParts, pagefindOptions, readSearch, writeSearch, SEARCH_FILTERS, type SearchState } from '../lib/site/search-params';
import { systemForQuery, type SystemNames } from '../lib/figures/search-names';

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string | null, o: object): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.search-form')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
const PAGE = 20;
// The page's words for its status line, and the other language's filter labels mapped to this page's.
const messages: Record<string, string> = JSON.parse(status.dataset.messages ?? '{}');
const systems: SystemNames[] = JSON.parse(status.dataset.systems ?? '[]');
const aliases: Record<string, Record<string, string>> = JSON.parse(form.dataset.aliases ?? '{}');
const say = (key: string, n: number | Record<string, string | number> = 0) =>
  Object.entries(typeof n === 'number' ? { n } : n).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), messages[key] ?? '');
// The first result is painted as soon as its fragment arrives: at 10,000 entries Pagefind's ranking of a common word
// takes most of the time budget, so no second or third fragment is awaited before anything shows.
const FIRST = 1;

const pagefindPath = '/pagefind/pagefind.js';
status.textContent = say('loading');
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ pagefindPath).then(async (module: Pagefind) => {
  await module.options({ highlightParam: 'highlight', excerptLength: 24 });
  return module;
});
pagefind.catch(() => explainMissingIndex());

/** The index did not load: say why, in words a reader or an editor can act on, and how to fix it. */
async function explainMissingIndex() {
  let res: Response | undefined;
  try {
    res = await fetch(pagefindPath, { cache: 'no-store' });
  } catch {
    // Offline, or the server went away.
  }
  if (res?.status === 503) {
    // The dev server is still building its index (or reports why it could not): show its words, look again shortly.
    status.textContent = await res.text();
    setTimeout(() => void fetch(pagefindPath, { method: 'HEAD', cache: 'no-store' }).then((r) => (r.ok ? location.reload() : explainMissingIndex())), 2000);
    return;
  }
  status.textContent = res ? say('missing', { path: pagefindPath, status: res.status }) : say('noAnswer');
}

function stateFromForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) if (field(key).value) filters[key] = field(key).value;
  const sort = field('sort').value;
  return { q: field('q').value.trim(), filters, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
}

/**
 * The filter options come with the page (src/lib/site/search-filters.ts): asking Pagefind for them would load
 * its filter indexes, after which it counts every filter value for every search, which is slow at scale.
 */
function fillFilterOptions(state: SearchState) {
  for (const key of SEARCH_FILTERS) {
    const select = field(key) as HTMLSelectElement;
    const values = [...select.options].map((o) => o.value);
    select.value = state.filters[key] && values.includes(state.filters[key]!) ? state.filters[key]! : '';
  }
}

function renderResult(data: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.shortName && !data.meta.title?.includes(data.meta.shortName) ? `${data.meta.shortName} — ${data.meta.title}` : (data.meta.title ?? data.url);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'record-meta';
  meta.textContent = [data.meta.kind, data.meta.type, data.meta.date, data.meta.status].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, meta, excerpt);
  return item;
}

let latest = 0;
async function run(state: SearchState) {
  const ticket = ++latest;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    status.textContent = say('prompt');
    return;
  }
  const search = await (await pagefind).search(state.q || null, pagefindOptions(state));
  if (ticket !== latest) return;
  const pinned = state.sort === 'relevance' ? systemForQuery(state.q, systems) : undefined;
  if (pinned) {
    // The query names a system: its page first, wherever Pagefind ranked it on this page of results.
    const page = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
    if (ticket !== latest) return;
    const at = page.findIndex((d) => new URL(d.url, location.href).pathname === pinned);
    if (at > 0) page.unshift(...page.splice(at, 1));
    list.replaceChildren(...page.map(renderResult));
  } else {
    // Show the first few as soon as their fragments arrive, then the rest of the page.
    const first = await Promise.all(search.results.slice(0, FIRST).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...first.map(renderResult));
    const rest = await Promise.all(search.results.slice(FIRST, PAGE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...rest.map(renderResult));
  }
  const total = search.results.length;
  status.textContent =
    total === 0 ? say('none') : `${say(total === 1 ? 'one' : 'other', total)}${total > PAGE ? say('firstPage', PAGE) : ''}${document.documentElement.lang === 'ja' ? '。' : '.'}`;
}

function update() {
  const state = stateFromForm();
  history.replaceState(null, '', `${location.pathname}${writeSearch(state)}`);
  void run(state);
}

const initial = readSearch(location.search);
for (const key of SEARCH_FILTERS) {
  const value = initial.filters[key];
  if (value && aliases[key]?.[value]) initial.filters[key] = aliases[key][value];
}
field('q').value = initial.q;
field('sort').value = initial.sort;
fillFilterOptions(initial);
void run(stateFromForm());
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});
