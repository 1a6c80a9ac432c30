// The as-of page for any day (?date=), with changes since another (?since=) and one topic or system
// (?topic=, ?system=): computed here from the compact status index. Without it the page shows the year's end.
import { decodeIndex, type StatusIndexFile } from '../lib/as-of/status-index';
import { asOfDay, changesBetween, yearEnd, type AsOfFilter } from '../lib/as-of/view';
import { changeRows, groupRows, type Link, type StepRow } from '../lib/as-of/rows';
import { isDay, parseDated } from '../lib/as-of/status-on';
import { formatDate } from '../lib/record/format';
import type { Locale } from '../i18n/locales';
import type { Status } from '../schemas/status';

interface Strings {
  title: string;
  titleDay: string;
  leadDay: string;
  countOne: string;
  countOther: string;
  groups: Record<string, string>;
  statuses: Record<Status, string>;
  statusLabel: string;
  /** Between the fields of a line: a space, or in Japanese a full-width one. */
  gap: string;
  notYetCertain: string;
  replacedBy: string;
  none: string;
  changesHeadingSince: string;
  changesNone: string;
  eventsHeading: string;
  eventsNone: string;
  restricted: string;
  loading: string;
  failed: string;
  badDate: string;
  topics: Record<string, string>;
  systems: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-as-of]');
const stringsEl = document.querySelector('[data-as-of-strings]');
if (root && stringsEl) {
  const s = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
  const locale = root.dataset.locale as Locale;
  const year = Number(root.dataset.year);
  const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: (Node | string)[]) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const link = (l: Link) => el('a', { href: l.href, lang: l.lang }, l.title);
  const badge = (status: Status) => el('span', { class: `badge status-${status}` }, el('span', { class: 'visually-hidden' }, s.statusLabel), s.statuses[status]);
  const time = (step: { date: StepRow['date']; dateText: string }) => el('time', { datetime: step.date.start, 'data-precision': step.date.precision }, step.dateText);
  const dayText = (day: string) => formatDate(parseDated(day), locale);

  const params = new URLSearchParams(location.search);
  const status = root.querySelector<HTMLElement>('[data-as-of-status]')!;
  const form = root.querySelector<HTMLFormElement>('[data-as-of-form]');
  const filter: AsOfFilter = { topic: params.get('topic') || undefined, system: params.get('system') || undefined };
  const messages: string[] = [];
  const valid = (name: string) => {
    const value = params.get(name);
    if (!value) return undefined;
    if (isDay(value)) return value;
    messages.push(fill(s.badDate, { value }));
    return undefined;
  };
  const date = valid('date');
  const since = valid('since');
  const day = date ?? yearEnd(year);

  if (form) {
    form.hidden = false;
    (form.elements.namedItem('date') as HTMLInputElement).value = day;
    if (since) (form.elements.namedItem('since') as HTMLInputElement).value = since;
    for (const [name, value] of Object.entries(filter)) if (value) form.append(el('input', { type: 'hidden', name, value }));
    // Go to the chosen day's own year page, so the page behind the script is the nearest static one.
    form.addEventListener('submit', (event) => {
      const data = new FormData(form);
      const chosen = String(data.get('date') ?? '');
      if (!isDay(chosen)) return;
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [k, v] of data) if (typeof v === 'string' && v) query.set(k, v);
      location.assign(`${form.action.replace(/\/as-of\/\d+\/.*$/, `/as-of/${chosen.slice(0, 4)}/`)}?${query}`);
    });
  }

  if (filter.topic || filter.system) messages.push(fill(s.restricted, { name: [filter.topic && (s.topics[filter.topic] ?? filter.topic), filter.system && (s.systems[filter.system] ?? filter.system)].filter(Boolean).join(', ') }));
  if (date || since || filter.topic || filter.system) {
    status.textContent = [s.loading, ...messages].join(' ');
    fetch(root.dataset.index!)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<StatusIndexFile>;
      })
      .then((file) => {
        render(decodeIndex(file));
        status.textContent = messages.join(' ');
      })
      .catch(() => {
        status.textContent = [s.failed, ...messages].join(' ');
      });
  } else if (messages.length > 0) {
    status.textContent = messages.join(' ');
  }

  function render(index: ReturnType<typeof decodeIndex>) {
    const byId = new Map(index.agreements.map((a) => [a.id, a]));
    const groups = groupRows(locale, asOfDay(index, day, filter), byId);
    const total = groups.reduce((n, g) => n + g.rows.length, 0);
    const heading = date ? fill(s.titleDay, { date: dayText(day) }) : fill(s.title, { year });
    root!.querySelector('[data-as-of-heading]')!.textContent = heading;
    document.title = document.title.replace(/^[^|｜]*?(?=\s*[|｜])/, heading);
    root!.querySelector('[data-as-of-lead]')!.textContent = fill(s.leadDay, { date: dayText(day), count: fill(total === 1 ? s.countOne : s.countOther, { n: total }) });

    const list = root!.querySelector<HTMLElement>('[data-as-of-list]')!;
    list.replaceChildren(
      ...(total === 0 ? [el('p', {}, s.none)] : []),
      ...groups.map(({ group, rows }) =>
        el('section', { class: 'as-of-group', 'aria-labelledby': `group-${group}` },
          el('h2', { id: `group-${group}` }, s.groups[group]!, ' ', el('span', { class: 'count' }, `(${rows.length})`)),
          el('ul', { class: 'as-of-list' }, ...rows.map((row) => el('li', { 'data-group': group },
            link(row.link),
            ...(row.step ? [el('span', { class: 'as-of-step' }, badge(row.step.status), s.gap, time(row.step))] : []),
            ...row.uncertain.map((u) => el('span', { class: 'as-of-uncertain' }, fill(s.notYetCertain, { status: s.statuses[u.status], date: u.dateText }))),
            ...(row.replacedBy.length > 0 ? [el('span', { class: 'as-of-replaced' }, `${s.replacedBy}${locale === 'en' ? ': ' : '：'}`, ...row.replacedBy.flatMap((r, i) => (i > 0 ? [locale === 'en' ? ', ' : '、', link(r)] : [link(r)])))] : []),
          ))),
        ),
      ),
    );

    // Changes: since the chosen day, or else since the end of the year before the day shown.
    const from = since ?? yearEnd(Number(day.slice(0, 4)) - 1);
    const changes = changeRows(locale, changesBetween(index, from, day, filter));
    const section = root!.querySelector<HTMLElement>('[data-as-of-changes]') ?? root!.appendChild(el('section', { class: 'as-of-changes', 'aria-labelledby': 'changes-heading', 'data-as-of-changes': '' }));
    section.replaceChildren(
      el('h2', { id: 'changes-heading' }, fill(s.changesHeadingSince, { since: dayText(from), date: dayText(day) })),
      changes.steps.length === 0 ? el('p', {}, s.changesNone) : el('ol', { class: 'as-of-list' }, ...changes.steps.map(({ link: l, step }) => el('li', {}, time(step), s.gap, badge(step.status), s.gap, link(l)))),
      el('h3', {}, s.eventsHeading),
      changes.events.length === 0 ? el('p', {}, s.eventsNone) : el('ol', { class: 'as-of-list' }, ...changes.events.map(({ link: l, date: d, dateText }) => el('li', {}, time({ date: d, dateText }), s.gap, link(l)))),
    );
  }
}
