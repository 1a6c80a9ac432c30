import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LinkTarget } from '../lib/link-index.ts';
import { ENTRY_LINK } from './syntax.ts';

export interface EntryLinkOptions {
  entries: ReadonlyMap<string, LinkTarget>;
}

/**
 * Turns `[[sosa]]` into a link to the SOSA entry, showing its title, and `[[sosa|the arrangement]]`
 * into a link with that text. An unknown id stops the build, naming the file.
 */
export default function remarkEntryLinks({ entries }: EntryLinkOptions) {
  return (tree: Root, file: VFile) => {
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
