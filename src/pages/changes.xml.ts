import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../lib/history/changes-feed';

/** The changes page as RSS: the newest changes, each linking to its line on /changes/. */
export const GET: APIRoute = ({ site }) => changesFeedResponse(site!, 'en');
