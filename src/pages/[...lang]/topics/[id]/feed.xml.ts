import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportedEntries } from '../../../../lib/site/site-data';
import { localeView } from '../../../../lib/site/i18n-data';
import { inEachLocale } from '../../../../lib/site/static-paths';
import { feedResponse } from '../../../../lib/publish/feed';
import { t } from '../../../../i18n/ui';
import type { Locale } from '../../../../i18n/locales';

export const getStaticPaths = async () => inEachLocale((await getCollection('topics')).map((topic) => ({ params: { id: topic.id } })));

/** One topic's entries as RSS (/topics/<id>/feed.xml, /ja/topics/<id>/feed.xml). */
export const GET: APIRoute = async ({ params, props, site }) => {
  const locale = props.locale as Locale;
  const view = await localeView(locale);
  const id = params.id!;
  const description = view.translations?.topics.get(id)?.data.description ?? view.data.topics.find((topic) => topic.id === id)!.data.description;
  return feedResponse({
    title: `${view.nameOf(id)} | ${t(locale, 'site.title')}`,
    description: String(description),
    site: site!,
    entries: (await exportedEntries(site!)).filter((e) => e.topics.some((topic) => topic.id === id)),
    locale,
    nameOf: view.nameOf,
  });
};
