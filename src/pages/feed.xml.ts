import type { APIRoute } from 'astro';
import { exportedEntries } from '../lib/site/site-data';
import { feedResponse } from '../lib/publish/feed';
import { SITE_TITLE, SITE_DESCRIPTION } from '../consts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({ title: SITE_TITLE, description: SITE_DESCRIPTION, site: site!, entries: await exportedEntries(site!) });
