// Filters the timeline in place. Loaded only on pages with a filter form; without it the facet pages do the job.
import { matches, readFilters, writeFilters, FILTER_KEYS, type FilterState } from '../lib/site/filters';

const form = document.querySelector<HTMLFormElement>('form.filters');
const timeline = document.querySelector<HTMLElement>('.timeline');
if (form && timeline) {
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const years = [...timeline.querySelectorAll<HTMLElement>('.year')];
  const items = years.flatMap((year) => [...year.querySelectorAll<HTMLElement>('.record')]);
  const words = (value: string | undefined) => (value ? value.split(' ') : []);
  const itemOf = (el: HTMLElement | SVGElement) => ({
    kind: el.dataset.kind ?? '',
    year: Number(el.dataset.year),
    status: el.dataset.status ?? '',
    topics: words(el.dataset.topics),
    actors: words(el.dataset.actors),
  });
  const data = new Map(items.map((el) => [el, itemOf(el)]));
  // The threads chart, if the page has one: its marks dim with the entries, and their echoes and status lines with them.
  const marks = [...document.querySelectorAll<SVGElement>('.tc-mark[data-entry]')].map((el) => ({ el, item: itemOf(el) }));
  const trails = [...document.querySelectorAll<SVGElement>('.tc [data-of]')];
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  // The fold: CSS decides whether it starts open (wide screens) or closed (phones); the button overrides that.
  const fold = document.querySelector<HTMLElement>('[data-filter-fold]');
  const toggle = fold?.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const panel = fold?.querySelector<HTMLElement>('.filter-panel');
  const activeCount = fold?.querySelector<HTMLElement>('[data-filter-active]');
  if (fold && toggle && panel) {
    const isOpen = () => getComputedStyle(panel).display !== 'none';
    toggle.setAttribute('aria-expanded', String(isOpen()));
    toggle.addEventListener('click', () => {
      fold.dataset.open = String(!isOpen());
      toggle.setAttribute('aria-expanded', String(isOpen()));
    });
    // Crossing the breakpoint changes the default; keep the button's state true to what is shown.
    matchMedia('(min-width: 48rem)').addEventListener('change', () => toggle.setAttribute('aria-expanded', String(isOpen())));
  }

  const apply = (state: FilterState) => {
    let shown = 0;
    for (const year of years) {
      let inYear = 0;
      for (const el of year.querySelectorAll<HTMLElement>('.record')) {
        const ok = matches(data.get(el)!, state);
        el.hidden = !ok;
        if (ok) inYear += 1;
      }
      year.hidden = inYear === 0;
      shown += inYear;
    }
    const out = new Set<string>();
    for (const { el, item } of marks) {
      const ok = matches(item, state);
      el.classList.toggle('tc-dim', !ok);
      if (!ok) out.add(el.dataset.entry!);
    }
    for (const el of trails) el.classList.toggle('tc-dim', out.has(el.dataset.of!));
    const reverse = state.order === 'newest';
    if ((timeline.dataset.order === 'newest') !== reverse) {
      for (const year of [...years].reverse()) timeline.append(year);
      for (const list of timeline.querySelectorAll('.record-list')) for (const el of [...list.children].reverse()) list.append(el);
      years.reverse();
      timeline.dataset.order = reverse ? 'newest' : 'oldest';
    }
    count.textContent = (count.dataset.template ?? 'Showing {shown} of {total} entries').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    const active = FILTER_KEYS.filter((key) => state[key]).length;
    if (activeCount) activeCount.textContent = active === 0 ? (activeCount.dataset.none ?? '· none active') : (activeCount.dataset.template ?? '· {n} active').replace('{n}', String(active));
  };

  const fromForm = (): FilterState => ({
    ...Object.fromEntries(FILTER_KEYS.map((key) => [key, field(key).value])),
    order: field('order').value === 'newest' ? 'newest' : 'oldest',
  }) as FilterState;

  const initial = readFilters(location.search);
  for (const key of FILTER_KEYS) {
    const select = field(key);
    // A value from an old or hand-edited link that no option matches is ignored rather than hiding everything.
    select.value = [...select.options].some((o) => o.value === initial[key]) ? initial[key] : '';
  }
  field('order').value = initial.order;
  apply(fromForm());
  document.documentElement.classList.remove('timeline-pending');

  form.addEventListener('change', () => {
    const state = fromForm();
    apply(state);
    history.replaceState(null, '', `${location.pathname}${writeFilters(state)}${location.hash}`);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => form.dispatchEvent(new Event('change')));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
