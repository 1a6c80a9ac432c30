import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { exportedEntries } from '../../../../lib/site/site-data';
import { localeView } from '../../../../lib/site/i18n-data';
import { feedResponse } from '../../../../lib/publish/feed';
import { t } from '../../../../i18n/ui';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('topics')).map((topic) => ({ params: { id: topic.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const view = await localeView('ja');
  const id = params.id!;
  const description = view.translations?.topics.get(id)?.data.description ?? view.data.topics.find((topic) => topic.id === id)!.data.description;
  return feedResponse({
    title: `${view.nameOf(id)} | ${t('ja', 'site.title')}`,
    description: String(description),
    site: site!,
    entries: (await exportedEntries(site!)).filter((e) => e.topics.some((topic) => topic.id === id)),
    locale: 'ja',
    nameOf: view.nameOf,
  });
};
