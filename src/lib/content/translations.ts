// Reads and checks the Japanese edition under content/ja/.
import { isDraft } from './drafts.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { actorTranslationSchema, recordTranslationSchema, systemTranslationSchema, topicTranslationSchema } from '../../schemas/translation.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { parseMarkdownFile, type RawEntry } from './content-files.ts';
import { describeIssue, fieldPath, type ValidEntry } from './validate.ts';
import { inspectBodyQuickly } from '../markdown/body.ts';
import type { Problem } from './problems.ts';
import { headlineLinkMessage, headlineLinks } from '../ja-text/link-words.ts';
import { sourceTitleProblems } from '../ja-text/sources.ts';
import { needsReading } from '../ja-text/order.ts';

/**
 * The Japanese edition's files: content/ja/<collection>/<id>.md and content/ja/topics.yaml. They hold
 * words only; every fact stays in the English entry with the same id.
 */
export const TRANSLATION_DIR = 'ja';

export const TRANSLATION_SCHEMAS = {
  agreements: recordTranslationSchema,
  events: recordTranslationSchema,
  actors: actorTranslationSchema,
  topics: topicTranslationSchema,
  systems: systemTranslationSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export type ValidTranslation<C extends CollectionName = CollectionName> = {
  collection: C;
  id: string;
  file: string;
  data: z.output<(typeof TRANSLATION_SCHEMAS)[C]>;
  body: string;
  bodyLine: number;
};

/** A translation file before validation: the same shape as an English entry's. */
type RawTranslation = RawEntry;

function readTranslations(dir: string): { raw: RawTranslation[]; problems: Problem[] } {
  const raw: RawTranslation[] = [];
  const problems: Problem[] = [];
  const root = join(dir, TRANSLATION_DIR);
  for (const collection of ['agreements', 'events', 'actors', 'systems'] as const) {
    const folder = join(root, COLLECTIONS[collection].path);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const file = relative(process.cwd(), join(folder, name));
      if (extname(name) !== '.md') {
        problems.push({ file, message: `is not a Markdown file: translations in ${folder}/ must be named <id>.md after their English entry` });
        continue;
      }
      try {
        raw.push({ collection, id: basename(name, '.md'), file, ...parseMarkdownFile(readFileSync(join(folder, name), 'utf8')) });
      } catch (error) {
        problems.push({ file, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const topicsPath = join(root, COLLECTIONS.topics.path);
  if (existsSync(topicsPath)) {
    const file = relative(process.cwd(), topicsPath);
    try {
      const items = yaml.load(readFileSync(topicsPath, 'utf8'), { schema: yaml.CORE_SCHEMA });
      if (!Array.isArray(items)) throw new Error('must be a YAML list of topics, each with the English id, a Japanese name and a Japanese description');
      items.forEach((item: unknown, index) => {
        const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : `#${index + 1}`;
        raw.push({ collection: 'topics', id, file: `${file} (topic ${id})`, data: item, body: '', bodyLine: 0 });
      });
    } catch (error) {
      problems.push({ file, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { raw, problems };
}

/** Which English entries exist: by collection and id, and by id alone (for [[id]] links). */
export interface EnglishPresence {
  has(collection: CollectionName, id: string): boolean;
  hasId(id: string): boolean;
}

export function presenceOf(entries: readonly { collection: CollectionName; id?: string | undefined }[]): EnglishPresence {
  const keys = new Set<string>();
  const ids = new Set<string>();
  // A file that could not be read at all (a broken topics.yaml) may have held any id of its collection.
  const whole = new Set<CollectionName>();
  for (const e of entries) {
    if (e.id === undefined) whole.add(e.collection);
    else {
      keys.add(`${e.collection}/${e.id}`);
      ids.add(e.id);
    }
  }
  return { has: (collection, id) => whole.has(collection) || keys.has(`${collection}/${id}`), hasId: (id) => whole.size > 0 || ids.has(id) };
}

/**
 * Validates the Japanese edition against its schemas and against the English entries: every
 * translation has an English twin, its body's [[id]] links and [@n] citations resolve, and it has no
 * more status notes or corrections than the English. Warnings, which do not fail the check, name
 * translations older than their entry's last review and entries with no translation yet.
 */
export function checkTranslations(
  dir: string,
  entries: readonly ValidEntry[],
  /** Which English entries exist, valid or not (by default, the valid ones): a translation of one with errors of its own is not an orphan. */
  present: EnglishPresence = presenceOf(entries),
): { translations: ValidTranslation[]; problems: Problem[]; warnings: Problem[] } {
  const { raw, problems } = readTranslations(dir);
  const warnings: Problem[] = [];
  const translations: ValidTranslation[] = [];
  const english = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const seen = new Set<string>();

  for (const item of raw) {
    const key = `${item.collection}/${item.id}`;
    const result = TRANSLATION_SCHEMAS[item.collection].safeParse(item.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldPath(issue.path);
        problems.push({ file: item.file, ...(field ? { field } : {}), message: describeIssue(issue) });
      }
      continue;
    }
    if (seen.has(key)) {
      problems.push({ file: item.file, field: 'id', message: `"${item.id}" is translated twice: keep one` });
      continue;
    }
    seen.add(key);
    const source = english.get(key);
    if (!source && present.has(item.collection, item.id)) continue; // its English entry has errors of its own, reported already
    if (!source) {
      const where = item.collection === 'topics' ? `${dir}/topics.yaml` : `${dir}/${item.collection}/${item.id}.md`;
      problems.push({
        file: item.file,
        ...(item.collection === 'topics' ? { field: 'id' } : {}),
        message: `translates "${item.id}", but ${where} has no such English entry: name the file (or id) after an existing English ${COLLECTIONS[item.collection].label.toLowerCase()}, or remove it`,
      });
      continue;
    }
    const data = result.data as Record<string, unknown>;
    const en = source.data as Record<string, unknown>;

    // Lists that run parallel to the English one may not be longer than it.
    const parallel = [
      ['statusNotes', 'statusHistory'],
      ['corrections', 'corrections'],
      ['unconfirmed', 'unconfirmed'],
      ['sourceTitles', 'sources'],
    ] as const;
    for (const [field, of] of parallel) {
      const list = data[field];
      if (!Array.isArray(list)) continue;
      const length = Array.isArray(en[of]) ? (en[of] as unknown[]).length : 0;
      if (list.length > length) {
        problems.push({
          file: item.file,
          field,
          message: `has ${list.length} items, but the English entry's ${of} has ${length}: give one per English item, in the same order (null for a status without a note)`,
        });
      }
    }

    if (item.collection !== 'topics') {
      const sourceTitles = sourceTitleProblems(Array.isArray(en.sources) ? (en.sources as { title: string }[]) : [], data.sourceTitles as (string | null)[] | undefined);
      for (const p of sourceTitles.problems) problems.push({ file: item.file, field: p.field, message: p.message });
      for (const p of sourceTitles.warnings) warnings.push({ file: item.file, field: p.field, message: p.message });
    }

    if (item.collection !== 'topics') {
      const count = Array.isArray(en.sources) ? en.sources.length : 0;
      // Plain bodies whose every link and citation is valid skip the Markdown parse.
      const facts = inspectBodyQuickly(item.body, item.bodyLine, (id) => present.hasId(id), count);
      if ((item.collection === 'agreements' || item.collection === 'events') && facts.isEmpty) {
        problems.push({ file: item.file, field: 'body', message: 'is empty: translate the English body under the frontmatter' });
      }
      for (const p of facts.problems) problems.push({ file: item.file, field: `body (line ${p.line})`, message: p.message });
      for (const link of facts.links) {
        if (!present.hasId(link.id)) problems.push({ file: item.file, field: `body (line ${link.line})`, message: `[[${link.id}]] links to an entry that does not exist: use the English entry's id` });
      }
      for (const cite of facts.citations) {
        if (cite.n < 1 || cite.n > count) {
          problems.push({
            file: item.file,
            field: `body (line ${cite.line})`,
            message: `[@${cite.n}] cites source ${cite.n}, but the English entry (${source.file}) lists ${count} source${count === 1 ? '' : 's'}: cite by the English numbering`,
          });
        }
      }
    }

    const translatedFrom = (data.translatedFrom as { start: string } | undefined)?.start;
    const reviewed = (en.lastReviewed as { start: string } | undefined)?.start;
    if (translatedFrom && reviewed && translatedFrom < reviewed) {
      warnings.push({
        file: item.file,
        field: 'translatedFrom',
        message: `${translatedFrom} is older than the English entry's lastReviewed (${reviewed}): check the translation against ${source.file}, then set translatedFrom: ${reviewed}`,
      });
    }
    if (item.collection === 'actors' && needsReading(String(data.name)) && !data.reading) {
      warnings.push({ file: item.file, field: 'reading', message: `「${String(data.name)}」 is written in kanji: add its reading in hiragana (reading: "…"), or Japanese lists put it out of 五十音順` });
    }
    translations.push({ ...item, data: result.data } as ValidTranslation);
  }

  // A bare [[id]] shows the target's Japanese title: a headline title (「日本、…を決定」) breaks the sentence it lands in.
  const titles = new Map(translations.flatMap((t) => ('title' in t.data ? [[t.id, t.data.title] as const] : [])));
  for (const t of translations) {
    for (const link of headlineLinks(t.body, t.bodyLine, (id) => titles.get(id))) {
      problems.push({ file: t.file, field: `body (line ${link.line})`, message: headlineLinkMessage(link) });
    }
  }

  for (const entry of entries) {
    if (seen.has(`${entry.collection}/${entry.id}`) || isDraft(entry.data)) continue;
    const file = entry.collection === 'topics' ? `${dir}/${TRANSLATION_DIR}/topics.yaml` : `${dir}/${TRANSLATION_DIR}/${entry.collection}/${entry.id}.md`;
    warnings.push({ file, message: `no Japanese translation of ${entry.file} yet: the Japanese page shows the English text` });
  }
  return { translations, problems, warnings };
}
