// The Pagefind index, built the same way for `npm run build` (from dist/) and for `npm run dev`
// (from the pages the dev server renders), so search behaves alike in both.
import * as pagefind from 'pagefind';

/**
 * Only entry pages carry searchable content; lists and facets would only repeat it. The Japanese
 * twins are indexed too: Pagefind makes one index per <html lang>, so /ja/search/ searches the
 * Japanese pages with Japanese word segmentation.
 */
export const SEARCHABLE = /^\/(ja\/)?(agreements|events|actors)\/[^/]+\/$/;

/**
 * What Pagefind reads from a page. Pagefind joins the text of elements it does not treat as blocks,
 * so a description list would read "TypeCompanyCountryUnited States" in excerpts. Here each term ends
 * with a colon and each description becomes a sentence of its own: "Type: Company. Country: United States."
 * The page the reader sees is unchanged.
 */
export function prepareForIndex(html: string): string {
  return html
    .replace(/<dt(\s[^>]*)?>([\s\S]*?)<\/dt>/g, (_m, attrs = '', label: string) => {
      const text = label.trimEnd();
      // Japanese labels (日付) take the full-width colon.
      const colon = /[\u3000-\u9fff]$/.test(text) ? '：' : ':';
      return `<dt${attrs}>${/[:：]$/.test(text) ? label : `${text}${colon}`} </dt>`;
    })
    .replace(/<dd(\s[^>]*)?>/g, (m) => `${m}<div>`)
    .replace(/<\/dd>/g, '</div></dd>');
}

export interface IndexedFile {
  path: string;
  content: Uint8Array;
}

/**
 * Indexes pages given as (URL path, HTML) pairs. With `outputPath` the bundle is written there;
 * otherwise its files are returned (the dev server keeps them in memory).
 */
export async function buildSearchIndex(pages: Iterable<{ url: string; html: string }>, outputPath?: string): Promise<{ files: IndexedFile[]; pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  for (const { url, html } of pages) {
    const added = await index.addHTMLFile({ url, content: prepareForIndex(html) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    count += 1;
  }
  let files: IndexedFile[] = [];
  if (outputPath) {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } else {
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not produce its files: ${got.errors.join('; ')}`);
    files = got.files;
  }
  await index.deleteIndex();
  return { files, pages: count };
}

export const closeSearchIndexer = () => pagefind.close();
