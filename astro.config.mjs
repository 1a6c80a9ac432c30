// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import trackerContent from './src/integrations/content-check.ts';
import devSearch from './src/integrations/dev-search.ts';
import entryFiles from './src/integrations/entry-files.ts';
import { SITE_URL } from './src/consts.ts';
import { sitemapLinks } from './src/lib/publish/sitemap-links.ts';
import { TIMELINE_PENDING_HASH } from './src/lib/site/timeline-pending.ts';

export default defineConfig({
  site: SITE_URL,
  // The benchmark builds from a cold cache of its own, so it never disturbs (or reuses) the usual one.
  ...(process.env.TRACKER_CACHE_DIR ? { cacheDir: process.env.TRACKER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // `npm run build` writes here (through a scratch folder); `astro preview`, and so `npm start`, serves it.
  outDir: process.env.TRACKER_OUT_DIR ?? 'dist',
  // Pages render concurrently: most of their time is awaiting rendered entries, not CPU.
  build: { format: 'directory', concurrency: 4 },
  // Scripts go to cached files, never inline: an inline script is repeated in every page and hashed into
  // every page's CSP (at 20,000 pages, seconds of build and megabytes of HTML). Small page-specific CSS
  // (the timeline's, the search page's) stays inline for the first paint, as Astro does by default.
  vite: { build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.css') ? undefined : false) } },
  // Entries have no code blocks to highlight; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // English at the root, Japanese under /ja/; every page exists in both (src/pages/[...lang]/ makes each in both).
  i18n: { locales: ['en', 'ja'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // The 404 page is served for missing paths; it is not a page to index.
  integrations: [trackerContent(), devSearch(), entryFiles(), sitemap({
    filter: (page) => !page.endsWith('/404/'),
    // hreflang links between each page and its twin in the other language.
    serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }),
  })],
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [TIMELINE_PENDING_HASH] },
    },
  },
});
