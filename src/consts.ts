/** Canonical origin of the published site; permalinks and citations are built on it. */
export const SITE_URL = process.env.TRACKER_SITE_URL ?? 'https://japan-us-defense-tracker.example.org';
/**
 * The tracker's source repository (e.g. https://github.com/owner/name), from TRACKER_REPO_URL: revision
 * histories link each change to its commit there, and "Suggest a correction" opens an issue form there.
 * Unset, histories show no links and corrections are reported as the About page says.
 */
export const REPO_URL = process.env.TRACKER_REPO_URL?.trim().replace(/\/+$/, '') || undefined;
export const SITE_TITLE = 'Japan–US Defense Industry Cooperation Tracker';
export const SITE_SHORT_TITLE = 'Japan–US Defense Industry Tracker';
export const SITE_DESCRIPTION =
  'A sourced, searchable record of the agreements and events of Japan–US defense-industry cooperation, from 1954 to today.';

/**
 * Up to this many entries, the home page shows the whole timeline and filters it in place. Past it,
 * the home page shows the most recent years and links to every year page; filtering moves to search.
 */
export const TIMELINE_FULL_LIMIT = 400;
