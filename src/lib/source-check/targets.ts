// Which sources `npm run check:sources` visits: every source of every entry, and the Japanese edition's name sources.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContent, parseMarkdownFile } from '../content/content-files.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { COLLECTIONS, MARKDOWN_COLLECTIONS } from '../../schemas/index.ts';
import type { PartialDate } from '../../schemas/date.ts';

/** One source where it is written: the file, and its place in the frontmatter (e.g. ["sources", 0]). */
export interface SourceRef {
  file: string;
  /** The entry's id (the file name). */
  id: string;
  path: [field: 'sources' | 'nameSources', index: number];
  url?: string | undefined;
  date?: PartialDate | undefined;
  hasArchive: boolean;
}

/** "sources[2]": the field as the content check names it. */
export const fieldName = (ref: Pick<SourceRef, 'path'>) => `${ref.path[0]}[${ref.path[1]}]`;

function refsOf(file: string, id: string, data: unknown, field: 'sources' | 'nameSources', skipped: string[]): SourceRef[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => {
    const parsed = sourceSchema.safeParse(item);
    if (!parsed.success) {
      // The content check names what is wrong; a source it rejects cannot be trusted to have a usable URL.
      skipped.push(`${file} ${field}[${index}]`);
      return [];
    }
    const source: Source = parsed.data;
    return [{ file, id, path: [field, index] as SourceRef['path'], url: source.url, date: source.date, hasArchive: source.archive !== undefined }];
  });
}

/** Every source in a content folder, in file order; `skipped` names sources the schema rejects. */
export function collectSources(dir: string): { refs: SourceRef[]; skipped: string[] } {
  const skipped: string[] = [];
  const refs: SourceRef[] = [];
  for (const entry of readContent(dir).entries) {
    if (entry.collection === 'topics') continue;
    refs.push(...refsOf(entry.file, entry.id, entry.data, 'sources', skipped));
  }
  for (const collection of MARKDOWN_COLLECTIONS) {
    const folder = join(dir, 'ja', COLLECTIONS[collection].path);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = relative(process.cwd(), join(folder, name));
      try {
        const { data } = parseMarkdownFile(readFileSync(join(folder, name), 'utf8'));
        refs.push(...refsOf(file, name.slice(0, -3), data, 'nameSources', skipped));
      } catch {
        skipped.push(file);
      }
    }
  }
  return { refs, skipped };
}
