// One content file against its collection's zod schema, with problems an editor can act on.
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { RawEntry } from './content-files.ts';
import type { Problem } from './problems.ts';

export type ValidEntry<C extends CollectionName = CollectionName> = {
  collection: C;
  id: string;
  file: string;
  data: z.output<(typeof COLLECTIONS)[C]['schema']>;
  body: string;
  bodyLine: number;
};

/** A zod issue path as an editor reads it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns a zod issue into words an editor can act on. */
export function describeIssue(issue: z.core.$ZodIssue): Problem['message'] {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is required but missing: add it (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling (CONTRIBUTING.md lists every field)`;
  }
  if (issue.code === 'invalid_type') {
    return `${issue.message.replace(/^Invalid input: /, 'wrong type: ')}${'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : ''}`;
  }
  if (issue.code === 'invalid_value' && 'input' in issue) {
    return `${issue.message} (got ${JSON.stringify(issue.input)})`;
  }
  return issue.message;
}

export function validateEntry(raw: RawEntry): { entry?: ValidEntry; problems: Problem[] } {
  const result = COLLECTIONS[raw.collection].schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return { entry: { ...raw, data: result.data } as ValidEntry, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return { file: raw.file, ...(field ? { field } : {}), message: describeIssue(issue) };
  });
  return { problems };
}
