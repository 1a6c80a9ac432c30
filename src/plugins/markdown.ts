import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import type { LinkTarget } from '../lib/link-index.ts';
import remarkCitations from './remark-citations.ts';
import remarkEntryLinks from './remark-entry-links.ts';

/** The remark and rehype plugins every entry body goes through, in the order they must run. */
export function markdownPlugins(entries: ReadonlyMap<string, LinkTarget>, localized?: { root: string; entries: ReadonlyMap<string, LinkTarget>; sourceLabel: string }) {
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
          properties: (heading: Parameters<typeof toString>[0]) => ({
            className: ['heading-anchor'],
            ariaLabel: `Link to section “${toString(heading)}”`,
          }),
          content: { type: 'text', value: '#' },
        },
      ],
    ] as const,
  };
}
