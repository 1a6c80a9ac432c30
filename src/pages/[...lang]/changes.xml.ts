import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../../lib/history/changes-feed';
import { inEachLocale } from '../../lib/site/static-paths';
import type { Locale } from '../../i18n/locales';

export const getStaticPaths = () => inEachLocale();

/** The changes page as RSS (/changes.xml, /ja/changes.xml): the newest changes, each linking to its line on the changes page. */
export const GET: APIRoute = ({ props, site }) => changesFeedResponse(site!, props.locale as Locale);
