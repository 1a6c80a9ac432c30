// The pages of systems and of the register, shared by the English routes and their Japanese twins under /ja/.
import { getCollection } from 'astro:content';
import { laterPages } from '../site/paging';
import { localeView } from '../site/i18n-data';
import { systemRecords } from './system-records';
import { registerView } from './register-view';
import { REGISTER_SORTS } from './register';

export async function systemPaths() {
  return (await getCollection('systems')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function systemPagePaths() {
  const view = await localeView('en');
  return (await getCollection('systems')).flatMap((entry) => laterPages(systemRecords(view, entry.id).length).map(({ n }) => ({ params: { id: entry.id, n }, props: { entry } })));
}

/** The register's other orders: /register/sort/<sort>/ (newest first is /register/ itself). */
export const OTHER_SORTS = REGISTER_SORTS.filter((s) => s !== 'date');

export async function registerPagePaths() {
  return laterPages((await registerView('en')).rows.length).map(({ n }) => ({ params: { n } }));
}

export function registerSortPaths() {
  return OTHER_SORTS.map((sort) => ({ params: { sort } }));
}

export async function registerSortPagePaths() {
  const total = (await registerView('en')).rows.length;
  return OTHER_SORTS.flatMap((sort) => laterPages(total).map(({ n }) => ({ params: { sort, n } })));
}

/** One system's rows: every system that has any. */
export async function registerSystemPaths() {
  return (await registerView('en')).systems.map((s) => ({ params: { id: s.id } }));
}

export async function registerSystemPagePaths() {
  const { bySystem } = await registerView('en');
  return [...bySystem].flatMap(([id, figures]) => laterPages(figures.rows.length).map(({ n }) => ({ params: { id, n } })));
}
