// The newest entries that touch one system, as RSS.
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemFeed } from '../../../lib/figures/system-feed';
import { systemPaths } from '../../../lib/figures/paths';

export const getStaticPaths: GetStaticPaths = systemPaths;

export const GET: APIRoute = ({ params, site }) => systemFeed('en', params.id!, site!);
