import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, exportedEntry } from './site-data';

/** `/agreements/<id>.json` and `/events/<id>.json`: one entry as published in /data/entries.json. */
export function entryJsonRoute(collection: 'agreements' | 'events') {
  const getStaticPaths: GetStaticPaths = async () => {
    const { records } = await siteData();
    return records.filter((r) => r.collection === collection).map((r) => ({ params: { id: r.id } }));
  };
  const GET: APIRoute = async ({ params, site }) => {
    const entry = await exportedEntry(site!, params.id!);
    return new Response(JSON.stringify(entry, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
  return { getStaticPaths, GET };
}
