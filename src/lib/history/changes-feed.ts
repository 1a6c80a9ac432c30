// The changes feed (/changes.xml, /ja/changes.xml): the newest changes to the record as RSS.
import rss from '@astrojs/rss';
import { siteChanges, CHANGES_FEED_LIMIT } from './changes-data.ts';
import { t as ui, UI } from '../../i18n/ui.ts';
import { localePath, type Locale } from '../../i18n/locales.ts';
import { feedCopyright } from '../publish/licence.ts';

/** The changes page as RSS, in a language: the newest changes, each linking to its line on the changes page. */
export async function changesFeedResponse(site: URL, locale: Locale) {
  const t = UI[locale];
  const { changes } = await siteChanges(locale);
  const page = localePath(locale, '/changes/');
  const colon = locale === 'en' ? ': ' : '：';
  const separator = locale === 'en' ? '; ' : '、';
  return rss({
    title: `${ui(locale, 'site.title')}${colon}${t['changes.title']}`,
    description: t['changes.description'],
    site: new URL(localePath(locale, '/'), site),
    trailingSlash: true,
    items: changes.slice(0, CHANGES_FEED_LIMIT).map((change) => {
      const titles =
        change.entries
          .slice(0, 3)
          .map((e) => e.title)
          .join(separator) + (change.entries.length > 3 ? ` ${t['changes.andMore'](change.entries.length - 3)}` : '');
      return {
        title: t['changes.feedItemTitle'](change.kind, titles),
        // Unique per change (RSS readers key items by it) and stable across builds.
        link: new URL(`${page}#${change.key}`, site).href,
        // A commit's time; a correction without a commit, the start of its day.
        pubDate: new Date(change.time),
        // A commit without a public line in this language is described by the entries it touched.
        description: `${t[`changes.kind.${change.kind}`]}${colon}${change.text || titles}`,
      };
    }),
    customData: `<language>${locale}</language><copyright>${feedCopyright(locale)}</copyright>`,
  });
}
