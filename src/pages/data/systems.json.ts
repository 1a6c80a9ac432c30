// Every system with its kind, makers, family, names in both languages and sums of its figures.
import type { APIRoute } from 'astro';
import { systemsExport } from '../../lib/figures/systems-export';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(await systemsExport(site!), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
