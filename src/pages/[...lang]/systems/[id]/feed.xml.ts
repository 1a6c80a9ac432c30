// The newest entries that touch one system, as RSS.
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemFeed } from '../../../../lib/figures/system-feed';
import { systemPaths } from '../../../../lib/figures/paths';
import { inEachLocale } from '../../../../lib/site/static-paths';
import type { Locale } from '../../../../i18n/locales';

export const getStaticPaths: GetStaticPaths = () => inEachLocale(systemPaths());

export const GET: APIRoute = ({ params, props, site }) => systemFeed(props.locale as Locale, params.id!, site!);
