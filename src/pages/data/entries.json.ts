import type { APIRoute } from 'astro';
import { exportedEntries } from '../../lib/site/site-data';
import { exportFile } from '../../lib/publish/export';
import { SITE_TITLE } from '../../consts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(exportFile(await exportedEntries(site!), SITE_TITLE, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
