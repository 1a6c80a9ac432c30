import type { APIRoute, GetStaticPaths } from 'astro';
import { statusIndexFor } from '../../../../lib/as-of/site';
import { encodeIndex } from '../../../../lib/as-of/status-index';
import { inEachLocale } from '../../../../lib/site/static-paths';
import type { Locale } from '../../../../i18n/locales';

// The compact status index the as-of page loads for ?date= and ?since= (src/lib/as-of/status-index.ts).
export const getStaticPaths: GetStaticPaths = () => inEachLocale();

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(encodeIndex(await statusIndexFor(props.locale as Locale))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
