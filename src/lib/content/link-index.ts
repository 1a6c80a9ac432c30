// The titles and URLs `[[id]]` links render with, in English and in Japanese.
import type { ValidEntry } from './validate.ts';
import { entryUrl } from '../record/urls.ts';
import { displayName } from '../record/references.ts';
import type { ValidTranslation } from './translations.ts';
import type { LinkTarget } from '../../plugins/remark-entry-links.ts';

export type { LinkTarget };

/** id → title and URL, for rendering `[[id]]` links in entry bodies. */
export function linkIndex(entries: readonly ValidEntry[]): Map<string, LinkTarget> {
  return new Map(entries.map((e) => [e.id, { title: displayName(e), url: entryUrl(e.collection, e.id) }]));
}

/** The same for the Japanese edition: Japanese names where translated, and the /ja/ pages. */
export function localizedLinkIndex(entries: readonly ValidEntry[], translations: readonly ValidTranslation[]): Map<string, LinkTarget> {
  const names = new Map(translations.map((t) => [t.id, 'title' in t.data ? t.data.title : t.data.name]));
  return new Map(entries.map((e) => [e.id, { title: names.get(e.id) ?? (e.data as { titleJa?: string; nameJa?: string }).titleJa ?? (e.data as { nameJa?: string }).nameJa ?? displayName(e), url: `/ja${entryUrl(e.collection, e.id)}` }]));
}
