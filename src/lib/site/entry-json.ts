// The /agreements/<id>.json and /events/<id>.json routes (served by `astro dev`; a build splits the export).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, exportedEntry } from './site-data';

/**
 * `/agreements/<id>.json` and `/events/<id>.json`: one entry as published in /data/entries.json.
 * Served by this route in `astro dev` only; a build writes the files by splitting /data/entries.json
 * (src/integrations/entry-files.ts), which costs a fraction of one route per entry.
 */
export function entryJsonRoute(collection: 'agreements' | 'events') {
  const getStaticPaths: GetStaticPaths = async () => {
    if (!import.meta.env.DEV) return [];
    const { records } = await siteData();
    return records.filter((r) => r.collection === collection).map((r) => ({ params: { id: r.id } }));
  };
  const GET: APIRoute = async ({ params, site }) => {
    const entry = await exportedEntry(site!, params.id!);
    return new Response(JSON.stringify(entry, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
  return { getStaticPaths, GET };
}
