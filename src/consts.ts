/** Canonical origin of the published site; permalinks and citations are built on it. */
export const SITE_URL = process.env.TRACKER_SITE_URL ?? 'https://japan-us-defense-tracker.example.org';
export const SITE_TITLE = 'Japan–US Defense Industry Cooperation Tracker';
export const SITE_SHORT_TITLE = 'Japan–US Defense Industry Tracker';
export const SITE_DESCRIPTION =
  'A sourced, searchable record of the agreements and events of Japan–US defense-industry cooperation, from 1954 to today.';

/**
 * Up to this many entries, the home page shows the whole timeline and filters it in place. Past it,
 * the home page shows the most recent years and links to every year page; filtering moves to search.
 */
export const TIMELINE_FULL_LIMIT = 400;
