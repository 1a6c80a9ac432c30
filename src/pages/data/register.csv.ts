// The register as CSV: one row per register row (src/lib/figures/register-csv.ts).
import type { APIRoute } from 'astro';
import { exportedEntries } from '../../lib/site/site-data';
import { registerCsv } from '../../lib/figures/register-csv';

export const GET: APIRoute = async ({ site }) => new Response(registerCsv(await exportedEntries(site!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
