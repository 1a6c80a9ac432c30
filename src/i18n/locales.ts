/** The site's languages. English is the reference and lives at the root; Japanese lives under /ja/. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag for hreflang and <html lang>. */
export const LANG_TAGS: Record<Locale, string> = { en: 'en', ja: 'ja' };

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ja';
}

/** The locale a path belongs to: /ja/… is Japanese, everything else English. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/ja' || pathname.startsWith('/ja/') ? 'ja' : 'en';
}

/** The English path of any page, e.g. "/ja/agreements/sosa/" → "/agreements/sosa/". */
export function basePath(pathname: string): string {
  return localeOfPath(pathname) === 'ja' ? pathname.slice(3) || '/' : pathname;
}

/** A site path in a locale: "/agreements/sosa/" → "/ja/agreements/sosa/" in Japanese; unchanged in English. */
export function localePath(locale: Locale, path: string): string {
  const base = basePath(path);
  return locale === 'en' ? base : `/ja${base}`;
}

/** The same page in every locale, for hreflang alternates and the language switch. */
export function alternates(pathname: string): Record<Locale, string> {
  // The English 404 page is served as /404.html; the Japanese one lives at /ja/404/.
  if (/^\/404(?:\/|\.html)?$/.test(basePath(pathname))) return { en: '/404.html', ja: '/ja/404/' };
  return { en: localePath('en', pathname), ja: localePath('ja', pathname) };
}

/** The locale Astro resolved for the current page (`Astro.currentLocale`), narrowed. */
export function pageLocale(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}

/** Points the `[[id]]` links of an English body rendered to HTML at the pages of another locale. */
export function localizeEntryLinks(html: string, locale: Locale): string {
  if (locale === 'en') return html;
  return html.replace(/<a href="(\/(?:agreements|events|actors|topics|systems)\/[^"]*)" class="entry-link">/g, (_whole, path: string) => `<a href="${localePath(locale, path)}" class="entry-link">`);
}
