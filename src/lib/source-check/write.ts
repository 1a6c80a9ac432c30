// Adds `archive:` to sources in an entry's frontmatter as new lines, leaving every other line as the editor wrote it.
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, isMap, isScalar, stringify, type YAMLMap } from 'yaml';
import * as jsYaml from 'js-yaml';
import type { SourceRef } from './targets.ts';

export interface ArchiveEdit {
  path: SourceRef['path'];
  archive: { url: string; date: string };
}

export interface EditResult {
  text: string;
  /** Edits made, and edits left undone with the reason (a flow-style source, an archive already there). */
  applied: ArchiveEdit[];
  refused: { edit: ArchiveEdit; reason: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(?:\r?\n|$)/;
const readLoosely = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Where the new lines go: after the source's last field (and any comment on that line), at the
 * indentation of its first field. eemeli/yaml's Document API finds both; the text is then edited
 * directly, so nothing else is re-serialised (flow lists, quoting and comments stay as written).
 */
function insertion(yamlText: string, map: YAMLMap, archive: ArchiveEdit['archive']): { at: number; lines: string } {
  const firstKey = map.items[0]!.key as { range?: [number, number, number] };
  const last = map.items.at(-1)!;
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] };
  const indent = ' '.repeat(columnOf(yamlText, firstKey.range![0]));
  const block = [`${indent}archive:`, `${indent}  url: ${scalar(archive.url)}`, `${indent}  date: ${archive.date}`].join('\n');
  const end = lastNode.range![1];
  if (yamlText[end - 1] === '\n') return { at: end, lines: `${block}\n` };
  const lineEnd = yamlText.indexOf('\n', end);
  return lineEnd === -1 ? { at: yamlText.length, lines: `\n${block}` } : { at: lineEnd, lines: `\n${block}` };
}

/** Adds each archived copy to its source in a Markdown entry's frontmatter; refuses rather than reformat. */
export function addArchives(fileText: string, edits: readonly ArchiveEdit[]): EditResult {
  const match = FRONTMATTER.exec(fileText);
  if (!match) return { text: fileText, applied: [], refused: edits.map((edit) => ({ edit, reason: 'the file has no frontmatter' })) };
  const yamlText = match[1]!;
  const start = match[0].indexOf(yamlText);
  const doc = parseDocument(yamlText, { keepSourceTokens: true });
  if (doc.errors.length > 0) return { text: fileText, applied: [], refused: edits.map((edit) => ({ edit, reason: `the frontmatter does not parse: ${doc.errors[0]!.message}` })) };

  const applied: ArchiveEdit[] = [];
  const refused: EditResult['refused'] = [];
  const inserts: { at: number; lines: string }[] = [];
  for (const edit of edits) {
    const node = doc.getIn(edit.path, true);
    if (!isMap(node) || node.items.length === 0) refused.push({ edit, reason: 'the source is not a YAML mapping' });
    else if (node.flow) refused.push({ edit, reason: 'the source is written on one line ({ … }); add `archive` by hand' });
    else if (node.has('archive')) refused.push({ edit, reason: 'the source already has an archived copy' });
    else if (!node.items.every((pair) => isScalar(pair.key) && pair.key.range)) refused.push({ edit, reason: 'the source has an unusual key' });
    else {
      inserts.push(insertion(yamlText, node, edit.archive));
      applied.push(edit);
    }
  }
  let edited = yamlText;
  for (const { at, lines } of inserts.sort((a, b) => b.at - a.at)) edited = edited.slice(0, at) + lines + edited.slice(at);

  // Proof that only the archived copies changed: the data read back equals the old data plus them.
  const expected = structuredClone(readLoosely(yamlText)) as Record<string, Record<string, unknown>[]>;
  for (const { path, archive } of applied) expected[path[0]]![path[1]]!.archive = { ...archive };
  if (!isDeepStrictEqual(readLoosely(edited), expected)) {
    return { text: fileText, applied: [], refused: edits.map((edit) => ({ edit, reason: 'the edit would have changed more than the archived copy; add it by hand' })) };
  }
  return { text: fileText.slice(0, start) + edited + fileText.slice(start + yamlText.length), applied, refused };
}
