import type { APIRoute } from 'astro';
import { statusIndexFor } from '../../../lib/as-of/site';
import { encodeIndex } from '../../../lib/as-of/status-index';

// The compact status index the as-of page loads for ?date= and ?since= (src/lib/as-of/status-index.ts).
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeIndex(await statusIndexFor('en'))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
