/**
 * Reads a page's <meta> tags the way Zotero's "Embedded Metadata" translator (with the RDF translator
 * it hands Dublin Core and Open Graph to) does, for the fields a saved web page gets: item type, title,
 * date, publisher, website title, language and URL. A faithful subset of its rules:
 * - tags are read from <head> by `name` or `property`; a prefix before `.`, `:` or `_` that is a known
 *   namespace (dc, dcterms, og, …) becomes an RDF statement, and `citation_*` is Highwire;
 * - the item type is, in order: og:type "website" → webpage, a dc:type that is a Zotero item type,
 *   then the default (journalArticle guessed from a lone `citation_title`, else webpage when there is
 *   RDF data), then og:type "article" → journalArticle as a guess;
 * - RDF gives title (dc:title, og:title), date (og:published_time, dc:date…), publisher (dc:publisher),
 *   language (dc:language), URL (og:url…) and, for a web page, the website title (og:site_name);
 *   Highwire fields then overwrite (citation_title, citation_date, citation_publisher,
 *   citation_language, citation_public_url); the URL falls back to <link rel=canonical>.
 * Runs inside the page (page.evaluate), so it must stay self-contained.
 */
export interface ZoteroItem {
  itemType: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
  websiteTitle?: string | undefined;
  language?: string | undefined;
  url?: string | undefined;
}

export function readEmbeddedMetadata(): ZoteroItem {
  const NAMESPACES = ['bib', 'bibo', 'dc', 'dcterms', 'prism', 'foaf', 'vcard', 'link', 'z', 'eprint', 'eprints', 'og', 'article', 'book', 'rdf'];
  const ITEM_TYPES = ['webpage', 'journalArticle', 'book', 'report', 'blogPost', 'newspaperArticle', 'magazineArticle', 'document'];
  const rdf = new Map<string, string>();
  const highwire = new Map<string, string>();
  let guessFromHighwire: string | undefined;
  for (const meta of document.head.getElementsByTagName('meta')) {
    const names = meta.getAttribute('name') ?? meta.getAttribute('property');
    const value = meta.getAttribute('content');
    if (!names || !value) continue;
    for (const tag of names.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      const prefix = parts[0]!.toLowerCase();
      if (NAMESPACES.includes(prefix)) {
        const prop = tag.slice(parts[0]!.length + 1);
        const key = `${prefix === 'dcterms' ? 'dc' : prefix}:${prop.charAt(0).toLowerCase()}${prop.slice(1)}`;
        if (!rdf.has(key)) rdf.set(key, value);
      } else if (tag.includes('citation_')) {
        const short = tag.slice(tag.lastIndexOf('citation_'));
        if (!highwire.has(short)) highwire.set(short, value);
        if (short === 'citation_title' || short === 'citation_series_title') guessFromHighwire ??= 'journalArticle';
      }
    }
  }
  const ogType = rdf.get('og:type');
  const dcType = rdf.get('dc:type');
  const t = {
    og: ogType === 'website' ? 'webpage' : ogType === 'book' ? 'book' : undefined,
    dc: dcType && Number.isNaN(parseInt(dcType)) && ITEM_TYPES.includes(dcType) ? dcType : undefined,
    ogGuess: ogType === 'article' ? 'journalArticle' : undefined,
  };
  const defaultType = guessFromHighwire ?? (rdf.size ? 'webpage' : undefined);
  const itemType = t.og ?? t.dc ?? defaultType ?? t.ogGuess;
  const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;
  const item: ZoteroItem = {
    itemType,
    title: rdf.get('dc:title') ?? rdf.get('og:title'),
    date: rdf.get('og:published_time') ?? rdf.get('dc:date.issued') ?? rdf.get('dc:issued') ?? rdf.get('dc:date'),
    publisher: rdf.get('dc:publisher'),
    language: rdf.get('dc:language'),
    url: rdf.get('og:url'),
  };
  if (itemType === 'webpage' || itemType === 'blogPost' || itemType === 'newspaperArticle') item.websiteTitle = rdf.get('og:site_name');
  const HIGHWIRE: [string, keyof ZoteroItem][] = [
    ['citation_title', 'title'],
    ['citation_publication_date', 'date'],
    ['citation_date', 'date'],
    ['citation_publisher', 'publisher'],
    ['citation_public_url', 'url'],
    ['citation_language', 'language'],
  ];
  for (const [name, field] of HIGHWIRE) {
    const value = clean(highwire.get(name));
    if (value) item[field] = value;
  }
  item.url ??= document.querySelector<HTMLLinkElement>('head > link[rel="canonical"]')?.href ?? location.href;
  if (!item.language) item.language = document.querySelector('meta[name="language" i]')?.getAttribute('content') ?? undefined;
  return item;
}
