// Names each heading's "#" anchor in the page's language ("「概要」の節へのリンク" on a Japanese page), for screen readers.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { t } from '../i18n/ui.ts';
import { isUnder } from './paths.ts';

export interface SectionLabelOptions {
  /** Files under `root` (the Japanese edition) get Japanese labels. */
  localized?: { root: string } | undefined;
}

/** Runs after rehype-autolink-headings (behaviour `append`): labels the `.heading-anchor` link inside each heading. */
export default function rehypeSectionLabels({ localized }: SectionLabelOptions = {}) {
  return (tree: Root, file: VFile) => {
    const locale = localized && isUnder(file.path, localized.root) ? 'ja' : 'en';
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (/^h[1-6]$/.test(child.tagName)) {
          const anchor = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a' && String(c.properties.className ?? '').includes('heading-anchor'));
          if (anchor) {
            const title = toString({ ...child, children: child.children.filter((c) => c !== anchor) });
            // Label right after the class, where the attribute always stood (the HTML stays byte for byte the same).
            const { className, ...rest } = anchor.properties;
            anchor.properties = { className, ariaLabel: t(locale, 'jaText.sectionLink', { title }), ...rest };
          }
        } else visit(child);
      }
    };
    visit(tree);
  };
}
