// What a page needs in one language: records, names and URLs in English or Japanese.
import { jaData, type JaData } from './ja-data';
import { siteData, nameOf, type SiteData } from './site-data';
import type { TimelineRecord, AnyEntry } from '../record/records';
import { entryUrl } from '../record/urls';
import { facetIndex } from '../record/facets';
import { displayName } from '../record/references';
import { localePath, type Locale } from '../../i18n/locales';
import { vocab, type Vocabulary } from '../../i18n/vocab';
import { useTranslations } from '../../i18n/ui';

export { jaData, isOutdated, type JaData, type RecordTranslationEntry } from './ja-data';
export { localizeEntryLinks } from '../../i18n/locales';
export { facetIndex } from '../record/facets';

/** Japanese display name of any entry, or undefined where it has no translation yet. */
function jaName(tr: JaData, entry: AnyEntry): string | undefined {
  if (entry.collection === 'agreements' || entry.collection === 'events') return tr.records.get(entry.id)?.data.title ?? entry.data.titleJa;
  if (entry.collection === 'actors') return tr.actors.get(entry.id)?.data.name ?? entry.data.nameJa;
  if (entry.collection === 'systems') return tr.systems.get(entry.id)?.data.name;
  return tr.topics.get(entry.id)?.data.name;
}

/**
 * Everything a page needs in one language: the records with their words in that language (same order
 * and positions as the English timeline), names, URLs and labels. Built once per locale; English text
 * standing in for a missing translation is marked with `lang: 'en'`.
 */
async function loadView(locale: Locale) {
  const data = await siteData();
  const t = useTranslations(locale);
  const v: Vocabulary = vocab(locale);
  const url = (collection: AnyEntry['collection'], id: string) => localePath(locale, entryUrl(collection, id));
  if (locale === 'en') {
    return { locale, data, t, v, url, records: data.records, facets: facetIndex(data.records), nameOf: (id: string) => nameOf(data, id), langOf: (_id: string): 'en' | undefined => undefined, translations: undefined };
  }
  const tr = await jaData();
  const names = new Map<string, string>();
  for (const entry of data.all) {
    const name = jaName(tr, entry);
    if (name) names.set(entry.id, name);
  }
  const typeLabel = (e: AnyEntry) => (e.collection === 'agreements' ? v.agreementTypes[e.data.type] : e.collection === 'events' ? v.eventTypes[e.data.type] : '');
  const records: TimelineRecord[] = data.records.map((r) => {
    const d = tr.records.get(r.id)?.data;
    return {
      ...r,
      url: localePath('ja', r.url),
      title: d?.title ?? r.title,
      shortName: d ? d.shortName : r.shortName,
      summary: d?.summary ?? r.summary,
      kindLabel: v.kinds[r.collection],
      typeLabel: typeLabel(data.byId.get(r.id)!),
      ...(d ? {} : { lang: 'en' as const }),
    };
  });
  return {
    locale,
    data,
    t,
    v,
    url,
    records,
    facets: facetIndex(records),
    nameOf: (id: string) => names.get(id) ?? nameOf(data, id),
    /** 'en' where the name shown is the English one. */
    langOf: (id: string): 'en' | undefined => (names.has(id) || !data.byId.has(id) ? undefined : 'en'),
    translations: tr,
  };
}
export type LocaleView = Awaited<ReturnType<typeof loadView>>;

const views = new Map<Locale, Promise<LocaleView>>();
export function localeView(locale: Locale): Promise<LocaleView> {
  let view = views.get(locale);
  if (!view) views.set(locale, (view = loadView(locale)));
  return view;
}

export type { SiteData };
export { displayName };

