// The sitemap's hreflang links between each page and its twin in the other language.
import { alternates, LANG_TAGS, LOCALES } from '../../i18n/locales.ts';

/**
 * The hreflang links of one sitemap URL: the page in each language. Derived from the URL itself,
 * because @astrojs/sitemap's own `i18n` option compares every URL with every other (2.5 s of a
 * 20,000-page build); every page has a twin (tests/e2e/i18n.test.ts checks the sitemap lists both).
 */
export function sitemapLinks(url: string): { url: string; lang: string }[] {
  const page = new URL(url);
  const twins = alternates(page.pathname);
  return LOCALES.map((locale) => ({ url: new URL(twins[locale], page).href, lang: LANG_TAGS[locale] }));
}
