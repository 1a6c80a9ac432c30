// The record's licence, as the footer, the feeds and the data name it (LICENSE-CONTENT.md says it in full).
import { t } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** A feed's `<copyright>`: the footer's licence line, with the licence's address. */
export function feedCopyright(locale: Locale): string {
  return `${t(locale, 'footer.licence')}${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url})${t(locale, 'footer.licenceAfter')}`;
}
