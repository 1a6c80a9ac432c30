import { z } from 'astro/zod';

/**
 * `draft: true` keeps an agreement, event or actor out of the published site: the content check still
 * checks it (it may keep the scaffold's TODO placeholders), the development server shows it under a
 * "Draft" banner, and a production build leaves it out of every page, feed, export and index.
 * See src/lib/content/drafts.ts for where drafts are filtered and how "production" is decided.
 */
export const draftFields = {
  draft: z
    .boolean({ error: 'must be true (still being written: not published) or false; remove the line to publish' })
    .default(false),
};
