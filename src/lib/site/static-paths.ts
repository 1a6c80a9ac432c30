// The pages each route makes (getStaticPaths), shared by both languages.
import { getCollection } from 'astro:content';
import { siteData } from './site-data';
import { statusesOf, yearsOf } from '../record/records';
import { localeView } from './i18n-data';
import { laterPages } from './paging';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales';

type Params = Record<string, string | number | undefined>;

/**
 * The routes under src/pages/[...lang]/ make each page once per language: English at the root (no `lang`),
 * Japanese under /ja/ (`lang: 'ja'`). Each path gets its `locale` as a prop; without paths, one page per language.
 */
export async function inEachLocale<P extends Params = Record<never, never>, Props extends object = Record<never, never>>(
  paths: { params: P; props?: Props }[] | Promise<{ params: P; props?: Props }[]> = [{ params: {} as P }],
): Promise<{ params: P & { lang: Locale | undefined }; props: Props & { locale: Locale } }[]> {
  const list = await paths;
  return LOCALES.flatMap((locale: Locale) =>
    list.map((path) => ({
      params: { ...path.params, lang: locale === DEFAULT_LOCALE ? undefined : locale },
      props: { ...(path.props as Props), locale },
    })),
  );
}

/** The pages each route makes, shared by the English routes and their Japanese twins under /ja/. */
export async function recordPaths(collection: 'agreements' | 'events') {
  return (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function actorPaths() {
  return (await getCollection('actors')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function topicPaths() {
  return (await getCollection('topics')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function yearPaths() {
  const { records } = await siteData();
  return yearsOf(records).map((year) => ({ params: { year: String(year) } }));
}

export async function statusPaths() {
  const { records } = await siteData();
  return statusesOf(records).map((status) => ({ params: { status } }));
}

/** Pages 2…n of the long lists (page 1 is the list's own route): the same in both languages. */
async function facets() {
  return (await localeView('en')).facets;
}

export async function kindPagePaths(collection: 'agreements' | 'events') {
  return laterPages((await facets()).kind.get(collection)?.length ?? 0).map(({ n }) => ({ params: { n } }));
}

export async function topicPagePaths() {
  const { topic } = await facets();
  return (await getCollection('topics')).flatMap((entry) => laterPages(topic.get(entry.id)?.length ?? 0).map(({ n }) => ({ params: { id: entry.id, n }, props: { entry } })));
}

export async function statusPagePaths() {
  const { status } = await facets();
  return [...status].flatMap(([s, list]) => laterPages(list.length).map(({ n }) => ({ params: { status: s, n } })));
}
