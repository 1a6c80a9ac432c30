/** The status index and the as-of pages' paths for the build, from the record loaded once (src/lib/i18n-data.ts). */
import { localeView } from '../site/i18n-data';
import { laterPages } from '../site/paging';
import { localePath, type Locale } from '../../i18n/locales';
import { statusIndexOf } from './build-index';
import { datedText, type IndexAgreement, type StatusIndex } from './status-index';
import type { StepRow } from './rows';
import type { StepNote } from './row-html';
import { asOfDay, changesByYear, yearEnd, yearsSpanned, type AsOfGroupList, type Changes } from './view';

/** The value cached under `key`, made by `make` the first time it is asked for: each lookup below is built once per build. */
function once<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

const indexes = new Map<Locale, Promise<StatusIndex>>();
export function statusIndexFor(locale: Locale): Promise<StatusIndex> {
  return once(indexes, locale, () => localeView(locale).then((view) => statusIndexOf(view.records, view.data.byId, view.data.backlinks)));
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

// Each year's grouping is asked for by every page of that year (1,078 pages at 10,000 entries) and by the
// paths: worked out once per language and year, not once per page over every agreement.
const yearGroups = new Map<string, Promise<AsOfGroupList[]>>();
/** Every agreement in its group at the end of a year, in one language. */
export function asOfYearGroups(locale: Locale, year: number): Promise<AsOfGroupList[]> {
  return once(yearGroups, `${locale}:${year}`, () => statusIndexFor(locale).then((index) => asOfDay(index, yearEnd(year))));
}

const yearChanges = new Map<Locale, Promise<Map<number, Changes>>>();
/** What changed in a year (end of the year before to end of this one), in one language: every year worked out in one pass. */
export async function asOfYearChanges(locale: Locale, year: number): Promise<Changes> {
  return (await once(yearChanges, locale, () => statusIndexFor(locale).then(changesByYear))).get(year) ?? { steps: [], events: [] };
}

/** Pages 2…n of a year whose agreements run past one page of a list; the same in both languages. */
export async function asOfPagePaths() {
  const years = await asOfYears();
  const totals = await Promise.all(years.map(async (year) => (await asOfYearGroups('en', year)).reduce((n, g) => n + g.items.length, 0)));
  return years.flatMap((year, i) => laterPages(totals[i]!).map(({ n }) => ({ params: { year: String(year), n } })));
}

// Lookups every as-of page needs, made once per language rather than once per page.
const byIds = new Map<Locale, Promise<Map<string, IndexAgreement>>>();
/** The status index's agreements by id. */
export function indexById(locale: Locale): Promise<Map<string, IndexAgreement>> {
  return once(byIds, locale, () => statusIndexFor(locale).then((index) => new Map(index.agreements.map((a) => [a.id, a]))));
}

const notes = new Map<Locale, Promise<(href: string, step: StepRow) => StepNote>>();
/** The sourced note of a step, by agreement URL and step: the translation where there is one, else the English marked as such. */
export function stepNotes(locale: Locale): Promise<(href: string, step: StepRow) => StepNote> {
  return once(notes, locale, () =>
    localeView(locale).then((view) => {
      const histories = new Map(view.data.agreements.map((a) => [view.url('agreements', a.id), a]));
      return (href: string, step: StepRow): StepNote => {
        const entry = histories.get(href);
        if (!entry) return undefined;
        const at = entry.data.statusHistory.findLastIndex((c) => c.status === step.status && datedText(c.date) === datedText(step.date));
        const translated = view.translations?.records.get(entry.id)?.data.statusNotes?.[at];
        const english = entry.data.statusHistory[at]?.note;
        return translated ? { text: translated, lang: undefined } : english ? { text: english, lang: locale === 'en' ? undefined : 'en' } : undefined;
      };
    }),
  );
}

export { asOfLink, asOfRestrictedLink } from './links';
