// The Pagefind index, built the same way for `npm run build` (from the built site on disk) and for
// `npm run dev` (from the pages the dev server renders), so search behaves alike in both.
import * as pagefind from 'pagefind';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';

const SEARCHABLE_KINDS = ['agreements', 'events', 'actors', 'systems'] as const;

/**
 * Only entry pages carry searchable content; lists and facets would only repeat it. The Japanese
 * twins are indexed too: Pagefind makes one index per <html lang>, so /ja/search/ searches the
 * Japanese pages with Japanese word segmentation. (Facts lists are rendered for Pagefind to read as
 * "Label: value."; see components/Fact.astro.)
 */
export const SEARCHABLE = /^\/(ja\/)?(agreements|events|actors|systems)\/[^/]+\/$/;

/** The built files of one language's entry pages, as a Pagefind glob (the same pages SEARCHABLE matches). */
export function searchGlob(locale: Locale): string {
  return `${locale === DEFAULT_LOCALE ? '' : `${locale}/`}{${SEARCHABLE_KINDS.join(',')}}/*/index.html`;
}

export interface IndexedFile {
  path: string;
  content: Uint8Array;
}

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Runs a command to completion, collecting its output (a child process, so the languages can run side by side). */
function run(cmd: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/**
 * Indexes the built site in `site` into `outputPath`, one language per process, with Pagefind's own
 * command line: its Rust indexer reads the pages from disk (the Node API's service took twice as
 * long to write the same index). The languages run side by side: Japanese segmentation keeps one
 * core busy for most of its run, and English fits beside it (at 10,000 entries, 19 s for both
 * instead of 14 s then 6 s; the two indexes together peak near 3.3 GB). The bundles are then merged
 * into one, as Pagefind itself writes a multilingual site (every index file is named after its
 * language), so the search page loads /pagefind/ in both languages.
 */
export async function indexSite(site: string, outputPath: string): Promise<{ pages: Record<Locale, number> }> {
  // The package's own launcher, which finds the platform binary (its exports hide the path).
  const launcher = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
  const pages = {} as Record<Locale, number>;
  const bundles = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? outputPath : `${outputPath}.${locale}`));
  try {
    const runs = await Promise.all(LOCALES.map((locale, i) => run(process.execPath, [launcher, '--site', site, '--glob', searchGlob(locale), '--output-path', bundles[i]!])));
    LOCALES.forEach((locale, i) => {
      const { status, output } = runs[i]!;
      const indexed = /Indexed (\d+) pages?/.exec(output);
      if (status !== 0 || !indexed) {
        throw new Error(`Pagefind could not index the ${locale} pages (exit ${status}):\n${output.trim().split('\n').slice(-12).join('\n')}`);
      }
      pages[locale] = Number(indexed[1]);
    });
    for (const bundle of bundles.slice(1)) mergeBundle(bundle, outputPath);
  } finally {
    for (const bundle of bundles.slice(1)) rmSync(bundle, { recursive: true, force: true });
  }
  return { pages };
}

interface EntryFile {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Moves one Pagefind bundle's files into another (same disk: a rename each) and joins their language tables. Index, fragment,
 * filter and meta files carry their language in their names, so they never collide; the files both
 * bundles have (pagefind.js, the UI, the WebAssembly) must be byte for byte the same.
 */
export function mergeBundle(from: string, into: string): void {
  const entry = (dir: string): EntryFile => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const source = entry(from);
  const target = entry(into);
  if (source.version !== target.version) throw new Error(`Cannot merge Pagefind ${source.version} into ${target.version}`);
  for (const language of Object.keys(source.languages)) {
    if (language in target.languages) throw new Error(`Both Pagefind bundles index the language "${language}"`);
  }
  for (const file of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || file.name === 'pagefind-entry.json') continue;
    const path = join(relative(from, file.parentPath), file.name);
    const destination = join(into, path);
    let existing: Buffer | undefined;
    try {
      existing = readFileSync(destination);
    } catch {}
    if (existing) {
      if (!existing.equals(readFileSync(join(from, path)))) throw new Error(`Pagefind bundles differ in ${path}`);
      continue;
    }
    mkdirSync(join(destination, '..'), { recursive: true });
    renameSync(join(from, path), destination);
  }
  const merged: EntryFile = { ...target, languages: { ...target.languages, ...source.languages } };
  writeFileSync(join(into, 'pagefind-entry.json'), JSON.stringify(merged));
}

/** Indexes pages given as (URL path, HTML) pairs and returns the bundle's files (the dev server keeps them in memory). */
export async function indexPages(pages: Iterable<{ url: string; html: string }>): Promise<{ files: IndexedFile[]; pages: number }> {
  const index = await newIndex();
  let count = 0;
  for (const { url, html } of pages) {
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    count += 1;
  }
  const got = await index.getFiles();
  if (got.errors.length > 0) throw new Error(`Pagefind could not produce its files: ${got.errors.join('; ')}`);
  await index.deleteIndex();
  return { files: got.files, pages: count };
}
