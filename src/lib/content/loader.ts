// The collections' loader: the checked content, each body rendered once, unchanged entries kept from the cache.
import type { Loader, LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import type { CollectionName } from '../../schemas/index.ts';
import type { LocalizedMarkdown } from '../../plugins/markdown.ts';
import { checkContent } from './check.ts';
import { ContentError, type Problem } from './problems.ts';
import { contentDir } from './content-files.ts';
import { linkIndex, localizedLinkIndex, type LinkTarget } from './link-index.ts';
import { TRANSLATION_DIR, type ValidTranslation } from './translations.ts';
import type { ValidEntry } from './validate.ts';
import { mentionsIn } from '../record/records.ts';
import { template } from '../../i18n/ui.ts';
import { BATCH, PARALLEL_FROM, renderOnWorkers, type MarkdownSetup, type Rendered } from '../markdown/markdown-pool.ts';

/**
 * One pass over the content per build. The content check (src/integrations/content-check.ts) reads,
 * parses and validates every file before Astro starts, the Japanese edition included; it leaves the
 * validated entries and translations here, and the collections' loader takes them from here instead
 * of reading, parsing and validating the files again.
 *
 * The store lives on globalThis because Astro loads the config (and so the integration) and
 * src/content.config.ts in separate module graphs of the same process.
 */
export interface Checked {
  dir: string;
  /** Every entry that passed its schema, drafts included (the collections leave drafts out: src/lib/content/drafts.ts). */
  entries: readonly ValidEntry[];
  translations: readonly ValidTranslation[];
  warnings: readonly Problem[];
  byCollection: Map<string, readonly (ValidEntry | ValidTranslation)[]>;
  /** `[[id]]` targets for English bodies, and for Japanese ones (Japanese names, /ja/ pages). */
  links: Map<string, LinkTarget>;
  jaLinks: Map<string, LinkTarget>;
  checkedAt: number;
}
const KEY = Symbol.for('tracker.checked-content');
const shared = globalThis as { [KEY]?: Checked };

/** The collection of each translation collection (see src/content.config.ts). */
export const TRANSLATION_COLLECTIONS = { jaAgreements: 'agreements', jaEvents: 'events', jaActors: 'actors', jaTopics: 'topics', jaSystems: 'systems' } as const;
export type CheckedCollection = CollectionName | keyof typeof TRANSLATION_COLLECTIONS;

/** Keeps what the check just validated, for the loader. */
export function rememberCheckedContent(
  { entries, translations = [], warnings = [] }: { entries: readonly ValidEntry[]; translations?: readonly ValidTranslation[]; warnings?: readonly Problem[] },
  dir = contentDir(),
): Checked {
  const byCollection = new Map<string, (ValidEntry | ValidTranslation)[]>();
  const add = (key: string, item: ValidEntry | ValidTranslation) => {
    const list = byCollection.get(key);
    if (list) list.push(item);
    else byCollection.set(key, [item]);
  };
  for (const entry of entries) add(entry.collection, entry);
  const jaName = Object.fromEntries(Object.entries(TRANSLATION_COLLECTIONS).map(([k, v]) => [v, k]));
  for (const item of translations) add(jaName[item.collection]!, item);
  return (shared[KEY] = {
    dir: resolve(dir),
    entries,
    translations,
    warnings,
    byCollection,
    links: linkIndex(entries),
    jaLinks: localizedLinkIndex(entries, translations),
    checkedAt: Date.now(),
  });
}

/**
 * The checked content; runs the check when nothing ran it yet in this process (or `fresh`: the
 * integration checks anew at every config setup, so a dev server restart sees edited files).
 * Throws one error listing every problem.
 */
export function checkedContent(dir = contentDir(), fresh = false): Checked {
  const current = shared[KEY];
  if (!fresh && current && current.dir === resolve(dir)) return current;
  const { entries, problems, translations, warnings } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return rememberCheckedContent({ entries, translations, warnings }, dir);
}

/**
 * The titles and URLs an entry's `[[id]]` links render with: part of its digest, so renaming an entry
 * re-renders the entries that link to it, and nothing else.
 */
function linkedTargets(mentions: readonly string[], links: ReadonlyMap<string, LinkTarget>): string {
  let out = '';
  for (const id of mentions) {
    const target = links.get(id);
    out += `\n${id}\t${target?.title}\t${target?.url}`;
  }
  return out;
}

/** Where Japanese bodies live, what their `[[id]]`s link to and how they label a citation: for Astro's processor and the workers alike. */
export function localizedMarkdown(checked: Checked): LocalizedMarkdown {
  return { root: join(checked.dir, TRANSLATION_DIR), entries: checked.jaLinks, sourceLabel: template('ja', 'record.source') };
}

/**
 * A collection loader over the checked content: data already parsed by the collection's zod schema
 * (so it is not parsed again), bodies rendered once with the site's Markdown pipeline (a Japanese
 * body, being under content/ja/, links to /ja/ pages and cites "出典 n"), and entries whose digest is
 * unchanged since the last build kept from Astro's content cache, as Astro's glob loader does.
 */
export function checkedLoader(collection: CheckedCollection): Loader {
  return {
    name: 'tracker-checked-content',
    load: async (context) => {
      await loadChecked(collection, context);
      // `astro dev`: an edited content file is checked again (all of it: references cross files) and reloaded.
      const { watcher, logger } = context;
      if (!watcher) return;
      const dir = resolve(contentDir());
      watcher.add(dir);
      const reload = async (changed: string) => {
        if (!resolve(changed).startsWith(dir)) return;
        try {
          const current = shared[KEY];
          if (!current || current.checkedAt < Date.now() - 500) checkedContent(undefined, true);
          await loadChecked(collection, context);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}

/** One plain-data description of the Markdown processor per checked content, shared by every collection's batch. */
const setups = new WeakMap<Checked, MarkdownSetup>();
function markdownSetup(checked: Checked, { markdown, image }: LoaderContext['config']): MarkdownSetup {
  let setup = setups.get(checked);
  if (!setup) {
    const { syntaxHighlight, gfm, smartypants, remarkRehype } = markdown;
    setup = {
      entries: checked.links,
      localized: localizedMarkdown(checked),
      options: { syntaxHighlight, gfm, smartypants, remarkRehype, image },
    };
    setups.set(checked, setup);
  }
  return setup;
}

async function loadChecked(collection: CheckedCollection, { store, generateDigest, renderMarkdown, logger, watcher, config }: LoaderContext): Promise<void> {
  const checked = checkedContent();
  const { byCollection, links, jaLinks } = checked;
  const japanese = collection in TRANSLATION_COLLECTIONS;
  const topics = collection === 'topics' || collection === 'jaTopics';
  const untouched = new Set(store.keys());
  const changed: { entry: ValidEntry | ValidTranslation; data: Record<string, unknown>; digest: string; mentions: string[] }[] = [];
  for (const [index, entry] of (byCollection.get(collection) ?? []).entries()) {
    untouched.delete(entry.id);
    const mentions = mentionsIn(entry.body);
    // Astro hands a collection back sorted by id; a topic keeps its place in topics.yaml (the order of the threads).
    const data = (collection === 'topics' ? { ...entry.data, order: index } : entry.data) as Record<string, unknown>;
    const digest = generateDigest(`${JSON.stringify(data)}\n${entry.body}${linkedTargets(mentions, japanese ? jaLinks : links)}`);
    const existing = store.get(entry.id);
    if (!existing || existing.digest !== digest) changed.push({ entry, data, digest, mentions });
  }
  // No raw body in the store: pages use its rendering, and the `[[id]]`s it mentions (for backlinks) ride in
  // the rendering's metadata. The store is written to disk and compiled into the build, so its size counts.
  const put = ({ entry, data, digest, mentions }: (typeof changed)[number], rendered: Rendered | undefined) =>
    store.set({
      id: entry.id,
      data,
      ...(topics ? {} : { filePath: entry.file }),
      digest,
      ...(rendered ? { rendered: { ...rendered, metadata: { ...rendered.metadata, mentions } } } : {}),
    });
  const withBody: typeof changed = [];
  for (const item of changed) {
    if (item.entry.body.trim().length > 0) withBody.push(item);
    else put(item, undefined);
  }
  // A cold build renders thousands of bodies: on worker threads, stored batch by batch as they come back.
  // An edit in `astro dev` renders one or two: here.
  if (withBody.length >= PARALLEL_FROM && !watcher) {
    const batches = renderOnWorkers(withBody.map(({ entry }) => ({ body: entry.body, file: resolve(entry.file) })), markdownSetup(checked, config));
    for (const [b, batch] of batches.entries()) (await batch).forEach((rendered, i) => put(withBody[b * BATCH + i]!, rendered));
  } else {
    for (const item of withBody) put(item, await renderMarkdown(item.entry.body, { fileURL: pathToFileURL(resolve(item.entry.file)) }));
  }
  for (const id of untouched) store.delete(id);
  if (withBody.length > 0) logger.info(`${collection}: rendered ${withBody.length} changed ${withBody.length === 1 ? 'entry' : 'entries'}`);
}
