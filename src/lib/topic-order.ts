import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { COLLECTIONS } from '../schemas/index.ts';
import { contentDir } from './content-files.ts';

/**
 * Topic ids in the order content/topics.yaml lists them: the order of the threads. Astro's collection hands
 * topics back sorted by id, so whatever must follow the vocabulary's own order asks here.
 */
export function topicOrder(dir = contentDir()): string[] {
  const path = join(dir, COLLECTIONS.topics.path);
  if (!existsSync(path)) return [];
  const items = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
  return Array.isArray(items) ? items.map((item) => String((item as { id?: unknown }).id)) : [];
}

/** Sorts topics into the vocabulary's order; any the file does not list go last, by id. */
export function inTopicOrder<T extends { id: string }>(topics: readonly T[], order = topicOrder()): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...topics].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
