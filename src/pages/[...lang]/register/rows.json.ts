// Every row of the register with its cells in this language, for the sorting and filtering script.
import type { APIRoute, GetStaticPaths } from 'astro';
import { clientRows } from '../../../lib/figures/register-view';
import { inEachLocale } from '../../../lib/site/static-paths';
import type { Locale } from '../../../i18n/locales';

export const getStaticPaths: GetStaticPaths = () => inEachLocale();

export const GET: APIRoute = async ({ props }) => new Response(JSON.stringify(await clientRows(props.locale as Locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
