// The citation_* and DC.* meta tags reference managers read from an entry page.
import type { PartialDate } from '../../schemas/date.ts';

/**
 * The <meta> tags reference managers read from an entry page: Highwire Press `citation_*` (Google
 * Scholar, Zotero) and Dublin Core `DC.*` (Zotero's Embedded Metadata translator reads both). `DC.type`
 * "webpage" makes Zotero save a web-page item rather than guess a journal article from `citation_title`;
 * og:site_name (set by the layout) becomes its website title. All in the language of the page's words.
 */

export interface CitationPage {
  title: string;
  /** The page's canonical URL. */
  url: string;
  /** The date cited, as in "Cite this": the day the entry was last reviewed. */
  lastReviewed: PartialDate;
  /** The tracker's name in the page's language: publisher and website title. */
  siteTitle: string;
  /** BCP 47 tag of the words on the page (an untranslated entry on a Japanese page is "en"). */
  language: string;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function citationMeta(page: CitationPage): MetaTag[] {
  const date = page.lastReviewed.start;
  return [
    { name: 'citation_title', content: page.title },
    // Highwire dates are written with slashes; a month or year alone stays as precise as it is.
    { name: 'citation_date', content: date.replaceAll('-', '/') },
    { name: 'citation_publisher', content: page.siteTitle },
    { name: 'citation_language', content: page.language },
    { name: 'citation_public_url', content: page.url },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.title', content: page.title },
    { name: 'DC.date', content: date },
    { name: 'DC.publisher', content: page.siteTitle },
    { name: 'DC.language', content: page.language },
    { name: 'DC.identifier', content: page.url },
  ];
}
