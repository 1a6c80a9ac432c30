/**
 * Sorting and filtering the register (progressive enhancement): shows the controls, reads ?sort=&system=&kind= from
 * the URL, and once a reader asks for anything but the page as built, fetches every row (/register/rows.json) and
 * draws the matching ones in the same table, keeping the state in the URL so it can be linked and reloaded.
 */
import { filterRows, sortRows, REGISTER_SORTS, type RegisterSort } from '../lib/figures/order';
import type { ClientRow } from '../lib/figures/register-view';

const form = document.querySelector<HTMLElement>('.register-controls');
const table = document.querySelector<HTMLTableElement>('table.register');
const status = document.querySelector<HTMLElement>('.register-status');

interface State {
  sort: RegisterSort;
  system: string;
  kind: string;
}

function readState(search: string, defaults: State): State {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') as RegisterSort | null;
  return {
    sort: sort && REGISTER_SORTS.includes(sort) ? sort : defaults.sort,
    system: params.get('system') ?? defaults.system,
    kind: params.get('kind') ?? defaults.kind,
  };
}

function writeState(state: State): string {
  const params = new URLSearchParams();
  if (state.sort !== 'date') params.set('sort', state.sort);
  if (state.system) params.set('system', state.system);
  if (state.kind) params.set('kind', state.kind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function cell(row: HTMLTableRowElement, header = false): HTMLElement {
  const el = document.createElement(header ? 'th' : 'td');
  if (header) el.setAttribute('scope', 'row');
  row.append(el);
  return el;
}

function link(href: string, text: string, lang?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (lang) a.lang = lang;
  return a;
}

function list(items: { text: string; attrs?: Record<string, string> }[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item.text;
    for (const [k, v] of Object.entries(item.attrs ?? {})) li.setAttribute(k, v);
    ul.append(li);
  }
  return ul;
}

/** One row as RegisterTable.astro draws it. */
function drawRow({ cells: c }: ClientRow, labels: { transmittal: string; source: string }): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.id = c.id;
  tr.dataset.type = c.type;
  const time = document.createElement('time');
  time.dateTime = c.date.datetime;
  time.dataset.precision = c.date.precision;
  time.textContent = c.date.text;
  cell(tr).append(time);
  const systems = cell(tr);
  if (c.systems.length > 0) {
    const ul = document.createElement('ul');
    for (const s of c.systems) {
      const li = document.createElement('li');
      li.append(link(s.url, s.name, s.lang));
      ul.append(li);
    }
    systems.append(ul);
  }
  const what = cell(tr, true);
  what.append(link(c.url, c.title, c.lang));
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = c.typeLabel;
  what.append(type);
  if (c.transmittal) {
    const tn = document.createElement('span');
    tn.className = 'transmittal';
    tn.textContent = `${labels.transmittal} ${c.transmittal}`;
    what.append(tn);
  }
  const quantities = cell(tr);
  if (c.quantities.length > 0) quantities.append(list(c.quantities.map((text) => ({ text }))));
  const values = cell(tr);
  const bases = cell(tr);
  if (c.values.length > 0) {
    values.append(list(c.values.map((x) => ({ text: x.text, attrs: { 'data-currency': x.currency, 'data-value': String(x.value) } }))));
    bases.append(list(c.values.map((x) => ({ text: x.basis }))));
  }
  const sources = cell(tr);
  c.sources.forEach((n, i) => {
    if (i > 0) sources.append(' ');
    const a = link(`${c.url}#source-${n}`, `[${n}]`);
    a.setAttribute('aria-label', `${labels.source.replace('{n}', String(n))}: ${c.title}`);
    sources.append(a);
  });
  return tr;
}

if (form && table && status) {
  const messages = JSON.parse(status.dataset.messages ?? '{}') as { shown: string; none: string; loading: string; failed: string; captions: Record<string, string> };
  const built: State = { sort: (form.dataset.sort as RegisterSort) || 'date', system: form.dataset.system ?? '', kind: '' };
  const labels = { transmittal: form.dataset.transmittal ?? '', source: form.dataset.source ?? '' };
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  let rows: Promise<ClientRow[]> | undefined;
  const load = () => (rows ??= fetch(form.dataset.rows!).then((r) => (r.ok ? (r.json() as Promise<ClientRow[]>) : Promise.reject(new Error(`${r.status}`)))));

  async function show(state: State) {
    select('sort').value = state.sort;
    select('system').value = state.system;
    select('kind').value = state.kind;
    // The page as built already shows this state (and its pager): nothing to draw.
    if (state.sort === built.sort && state.system === built.system && !state.kind) return;
    status!.textContent = messages.loading;
    const all = await load();
    const names = new Map(all.flatMap((r) => r.cells.systems.map((s) => [s.id, s.name] as const)));
    const matching = sortRows(
      filterRows(all.map((r) => ({ ...r.row, client: r })), { system: state.system || undefined, type: state.kind || undefined }),
      state.sort,
      (id) => names.get(id) ?? id,
      document.documentElement.lang,
    );
    const body = document.createElement('tbody');
    for (const r of matching) body.append(drawRow(r.client, labels));
    table!.tBodies[0]!.replaceWith(body);
    table!.caption!.textContent = messages.captions[state.sort] ?? '';
    document.querySelectorAll<HTMLElement>('nav.pager').forEach((nav) => (nav.hidden = true));
    status!.textContent = matching.length === 0 ? messages.none : messages.shown.replace('{n}', String(matching.length)).replace('{total}', String(all.length));
  }

  form.hidden = false;
  form.addEventListener('change', () => {
    const state: State = { sort: select('sort').value as RegisterSort, system: select('system').value, kind: select('kind').value };
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    void show(state).catch(() => (status!.textContent = messages.failed));
  });
  void show(readState(location.search, built)).catch(() => (status.textContent = messages.failed));
}
