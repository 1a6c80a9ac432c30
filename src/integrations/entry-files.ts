import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryUrl } from '../lib/record/urls.ts';
import type { ExportFile } from '../schemas/export.ts';

/** Where one entry's JSON file lives: /agreements/sosa/ → /agreements/sosa.json. */
export function entryJsonPath(kind: 'agreement' | 'event', id: string): string {
  return `${entryUrl(kind === 'agreement' ? 'agreements' : 'events', id).slice(0, -1)}.json`;
}

/**
 * `/agreements/<id>.json` and `/events/<id>.json` are each one entry of /data/entries.json, so the
 * build writes them by splitting that file once it is written, rather than rendering one route per
 * entry (10,000 routes, about 4 s of a 10,000-entry build, each loading the same export). The dev
 * server renders them from src/pages/…/[id].json.ts as before (src/lib/site/entry-json.ts).
 */
export async function writeEntryFiles(dir: string): Promise<number> {
  const file = JSON.parse(readFileSync(join(dir, 'data', 'entries.json'), 'utf8')) as ExportFile;
  const folders = new Set<string>();
  const files = file.entries.map((entry) => {
    const path = join(dir, entryJsonPath(entry.kind, entry.id));
    // Two folders in all: made once each, not once per entry.
    if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    folders.add(dirname(path));
    return { path, text: JSON.stringify(entry, null, 2) };
  });
  // Written a batch at a time on libuv's thread pool: one by one, 10,000 files held the build up for 2 s.
  for (let i = 0; i < files.length; i += 256) await Promise.all(files.slice(i, i + 256).map(({ path, text }) => writeFile(path, text)));
  return file.entries.length;
}

export default function entryFiles(): AstroIntegration {
  return {
    name: 'tracker:entry-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`wrote ${await writeEntryFiles(fileURLToPath(dir))} entry JSON files from data/entries.json`);
      },
    },
  };
}
