import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { exportedEntries } from '../../../lib/site/site-data';
import { feedResponse } from '../../../lib/publish/feed';
import { SITE_TITLE } from '../../../consts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('topics')).map((topic) => ({ params: { id: topic.id }, props: { name: topic.data.name, description: topic.data.description } }));

export const GET: APIRoute = async ({ params, props, site }) =>
  feedResponse({
    title: `${props.name} | ${SITE_TITLE}`,
    description: props.description,
    site: site!,
    entries: (await exportedEntries(site!)).filter((e) => e.topics.some((t) => t.id === params.id)),
  });
