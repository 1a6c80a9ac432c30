import type { APIRoute } from 'astro';
import { asOfYearChanges, asOfYearGroups, asOfYearPaths, statusIndexFor } from '../../../lib/as-of/site';
import { asOfYearJson } from '../../../lib/as-of/year-json';

export function getStaticPaths() {
  return asOfYearPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const year = Number(params.year);
  const known = { groups: await asOfYearGroups('en', year), changes: await asOfYearChanges('en', year) };
  return new Response(JSON.stringify(asOfYearJson(await statusIndexFor('en'), year, site!, known), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
