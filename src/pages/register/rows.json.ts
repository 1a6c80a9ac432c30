// Every row of the register with its cells in this language, for the sorting and filtering script.
import type { APIRoute } from 'astro';
import { clientRows } from '../../lib/figures/register-view';

export const GET: APIRoute = async () => new Response(JSON.stringify(await clientRows('en')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
