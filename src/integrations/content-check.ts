import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { assertContent } from '../lib/check.ts';
import { DRAFTS_ENV, decideDrafts, isDraft } from '../lib/drafts.ts';
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
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Decided here, from Astro's own command, for the collections (src/content.config.ts) to apply.
        const show = (process.env[DRAFTS_ENV] = decideDrafts(command)) === 'show';
        const entries = assertContent();
        const drafts = entries.filter((e) => isDraft(e.data)).length;
        const fate = show ? 'shown with a "Draft" banner' : 'left out of this build';
        logger.info(`${entries.length} entries passed the content check${drafts ? `; ${drafts} draft${drafts === 1 ? '' : 's'} ${fate}` : ''}`);
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
