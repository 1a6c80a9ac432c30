// Reads the content folder: Markdown entries with their frontmatter, and content/topics.yaml.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import * as yaml from 'js-yaml';
import { COLLECTIONS, MARKDOWN_COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

/** One content file (or one item of content/topics.yaml) before validation. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as an editor would type it. */
  file: string;
  data: unknown;
  body: string;
  /** 1-based line where the body starts, so body problems can name their line. */
  bodyLine: number;
}

/** A file that could not be parsed; a Markdown file's id is still known from its name. */
export interface UnreadableFile {
  collection: CollectionName;
  id?: string;
  file: string;
}

export interface ReadProblem {
  file: string;
  field?: string;
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function contentDir(): string {
  return process.env.TRACKER_CONTENT_DIR ?? 'content';
}

// The core schema keeps dates as the text the editor wrote, so the date schema sees "2023-02-30" as written.
const parseYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });
const isYamlError = (error: unknown): error is yaml.YAMLException => error instanceof yaml.YAMLException;

function yamlMessage(error: unknown, lineOffset = 0): string {
  if (isYamlError(error)) {
    const where = error.mark ? ` at line ${error.mark.line + 1 + lineOffset}, column ${error.mark.column + 1}` : '';
    return `malformed YAML${where}: ${error.reason}. ` +
      'Check indentation, and quote values that contain ": " or start with a special character.';
  }
  return `could not be read: ${String(error)}`;
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function parseMarkdownFile(text: string): { data: unknown; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('has no frontmatter: start the file with a line "---", the fields, then "---"');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    // Count lines from the top of the file, past the opening "---".
    throw new Error(yamlMessage(error, 1));
  }
  const bodyLine = match[0].split('\n').length;
  return { data, body: text.slice(match[0].length), bodyLine };
}

export function readContent(dir = contentDir()): { entries: RawEntry[]; problems: ReadProblem[]; unreadable: UnreadableFile[] } {
  const entries: RawEntry[] = [];
  const problems: ReadProblem[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const collection of MARKDOWN_COLLECTIONS) {
    const folder = join(dir, COLLECTIONS[collection].path);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const file = relative(process.cwd(), path);
      if (extname(name) !== '.md') {
        problems.push({ file, message: `is not a Markdown file: entries in ${folder}/ must end in ".md"` });
        continue;
      }
      try {
        const parsed = parseMarkdownFile(readFileSync(path, 'utf8'));
        entries.push({ collection, id: basename(name, '.md'), file, ...parsed });
      } catch (error) {
        problems.push({ file, message: error instanceof Error ? error.message : String(error) });
        unreadable.push({ collection, id: basename(name, '.md'), file });
      }
    }
  }
  const topicsPath = join(dir, COLLECTIONS.topics.path);
  if (existsSync(topicsPath)) {
    const file = relative(process.cwd(), topicsPath);
    try {
      const items = parseYaml(readFileSync(topicsPath, 'utf8'));
      if (!Array.isArray(items)) throw new Error('must be a YAML list of topics, each with id, name and description');
      items.forEach((item: unknown, index) => {
        const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : `#${index + 1}`;
        entries.push({ collection: 'topics', id, file: `${file} (topic ${id})`, data: item, body: '', bodyLine: 0 });
      });
    } catch (error) {
      problems.push({ file, message: isYamlError(error) ? yamlMessage(error) : String((error as Error).message) });
      unreadable.push({ collection: 'topics', file });
    }
  }
  return { entries, problems, unreadable };
}
