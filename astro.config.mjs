// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import trackerContent from './src/integrations/content-check.ts';
import devSearch from './src/integrations/dev-search.ts';
import { SITE_URL } from './src/consts.ts';
import { TIMELINE_PENDING_HASH } from './src/lib/timeline-pending.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // `npm run build` writes here (through a scratch folder); `astro preview`, and so `npm start`, serves it.
  outDir: process.env.TRACKER_OUT_DIR ?? 'dist',
  // Pages render concurrently: most of their time is awaiting rendered entries, not CPU.
  build: { format: 'directory', concurrency: 4 },
  // Entries have no code blocks to highlight; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // The 404 page is served for missing paths; it is not a page to index.
  integrations: [trackerContent(), devSearch(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [TIMELINE_PENDING_HASH] },
    },
  },
});
