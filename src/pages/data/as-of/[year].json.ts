import type { APIRoute } from 'astro';
import { asOfYearPaths, statusIndexFor } from '../../../lib/as-of/site';
import { asOfYearJson } from '../../../lib/as-of/year-json';

export function getStaticPaths() {
  return asOfYearPaths();
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(asOfYearJson(await statusIndexFor('en'), Number(params.year), site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
