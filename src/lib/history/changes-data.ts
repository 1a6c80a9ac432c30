// The changes across the record as the changes page and feed show them, in a language.
import { siteData } from '../site/site-data.ts';
import { gitHistory } from './git-history.ts';
import { localizedChangeText, recordChanges, type Change } from './changes.ts';

export { localizedChangeText } from './changes.ts';
import { localeView } from '../site/i18n-data.ts';
import type { Locale } from '../../i18n/locales.ts';

/** How many changes the page lists and the feed carries: the newest ones. */
export const CHANGES_PAGE_LIMIT = 300;
export const CHANGES_FEED_LIMIT = 50;

export interface ShownChange extends Change {
  /** The entries it concerns, with their titles (in the page's language where translated) and site paths. */
  entries: { id: string; title: string; url: string; lang?: 'en' | undefined }[];
  /** 'en' where the text is in English on a page in another language (an untranslated correction). */
  lang?: 'en' | undefined;
}

let computed: Promise<{ available: boolean; changes: Change[] }> | undefined;
const cache = new Map<Locale, Promise<{ available: boolean; changes: ShownChange[] }>>();

/** Every change across the record, newest first, with the entries' titles in a language; computed once per build and language. */
export function siteChanges(locale: Locale = 'en') {
  computed ??= Promise.all([siteData(), gitHistory()]).then(([data, history]) => {
    const records = data.records.map((r) => {
      const entry = data.byId.get(r.id)!;
      return { collection: r.collection, id: r.id, corrections: 'corrections' in entry.data ? entry.data.corrections : [] };
    });
    return { available: history.available, changes: recordChanges(history, records) };
  });
  let shown = cache.get(locale);
  if (!shown) {
    shown = Promise.all([computed, localeView(locale)]).then(([{ available, changes }, view]) => ({
      available,
      changes: changes.map((change) => {
        const first = change.records[0];
        const entry = first ? view.data.byId.get(first.id) : undefined;
        const corrections = entry && 'corrections' in entry.data ? entry.data.corrections : [];
        const translated = first ? view.translations?.records.get(first.id)?.data.corrections : undefined;
        return {
          ...change,
          ...localizedChangeText(change, corrections, translated, locale),
          entries: change.records.map((r) => ({ id: r.id, title: view.nameOf(r.id), url: view.url(r.collection, r.id), lang: view.langOf(r.id) })),
        };
      }),
    }));
    cache.set(locale, shown);
  }
  return shown;
}
