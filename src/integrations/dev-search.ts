import type { AstroIntegration } from 'astro';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { contentDir, readContent } from '../lib/content/content-files.ts';
import { entryUrl } from '../lib/record/urls.ts';
import { indexPages, SEARCHABLE } from './search-index.ts';
import { localePath } from '../i18n/locales.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

type State =
  | { phase: 'building'; done: number; total: number }
  | { phase: 'ready'; files: Map<string, Uint8Array> }
  | { phase: 'failed'; message: string };

/**
 * `astro dev` serves no /pagefind/, so search would not work while editing. This builds the Pagefind
 * index from the pages the dev server itself renders, once it is listening and again after any change
 * under the content folder, and serves it from memory at /pagefind/. While it builds (or if it failed),
 * /pagefind/pagefind.js answers 503 with a sentence the search page shows.
 */
export default function devSearch(): AstroIntegration {
  return {
    name: 'tracker:dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let state: State = { phase: 'building', done: 0, total: 0 };
        let run = 0;
        let origin = '';

        // Just after start (or a config change) Astro may still be syncing content: a page can 404 for a moment.
        const render = async (url: string): Promise<string> => {
          for (let attempt = 1; ; attempt++) {
            const res = await fetch(new URL(url, origin), { headers: { accept: 'text/html' } });
            if (res.ok) return res.text();
            if (attempt === 5) throw new Error(`${url} answered ${res.status}`);
            await new Promise((r) => setTimeout(r, 2000));
          }
        };

        const rebuild = async () => {
          const ticket = ++run;
          // Each entry page and its Japanese twin (Pagefind keeps one index per language).
          const urls = readContent()
            .entries.flatMap((e) => [entryUrl(e.collection, e.id), localePath('ja', entryUrl(e.collection, e.id))])
            .filter((url) => SEARCHABLE.test(url));
          state = { phase: 'building', done: 0, total: urls.length };
          try {
            const pages: { url: string; html: string }[] = [];
            for (const url of urls) {
              pages.push({ url, html: await render(url) });
              if (ticket !== run) return;
              state = { phase: 'building', done: pages.length, total: urls.length };
            }
            const { files } = await indexPages(pages);
            if (ticket !== run) return;
            state = { phase: 'ready', files: new Map(files.map((f) => [`/pagefind/${f.path.split(sep).join('/')}`, f.content])) };
            logger.info(`search index ready: ${pages.length} pages at /pagefind/`);
          } catch (error) {
            if (ticket !== run) return;
            state = { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
            logger.error(`search index failed: ${state.message}`);
          }
        };

        server.httpServer?.once('listening', () => {
          const address = server.httpServer!.address() as AddressInfo;
          const host = address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
          origin = `http://${host}:${address.port}`;
          void rebuild();
        });

        const content = resolve(contentDir()) + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(content) || !origin) return;
          state = { phase: 'building', done: 0, total: 0 };
          clearTimeout(timer);
          timer = setTimeout(() => void rebuild(), 500);
        };
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);

        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith('/pagefind/')) return next();
          res.setHeader('cache-control', 'no-store');
          if (state.phase !== 'ready') {
            res.statusCode = 503;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(state.phase === 'building'
              ? `The dev server is building the search index${state.total ? ` (${state.done} of ${state.total} pages read)` : ''}. This page reloads when it is ready.`
              : `The dev server could not build the search index: ${state.message}. See the terminal running npm run dev; saving any content file tries again.`);
            return;
          }
          const file = state.files.get(path);
          if (!file) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(file);
        });
      },
    },
  };
}
