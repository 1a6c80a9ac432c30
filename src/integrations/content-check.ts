import type { AstroIntegration } from 'astro';
import { DRAFTS_ENV, decideDrafts, isDraft } from '../lib/content/drafts.ts';
import { checkedContent, localizedMarkdown } from '../lib/content/loader.ts';
import { markdownProcessor } from '../plugins/markdown.ts';

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
        // Checked once per build: the collections' loader takes these entries rather than reading the files again.
        const checked = checkedContent(undefined, true);
        const { entries, translations, warnings } = checked;
        const drafts = entries.filter((e) => isDraft(e.data)).length;
        const fate = show ? 'shown with a "Draft" banner' : 'left out of this build';
        logger.info(
          `${entries.length} entries passed the content check${drafts ? `; ${drafts} draft${drafts === 1 ? '' : 's'} ${fate}` : ''}; ${translations.length} Japanese translations`,
        );
        if (warnings.length > 0) logger.warn(`${warnings.length} warnings (missing or outdated translations): run npm run check:content to list them`);
        updateConfig({ markdown: { processor: markdownProcessor(checked.links, localizedMarkdown(checked)) } });
      },
    },
  };
}
