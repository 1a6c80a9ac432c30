/** The status index and the as-of pages' paths for the build, from the record loaded once (src/lib/i18n-data.ts). */
import { localeView } from '../site/i18n-data';
import { laterPages } from '../site/paging';
import { localePath, type Locale } from '../../i18n/locales';
import { statusIndexOf } from './build-index';
import type { StatusIndex } from './status-index';
import { asOfDay, yearEnd, yearsSpanned } from './view';

const indexes = new Map<Locale, Promise<StatusIndex>>();
export function statusIndexFor(locale: Locale): Promise<StatusIndex> {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = localeView(locale).then((view) => statusIndexOf(view.records, view.data.byId, view.data.backlinks))));
  return index;
}

/** Where the browser fetches the status index for a language. */
export function statusIndexUrl(locale: Locale): string {
  return localePath(locale, '/data/as-of/index.json');
}

// Every entry page asks for the years: worked out once per build, not once per page over the whole index.
let years: Promise<number[]> | undefined;
export function asOfYears(): Promise<number[]> {
  return (years ??= statusIndexFor('en').then(yearsSpanned));
}

export async function asOfYearPaths() {
  return (await asOfYears()).map((year) => ({ params: { year: String(year) } }));
}

/** Pages 2…n of a year whose agreements run past one page of a list; the same in both languages. */
export async function asOfPagePaths() {
  const index = await statusIndexFor('en');
  return (await asOfYears()).flatMap((year) => {
    const total = asOfDay(index, yearEnd(year)).reduce((n, g) => n + g.items.length, 0);
    return laterPages(total).map(({ n }) => ({ params: { year: String(year), n } }));
  });
}

export { asOfLink, asOfRestrictedLink } from './links';
