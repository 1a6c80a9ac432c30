import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../../lib/history/changes-feed';

/** /changes.xml in Japanese: each item links to its line on /ja/changes/. */
export const GET: APIRoute = ({ site }) => changesFeedResponse(site!, 'ja');
