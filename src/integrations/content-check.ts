import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { assertContent } from '../lib/check.ts';
import { linkIndex } from '../lib/link-index.ts';
import { markdownPlugins } from '../plugins/markdown.ts';

/**
 * Checks the content before Astro builds or serves anything (schema errors in an editor's words,
 * plus what Astro does not check: dangling references, duplicate ids, order), then sets up the
 * Markdown pipeline with the checked entries so `[[id]]` links resolve.
 */
export default function trackerContent(): AstroIntegration {
  return {
    name: 'tracker:content',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        const entries = assertContent();
        logger.info(`${entries.length} entries passed the content check`);
        const { remarkPlugins, rehypePlugins } = markdownPlugins(linkIndex(entries));
        updateConfig({
          markdown: {
            processor: unified({
              remarkPlugins: [...remarkPlugins] as never,
              rehypePlugins: [...rehypePlugins] as never,
              smartypants: false,
            }),
          },
        });
      },
    },
  };
}
