// An entry as CSL-JSON, for reference managers ("Cite this").
import type { PartialDate } from '../../schemas/date.ts';

/**
 * An entry as CSL-JSON, the citation data Zotero, Mendeley, Pandoc and citeproc read: one "webpage"
 * item in an array (the form a CSL-JSON file takes), dated like the other styles by the day the
 * entry was last reviewed, in the language of the page's words.
 */

export interface CslEntry {
  id: string;
  title: string;
  url: string;
  lastReviewed: PartialDate;
  siteTitle: string;
  /** BCP 47 tag of the words cited: "en", or "ja" where the entry is translated. */
  language: string;
}

/** The CSL-JSON fields this site writes (a subset of the CSL 1.0.2 schema's item). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  author: { literal: string }[];
  URL: string;
  issued: { 'date-parts': [number[]] };
  language: string;
}

/** "2026-11-25" → [2026, 11, 25]; "2026-11" → [2026, 11]; "2026" → [2026]. */
export function dateParts(date: PartialDate): number[] {
  return date.start.split('-').map(Number);
}

export function cslItem(e: CslEntry): CslItem {
  return {
    id: `jusdit-${e.id}`,
    type: 'webpage',
    title: e.title,
    'container-title': e.siteTitle,
    publisher: e.siteTitle,
    // As in the APA and BibTeX citations: the site is the author of its entries.
    author: [{ literal: e.siteTitle }],
    URL: e.url,
    issued: { 'date-parts': [dateParts(e.lastReviewed)] },
    language: e.language,
  };
}

/** The text "Cite this" shows and copies: a CSL-JSON array of the one item, indented for reading. */
export function cslJson(e: CslEntry): string {
  return JSON.stringify([cslItem(e)], null, 2);
}
