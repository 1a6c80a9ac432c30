// The document title, kept short enough to show whole.
const LIMIT = 70;

/**
 * The document title: the page's title and the site's short name, kept within 70 characters so
 * tabs, bookmarks and search results show it whole. Long titles fall back to the short name.
 */
export function pageTitle(title: string, siteName: string, shortName?: string): string {
  for (const candidate of [`${title} | ${siteName}`, title, shortName && `${shortName} | ${siteName}`, shortName]) {
    if (candidate && candidate.length <= LIMIT) return candidate;
  }
  const cut = title.slice(0, LIMIT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
