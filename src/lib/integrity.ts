import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { PartialDate } from '../schemas/date.ts';
import { inspectBody } from './body.ts';
import { referencesOf } from './references.ts';
import { noteParts } from './date-words.ts';
import type { Problem } from './problems.ts';
import type { ValidEntry } from './validate.ts';

type Target = CollectionName | 'any';

function compareDates(a: PartialDate, b: PartialDate): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/** Checks across entries that no single schema can: unique ids, live references, ordered histories, body links. */
export function checkIntegrity(entries: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other) {
      problems.push({
        file: entry.file,
        message: `duplicate id "${entry.id}": ${other.file} has it too. Ids are unique across all collections; rename one file`,
      });
    } else byId.set(entry.id, entry);
  }

  const dangling = (target: Target, id: string) => {
    const found = byId.get(id);
    if (!found) return `points to "${id}", which is not an entry`;
    if (target !== 'any' && found.collection !== target) {
      return `points to "${id}", which is ${COLLECTIONS[found.collection].label.toLowerCase()} (${found.file}), but must be ${COLLECTIONS[target].label.toLowerCase()}`;
    }
    return undefined;
  };
  const known = (target: Target) =>
    target === 'any' ? '' : `; known ${target}: ${[...byId.values()].filter((e) => e.collection === target).map((e) => e.id).slice(0, 12).join(', ')}`;

  for (const entry of entries) {
    for (const ref of referencesOf(entry.data)) {
      const message = dangling(ref.target, ref.id);
      if (message) problems.push({ file: entry.file, field: ref.path, message: `${message}${known(ref.target)}` });
      if (ref.id === entry.id) problems.push({ file: entry.file, field: ref.path, message: 'an entry cannot point to itself' });
    }

    const { data } = entry;
    if ('statusHistory' in data) {
      data.statusHistory.forEach((change, i) => {
        const previous = data.statusHistory[i - 1];
        if (previous && compareDates(previous.date, change.date) > 0) {
          problems.push({
            file: entry.file,
            field: `statusHistory[${i}].date`,
            message: `${change.date.start} comes before the previous status (${previous.date.start}): list status changes oldest first`,
          });
        }
        if (change.source && change.source > data.sources.length) {
          problems.push({
            file: entry.file,
            field: `statusHistory[${i}].source`,
            message: `cites source ${change.source}, but the entry lists only ${data.sources.length}`,
          });
        }
      });
    }

    if ('corrections' in data) {
      data.corrections.forEach((correction, i) => {
        const previous = data.corrections[i - 1];
        if (previous && compareDates(previous.date, correction.date) > 0) {
          problems.push({
            file: entry.file,
            field: `corrections[${i}].date`,
            message: `${correction.date.start} comes before the previous correction (${previous.date.start}): list corrections oldest first`,
          });
        }
        if (correction.source && correction.source > data.sources.length) {
          problems.push({
            file: entry.file,
            field: `corrections[${i}].source`,
            message: `cites source ${correction.source}, but the entry lists only ${data.sources.length}: add the source to \`sources\` or fix the number`,
          });
        }
      });
    }

    if ('dateNote' in data && data.dateNote) {
      for (const part of noteParts(data.dateNote)) {
        if (!('cite' in part)) continue;
        for (const n of part.cite) {
          if (n < 1 || n > data.sources.length) {
            problems.push({ file: entry.file, field: 'dateNote', message: `[@${n}] cites source ${n}, but the entry lists only ${data.sources.length}` });
          }
        }
      }
    }

    if (entry.collection === 'agreements' || entry.collection === 'events') {
      const facts = inspectBody(entry.body, entry.bodyLine);
      if (facts.isEmpty) {
        problems.push({ file: entry.file, field: 'body', message: 'is empty: write a plain-language body under the frontmatter (what it is, what it does, why it matters)' });
      }
      for (const p of facts.problems) problems.push({ file: entry.file, field: `body (line ${p.line})`, message: p.message });
      for (const link of facts.links) {
        if (!byId.has(link.id)) {
          problems.push({ file: entry.file, field: `body (line ${link.line})`, message: `[[${link.id}]] links to an entry that does not exist` });
        }
      }
      const count = 'sources' in data ? (data.sources?.length ?? 0) : 0;
      for (const cite of facts.citations) {
        if (cite.n < 1 || cite.n > count) {
          problems.push({ file: entry.file, field: `body (line ${cite.line})`, message: `[@${cite.n}] cites source ${cite.n}, but the entry lists ${count} source${count === 1 ? '' : 's'}` });
        }
      }
    }
  }
  return problems;
}
