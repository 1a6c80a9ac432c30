import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ENTRY_LINK } from './syntax.ts';
import { isUnder } from './paths.ts';

/** What an `[[id]]` link shows and where it goes. */
export interface LinkTarget {
  title: string;
  url: string;
}

export interface EntryLinkOptions {
  entries: ReadonlyMap<string, LinkTarget>;
  /** Files under `root` (the Japanese edition) link to their own language's pages and names. */
  localized?: { root: string; entries: ReadonlyMap<string, LinkTarget> } | undefined;
}

/**
 * Turns `[[sosa]]` into a link to the SOSA entry, showing its title, and `[[sosa|the arrangement]]`
 * into a link with that text. An unknown id stops the build, naming the file.
 */
export default function remarkEntryLinks({ entries: english, localized }: EntryLinkOptions) {
  return (tree: Root, file: VFile) => {
    const entries = localized && isUnder(file.path, localized.root) ? localized.entries : english;
    findAndReplace(tree, [
      [
        ENTRY_LINK,
        (_match: string, id: string, text: string | undefined) => {
          const target = entries.get(id);
          if (!target) {
            throw new Error(`${file.path ?? 'an entry'}: [[${id}]] links to an entry that does not exist`);
          }
          return {
            type: 'link',
            url: target.url,
            data: { hProperties: { className: ['entry-link'] } },
            children: [{ type: 'text', value: text ?? target.title }],
          };
        },
      ],
    ]);
  };
}
