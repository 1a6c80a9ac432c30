import { findAndReplace } from 'mdast-util-find-and-replace';
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CITATION, citationNumbers } from './syntax.ts';
import { isUnder } from './paths.ts';

export interface CitationOptions {
  /** Files under `root` (the Japanese edition) label their citations in its language, e.g. "出典 {n}". */
  localized?: { root: string; label: string } | undefined;
}

/** The number of sources the current entry lists, where the pipeline knows its frontmatter. */
function sourceCount(file: VFile): number | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: { sources?: unknown[] } } }).astro?.frontmatter;
  return Array.isArray(frontmatter?.sources) ? frontmatter.sources.length : undefined;
}

/**
 * Turns `[@2]` into a superscript link to the entry's second source (`#source-2`), and
 * `[@1, 3]` into two. A number past the end of the sources list stops the build.
 */
export default function remarkCitations({ localized }: CitationOptions = {}) {
  return (tree: Root, file: VFile) => {
    const count = sourceCount(file);
    const label = localized && isUnder(file.path, localized.root) ? localized.label : 'Source {n}';
    findAndReplace(tree, [
      [
        CITATION,
        (_match: string, group: string) => {
          const numbers = citationNumbers(group);
          const bad = numbers.find((n) => n < 1 || (count !== undefined && n > count));
          if (bad !== undefined) {
            throw new Error(`${file.path ?? 'an entry'}: [@${bad}] cites a source the entry does not list`);
          }
          const links: PhrasingContent[] = numbers.map((n) => ({
            type: 'link',
            url: `#source-${n}`,
            data: { hProperties: { className: ['citation'], ariaLabel: label.replace('{n}', String(n)) } },
            children: [{ type: 'text', value: String(n) }],
          }));
          const withCommas = links.flatMap((link, i) => (i === 0 ? [link] : [{ type: 'text', value: ',' } as PhrasingContent, link]));
          return {
            type: 'emphasis',
            data: { hName: 'sup', hProperties: { className: ['citations'] } },
            children: [{ type: 'text', value: '[' }, ...withCommas, { type: 'text', value: ']' }],
          } satisfies PhrasingContent;
        },
      ],
    ]);
  };
}
