import type { APIRoute } from 'astro';
import { exportedEntries } from '../../lib/site/site-data';
import { exportCsv } from '../../lib/publish/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(exportCsv(await exportedEntries(site!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
