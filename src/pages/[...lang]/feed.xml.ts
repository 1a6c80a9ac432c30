import type { APIRoute } from 'astro';
import { exportedEntries } from '../../lib/site/site-data';
import { localeView } from '../../lib/site/i18n-data';
import { inEachLocale } from '../../lib/site/static-paths';
import { feedResponse } from '../../lib/publish/feed';
import { t } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';

export const getStaticPaths = () => inEachLocale();

/** The newest entries as RSS (/feed.xml, /ja/feed.xml), with their words and names in the feed's language. */
export const GET: APIRoute = async ({ props, site }) => {
  const locale = props.locale as Locale;
  const view = await localeView(locale);
  return feedResponse({ title: t(locale, 'site.title'), description: t(locale, 'site.description'), site: site!, entries: await exportedEntries(site!), locale, nameOf: view.nameOf });
};
