import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkCitations from './remark-citations.ts';
import remarkEntryLinks, { type LinkTarget } from './remark-entry-links.ts';
import remarkGfmNoAutolink from './remark-gfm-no-autolink.ts';
import rehypeSectionLabels from './rehype-section-labels.ts';

/** Where Japanese bodies live, the `[[id]]` targets they link to (/ja/ pages), and how they label a citation. */
export interface LocalizedMarkdown {
  root: string;
  entries: ReadonlyMap<string, LinkTarget>;
  sourceLabel: string;
}

/** The remark and rehype plugins every entry body goes through, in the order they must run. */
export function markdownPlugins(entries: ReadonlyMap<string, LinkTarget>, localized?: LocalizedMarkdown) {
  return {
    remarkPlugins: [
      [remarkEntryLinks, { entries, localized }],
      [remarkCitations, { localized: localized && { root: localized.root, label: localized.sourceLabel } }],
    ] as const,
    rehypePlugins: [
      // Ids first, so the anchors below have something to point at.
      rehypeHeadingIds,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'] },
          content: { type: 'text', value: '#' },
        },
      ],
      // The anchors' labels, in the language of the file.
      [rehypeSectionLabels, { localized: localized && { root: localized.root } }],
    ] as const,
  };
}

/**
 * The site's Markdown processor: Astro's pipeline with the plugins above. Astro renders with it
 * (src/integrations/content-check.ts sets it as `markdown.processor`), and so do the worker threads
 * that render a large batch of bodies (src/lib/markdown/markdown-pool.ts), so both give the same HTML.
 * `literalAutolinks: false` is the same pipeline for bodies in which no literal autolink can occur
 * (see remark-gfm-no-autolink.ts).
 */
export function markdownProcessor(entries: ReadonlyMap<string, LinkTarget>, localized?: LocalizedMarkdown, { literalAutolinks = true } = {}) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(entries, localized);
  return unified({
    remarkPlugins: [...(literalAutolinks ? [] : [remarkGfmNoAutolink]), ...remarkPlugins] as never,
    rehypePlugins: [...rehypePlugins] as never,
    smartypants: false,
    ...(literalAutolinks ? {} : { gfm: false }),
  });
}
