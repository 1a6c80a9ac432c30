// Which runs show draft entries, and the one place that leaves them out of the collections.
import type { Loader } from 'astro/loaders';

/**
 * Drafts (`draft: true` in an agreement, event or actor) are filtered in ONE place: the content
 * collections (src/content.config.ts wraps each loader with `withoutDrafts`). Every page, feed, export,
 * index and backlink reads the collections, directly or through src/lib/site/site-data.ts, so none of them,
 * and no page added later, can show a draft that a production build left out.
 *
 * Whether a run shows drafts is decided once, by the content integration (src/integrations/content-check.ts),
 * from Astro's command, and handed to the collections in the environment variable TRACKER_DRAFTS:
 * - `TRACKER_DRAFTS=show` or `TRACKER_DRAFTS=hide`, when set, decides explicitly (e.g. to preview drafts in a build);
 * - otherwise the development server (`npm run dev`, i.e. `astro dev`) shows them and every other command
 *   (`npm run build`, `astro build`, `astro sync`, `astro check`) leaves them out.
 * Astro's command is used rather than `import.meta.env.DEV`, which follows NODE_ENV and so is true in a
 * build run with NODE_ENV=test.
 */
export const DRAFTS_ENV = 'TRACKER_DRAFTS';

/** For the integration: whether drafts are shown, given Astro's command and any explicit setting. */
export function decideDrafts(command: string, env: Record<string, string | undefined> = process.env): 'show' | 'hide' {
  const flag = env[DRAFTS_ENV];
  if (flag === undefined || flag === '') return command === 'dev' ? 'show' : 'hide';
  if (flag === 'show' || flag === 'hide') return flag;
  throw new Error(`${DRAFTS_ENV} must be "show" or "hide" (or unset: only the development server shows drafts), not ${JSON.stringify(flag)}`);
}

/** For the collections: whether this run shows drafts. Unless the integration said "show", it does not. */
export function draftsShown(env: Record<string, string | undefined> = process.env): boolean {
  return env[DRAFTS_ENV] === 'show';
}

/** True for an entry's data (parsed or raw frontmatter) marked `draft: true`. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * Wraps a collection loader so that, unless `show`, no draft ever reaches the collection: drafts are
 * refused when stored, and any left in the store by an earlier development run are removed.
 */
export function withoutDrafts(loader: Loader, show: boolean): Loader {
  if (show) return loader;
  return {
    ...loader,
    name: `${loader.name} (without drafts)`,
    load: async (context) => {
      const { store } = context;
      const published: typeof store = {
        ...store,
        set: (entry) => {
          if (!isDraft(entry.data)) return store.set(entry);
          store.delete(entry.id);
          return false;
        },
      };
      await loader.load({ ...context, store: published });
      for (const [id, entry] of store.entries()) if (isDraft(entry.data)) store.delete(id);
    },
  };
}

/** For code that reads the content directly (tests, scripts): keeps the entries a production build publishes. */
export const isPublished = (entry: { data: unknown }): boolean => !isDraft(entry.data);
