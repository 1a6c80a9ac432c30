import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { siteChanges, CHANGES_FEED_LIMIT } from '../lib/changes-data';
import { CHANGES_STRINGS } from '../lib/changes-strings';
import { SITE_TITLE } from '../consts';

const t = CHANGES_STRINGS.en;

/** The changes page as RSS: the newest changes, each linking to its line on /changes/. */
export const GET: APIRoute = async ({ site }) => {
  const { changes } = await siteChanges();
  return rss({
    title: `${SITE_TITLE}: ${t.changesTitle}`,
    description: t.changesDescription,
    site: site!,
    trailingSlash: true,
    items: changes.slice(0, CHANGES_FEED_LIMIT).map((change) => ({
      title: t.feedItemTitle(change.kind, change.entries.slice(0, 3).map((e) => e.title).join('; ') + (change.entries.length > 3 ? ` ${t.andMore(change.entries.length - 3)}` : '')),
      // Unique per change (RSS readers key items by it) and stable across builds.
      link: new URL(`/changes/#${change.key}`, site).href,
      // A commit's time; a correction without a commit, the start of its day.
      pubDate: new Date(change.time),
      description: `${t.kinds[change.kind]}: ${change.text}`,
    })),
    customData: '<language>en</language>',
  });
};
