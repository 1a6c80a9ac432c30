// Checks across entries: references that land, ids, dates and status order, citations, bodies.
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { PartialDate } from '../../schemas/date.ts';
import { entryIdSchema } from '../../schemas/id.ts';
import { statusHistorySchema } from '../../schemas/status.ts';
import { inspectBodyQuickly } from '../markdown/body.ts';
import { noteParts } from '../record/date-words.ts';
import { isDraft } from './drafts.ts';
import { referencesOf, type Reference } from '../record/references.ts';
import type { RawEntry, UnreadableFile } from './content-files.ts';
import { correctionsSchema } from '../../schemas/correction.ts';
import type { Problem } from './problems.ts';
import type { ValidEntry } from './validate.ts';

type Target = CollectionName | 'any';

/**
 * What the cross-entry checks read of one entry: everything of a valid entry; of an entry with schema
 * errors, only the fields that are well-formed, so its references, links and citations are still
 * checked in the same run without reporting ghosts of the errors the schema already named.
 */
export interface LinkedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  draft: boolean;
  references: Reference[];
  /** How many sources `[@n]` and status changes may cite; undefined when the list could not be read. */
  sourceCount: number | undefined;
  /** Status changes, only when the whole history is well-formed (its order means nothing otherwise). */
  statusHistory: { date: PartialDate; source?: number | undefined }[] | undefined;
  /** Source numbers cited by status changes, figures, counts and transmittal numbers, with their field paths. */
  statusSources: { path: string; n: number }[];
  /** Corrections, only when the whole list is well-formed. */
  corrections: { date: PartialDate; source?: number | undefined }[] | undefined;
  dateNote: string | undefined;
  body: string;
  bodyLine: number;
}

export function linkedFromValid(entry: ValidEntry): LinkedEntry {
  const data = entry.data as Record<string, unknown> & { sources?: unknown[] };
  const history = 'statusHistory' in entry.data ? entry.data.statusHistory : undefined;
  return {
    collection: entry.collection,
    id: entry.id,
    file: entry.file,
    draft: isDraft(entry.data),
    references: referencesOf(entry.data),
    sourceCount: data.sources?.length ?? 0,
    statusHistory: history,
    statusSources: citedSources(entry.data as Record<string, unknown>),
    corrections: 'corrections' in entry.data ? entry.data.corrections : undefined,
    dateNote: 'dateNote' in entry.data ? entry.data.dateNote : undefined,
    body: entry.body,
    bodyLine: entry.bodyLine,
  };
}

/** Single source numbers cited by status changes, figures, counts and transmittal numbers, with their field paths. */
function citedSources(data: Record<string, unknown>): { path: string; n: number }[] {
  const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
  const sourceOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as { source?: unknown }).source : undefined);
  const cited: { path: string; n: number }[] = [];
  for (const field of ['statusHistory', 'amounts', 'quantities'] as const) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const n = sourceOf(item);
      if (isNumber(n)) cited.push({ path: `${field}[${i}].source`, n });
    });
  }
  const n = sourceOf(data.transmittal);
  if (isNumber(n)) cited.push({ path: 'transmittal.source', n });
  return cited;
}

/** The fields a collection's schema knows: an unknown field is reported by the schema, not read here. */
function fieldsOf(collection: CollectionName): Set<string> {
  const schema = COLLECTIONS[collection].schema;
  const object = (schema instanceof z.ZodPipe ? schema.in : schema) as z.ZodObject;
  return new Set(Object.keys(object.shape));
}

const isId = (value: unknown): value is string => typeof value === 'string' && entryIdSchema.safeParse(value).success;

/** The readable parts of an entry the schema rejected. */
export function linkedFromRaw(raw: RawEntry): LinkedEntry {
  const data = (typeof raw.data === 'object' && raw.data !== null && !Array.isArray(raw.data) ? raw.data : {}) as Record<string, unknown>;
  const known = fieldsOf(raw.collection);
  const readable = Object.fromEntries(Object.entries(data).filter(([key]) => known.has(key)));
  const history = statusHistorySchema.safeParse(readable.statusHistory);
  const statusSources = citedSources(readable);
  return {
    collection: raw.collection,
    id: raw.id,
    file: raw.file,
    draft: isDraft(data),
    references: referencesOf(readable).filter((ref) => isId(ref.id)),
    // [@n] counts positions in the list, so a list with a malformed source still has its length.
    sourceCount: Array.isArray(readable.sources) ? readable.sources.length : undefined,
    statusHistory: history.success ? history.data : undefined,
    statusSources,
    corrections: readable.corrections === undefined ? undefined : correctionsSchema.safeParse(readable.corrections).data,
    dateNote: typeof readable.dateNote === 'string' ? readable.dateNote : undefined,
    body: raw.body,
    bodyLine: raw.bodyLine,
  };
}

function compareDates(a: PartialDate, b: PartialDate): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/** Dated lists (status history, corrections) are written oldest first: each item out of that order is a problem. */
function outOfOrder(file: string, field: string, list: readonly { date: PartialDate }[] | undefined, item: string, items: string): Problem[] {
  return (list ?? []).flatMap((current, i) => {
    const previous = list![i - 1];
    if (!previous || compareDates(previous.date, current.date) <= 0) return [];
    return [{
      file,
      field: `${field}[${i}].date`,
      message: `${current.date.start} comes before the previous ${item} (${previous.date.start}): list ${items} oldest first`,
    }];
  });
}

/** A figure or count that names its system names one of the entry's own `systems`, so the system's page shows it. */
function figureSystems(entry: LinkedEntry): Problem[] {
  const listed = new Set(entry.references.filter((ref) => ref.path.startsWith('systems[')).map((ref) => ref.id));
  return entry.references
    .filter((ref) => /^(amounts|quantities)\[\d+\]\.system$/.test(ref.path) && !listed.has(ref.id))
    .map((ref) => ({
      file: entry.file,
      field: ref.path,
      message: `names system "${ref.id}", which is not in the entry's \`systems\` (${[...listed].join(', ') || 'none'}): add "${ref.id}" to \`systems\`, or name one of those`,
    }));
}

/**
 * Checks across entries that no single schema can: unique ids, live references, ordered histories,
 * body links and citations, and that nothing published links to a draft.
 */
export function checkIntegrity(entries: readonly LinkedEntry[], unreadable: readonly UnreadableFile[] = []): Problem[] {
  const problems: Problem[] = [];
  type Known = { collection: CollectionName; id: string; file: string; draft: boolean };
  const byId = new Map<string, Known>();
  const all: Known[] = [...entries, ...unreadable.flatMap((u) => (u.id ? [{ collection: u.collection, id: u.id, file: u.file, draft: false }] : []))];
  for (const entry of all) {
    const other = byId.get(entry.id);
    if (other) {
      problems.push({
        file: entry.file,
        message: `duplicate id "${entry.id}": ${other.file} has it too. Ids are unique across all collections; rename one file`,
      });
    } else byId.set(entry.id, entry);
  }
  // Where some ids of a collection could not be read (a broken topics file, a malformed topic id),
  // a reference that finds nothing may point at one of them: saying it dangles would be a ghost.
  const incomplete = new Set<CollectionName>(unreadable.filter((u) => !u.id).map((u) => u.collection));
  const label = (collection: CollectionName) => COLLECTIONS[collection].label.toLowerCase();

  const dangling = (target: Target, id: string) => {
    const found = byId.get(id);
    if (!found) {
      if (target === 'any' ? incomplete.size > 0 : incomplete.has(target)) return undefined;
      return `points to "${id}", which is not an entry`;
    }
    if (target !== 'any' && found.collection !== target) {
      return `points to "${id}", which is ${label(found.collection)} (${found.file}), but must be ${label(target)}`;
    }
    return undefined;
  };
  const known = (target: Target) =>
    target === 'any' ? '' : `; known ${target}: ${[...byId.values()].filter((e) => e.collection === target).map((e) => e.id).slice(0, 12).join(', ')}`;
  const draftTarget = (entry: LinkedEntry, id: string) => {
    const target = byId.get(id);
    if (entry.draft || !target?.draft || target.id === entry.id) return undefined;
    return `links to "${id}", a draft (${target.file}), from a published entry: publish "${id}" first (remove its \`draft: true\`), remove the link, or make this entry a draft too`;
  };

  for (const entry of entries) {
    for (const ref of entry.references) {
      const message = dangling(ref.target, ref.id);
      if (message) problems.push({ file: entry.file, field: ref.path, message: `${message}${known(ref.target)}` });
      if (ref.id === entry.id) problems.push({ file: entry.file, field: ref.path, message: 'an entry cannot point to itself' });
      const draft = draftTarget(entry, ref.id);
      if (draft) problems.push({ file: entry.file, field: ref.path, message: draft });
    }

    problems.push(...figureSystems(entry));
    problems.push(...outOfOrder(entry.file, 'statusHistory', entry.statusHistory, 'status', 'status changes'));
    const count = entry.sourceCount;
    if (count !== undefined) {
      for (const { path, n } of entry.statusSources) {
        if (n > count) problems.push({ file: entry.file, field: path, message: `cites source ${n}, but the entry lists only ${count}` });
      }
    }

    problems.push(...outOfOrder(entry.file, 'corrections', entry.corrections, 'correction', 'corrections'));
    entry.corrections?.forEach((correction, i) => {
      if (count !== undefined && correction.source && correction.source > count) {
        problems.push({
          file: entry.file,
          field: `corrections[${i}].source`,
          message: `cites source ${correction.source}, but the entry lists only ${count}: add the source to \`sources\` or fix the number`,
        });
      }
    });

    if (entry.dateNote && count !== undefined) {
      for (const part of noteParts(entry.dateNote)) {
        if (!('cite' in part)) continue;
        for (const n of part.cite) {
          if (n < 1 || n > count) {
            problems.push({ file: entry.file, field: 'dateNote', message: `[@${n}] cites source ${n}, but the entry lists only ${count}` });
          }
        }
      }
    }

    if (entry.collection === 'agreements' || entry.collection === 'events' || entry.collection === 'systems') {
      // Plain bodies whose every link and citation is valid (and links to no draft from a published entry) skip the Markdown parse.
      const facts = inspectBodyQuickly(entry.body, entry.bodyLine, (id) => byId.has(id) && !draftTarget(entry, id), count ?? Infinity);
      // A system may have no body yet: its summary and the entries that touch it make its page.
      if (facts.isEmpty && entry.collection !== 'systems') {
        problems.push({ file: entry.file, field: 'body', message: 'is empty: write a plain-language body under the frontmatter (what it is, what it does, why it matters)' });
      }
      for (const p of facts.problems) problems.push({ file: entry.file, field: `body (line ${p.line})`, message: p.message });
      for (const link of facts.links) {
        const field = `body (line ${link.line})`;
        if (!byId.has(link.id)) {
          if (incomplete.size === 0) problems.push({ file: entry.file, field, message: `[[${link.id}]] links to an entry that does not exist` });
          continue;
        }
        const draft = draftTarget(entry, link.id);
        if (draft) problems.push({ file: entry.file, field, message: `[[${link.id}]] ${draft}` });
      }
      if (count !== undefined) {
        for (const cite of facts.citations) {
          if (cite.n < 1 || cite.n > count) {
            problems.push({ file: entry.file, field: `body (line ${cite.line})`, message: `[@${cite.n}] cites source ${cite.n}, but the entry lists ${count} source${count === 1 ? '' : 's'}` });
          }
        }
      }
    }
  }
  return problems;
}
