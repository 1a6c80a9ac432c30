// Names of languages in the page's language, for sources lists.
import type { Locale } from '../../i18n/locales.ts';

const cache = new Map<Locale, Intl.DisplayNames>();

/** Language names in a locale ("Japanese", "英語"). Made once per locale: building one is the costliest step of a sources list. */
export function languageNames(locale: Locale): Intl.DisplayNames {
  let names = cache.get(locale);
  if (!names) cache.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  return names;
}
