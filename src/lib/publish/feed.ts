// The RSS feeds of entries (/feed.xml, each topic's feed), in English and Japanese.
import rss from '@astrojs/rss';
import type { ExportEntry } from '../../schemas/export.ts';
import { formatDate } from '../record/format.ts';
import { jaUrl } from './export.ts';
import { feedCopyright } from './licence.ts';
import { vocab } from '../../i18n/vocab.ts';
import type { Locale } from '../../i18n/locales.ts';

/** " Corrected 26 November 2026: …" (Japanese: "2026年11月26日訂正：…") for each correction, so feed readers see it too. */
export function correctionsText(e: Pick<ExportEntry, 'corrections' | 'ja'>, locale: Locale = 'en'): string {
  return e.corrections
    .map((c, i) => {
      const date = formatDate({ start: c.date, precision: 'day' }, locale);
      return locale === 'en' ? ` Corrected ${date}: ${c.change}` : `${date}訂正：${e.ja?.corrections?.[i] ?? c.change}`;
    })
    .join('');
}

/** An entry's words in a locale: the Japanese ones where translated, else the English. */
function wordsOf(e: ExportEntry, locale: Locale) {
  if (locale === 'en') return { title: e.title, shortName: e.shortName, summary: e.summary, link: e.url };
  return { title: e.ja?.title ?? e.title, shortName: e.ja ? e.ja.shortName : e.shortName, summary: e.ja?.summary ?? e.summary, link: e.ja?.url ?? jaUrl(e.url) };
}

/**
 * How many entries a feed carries: the newest. A feed is polled by readers' apps again and again; at
 * 10,000 entries the whole record made a 6 MB feed. The record in full is /data/entries.json, and what
 * is new or corrected, whatever its date, is /changes.xml.
 */
export const FEED_ITEMS = 100;

/** An RSS feed of the newest FEED_ITEMS entries (given newest first), with full summaries and canonical links; in English or Japanese. */
export function feedResponse(options: { title: string; description: string; site: URL; entries: readonly ExportEntry[]; locale?: Locale; nameOf?: (id: string) => string }) {
  const locale = options.locale ?? 'en';
  const v = vocab(locale);
  const typeLabel = (e: ExportEntry) => (locale === 'en' ? e.typeLabel : e.kind === 'agreement' ? v.agreementTypes[e.type as keyof typeof v.agreementTypes] : v.eventTypes[e.type as keyof typeof v.eventTypes]);
  return rss({
    title: options.title,
    description: options.description,
    site: locale === 'en' ? options.site : new URL('/ja/', options.site),
    trailingSlash: true,
    items: options.entries.slice(0, FEED_ITEMS).map((e) => {
      const w = wordsOf(e, locale);
      const stop = locale === 'en' ? '. ' : '。';
      return {
        title: w.shortName && !w.title.includes(w.shortName) ? `${w.title} (${w.shortName})` : w.title,
        link: w.link,
        // The day the entry is dated, at its start; readers see the precise wording in the description.
        pubDate: new Date(`${e.date.start.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`),
        description: `${formatDate(e.date, locale)} · ${typeLabel(e)}${e.status ? ` · ${v.statuses[e.status]}` : ''}${stop}${w.summary}${correctionsText(e, locale)}`,
        categories: e.topics.map((t) => options.nameOf?.(t.id) ?? t.name),
      };
    }),
    customData: `<language>${locale}</language><copyright>${feedCopyright(locale)}</copyright>`,
  });
}
