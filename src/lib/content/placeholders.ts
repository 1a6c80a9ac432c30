// Finds the scaffold's TODO markers and example.org addresses a published entry must not keep.
import type { RawEntry } from './content-files.ts';
import { isDraft } from './drafts.ts';
import type { Problem } from './problems.ts';

/** The scaffold's marker for text still to write (`npm run new` fills every value with it). */
const MARKER = /\bTODO\b/;
/** Web addresses in text, to find the reserved example domains (RFC 2606) the scaffold uses for sources. */
const URL_IN_TEXT = /https?:\/\/([^/\s?#)>"'\]]+)[^\s)>"'\]]*/gi;
const isExampleHost = (host: string) => /(^|\.)example(\.(org|com|net))?$/i.test(host.replace(/:\d+$/, ''));

const DRAFT_HINT = 'or keep the entry a draft (`draft: true`) until it is ready';

/** What is wrong with one piece of text, if it is a placeholder. */
function placeholderIn(text: string): string | undefined {
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (isExampleHost(match[1]!)) {
      return `${JSON.stringify(match[0])} is a placeholder address (${match[1]}): replace it with the real address of the source you read, ${DRAFT_HINT}`;
    }
  }
  if (MARKER.test(text)) {
    const quoted = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    return `still holds the scaffold's placeholder ${JSON.stringify(quoted)}: replace every TODO with sourced text, ${DRAFT_HINT}`;
  }
  return undefined;
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
  }
}

/**
 * A published entry must not reach readers with the scaffold's placeholders: a TODO marker anywhere in
 * its frontmatter or body, or an example.org (or other reserved example domain) address. Drafts may keep them.
 */
export function checkPlaceholders(raw: RawEntry): Problem[] {
  if (isDraft(raw.data)) return [];
  const problems: Problem[] = [];
  for (const [field, text] of strings(raw.data, '')) {
    const message = placeholderIn(text);
    if (message) problems.push({ file: raw.file, ...(field ? { field } : {}), message });
  }
  raw.body.split('\n').forEach((line, i) => {
    const message = placeholderIn(line);
    if (message) problems.push({ file: raw.file, field: `body (line ${raw.bodyLine + i})`, message });
  });
  return problems;
}
