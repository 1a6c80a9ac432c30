// What changed and when: revision histories and the record's changes, from git and the entries' corrections.
import type { Locale } from '../../i18n/locales.ts';
import type { Correction } from '../../schemas/correction.ts';
import { entryFiles, type Commit, type GitHistory } from './git-history.ts';

/**
 * What changed in the record and when: each entry's revision history, and the changes across the
 * record, from the git history of the content folder and the entries' `corrections` fields.
 *
 * A correction is dated by its own `date`. A commit to the entry on that day is taken as the one that
 * made it (the newest such commit, if there are several), so the history shows the correction there
 * instead of as a routine edit.
 */

export type ChangeKind = 'added' | 'revised' | 'correction';

/** One line of an entry's revision history. */
export interface HistoryItem {
  kind: ChangeKind;
  /** YYYY-MM-DD. */
  day: string;
  /** The correction's sentence, or the commit's public line in English; empty when the commit has none. */
  text: string;
  commit?: Commit | undefined;
  correction?: Correction | undefined;
  /** The commit touched only the Japanese translation. */
  translationOnly: boolean;
}

export interface RecordRef {
  collection: 'agreements' | 'events';
  id: string;
  corrections: readonly Correction[];
}

/** The commit (newest on that day) each correction is matched to, by the correction's index. */
function matchCorrections(commits: readonly Commit[], corrections: readonly Correction[]): Map<number, Commit> {
  const matched = new Map<number, Commit>();
  const used = new Set<string>();
  corrections.forEach((correction, index) => {
    // Commits are newest first, so the first hit is the newest commit of that day.
    const commit = commits.find((c) => c.day === correction.date.start && !used.has(c.hash));
    if (commit) {
      matched.set(index, commit);
      used.add(commit.hash);
    }
  });
  return matched;
}

function commitsOf(history: Extract<GitHistory, { available: true }>, collection: string, id: string) {
  const { source, translation } = entryFiles(collection, id);
  const own = history.byFile.get(source) ?? [];
  const translated = history.byFile.get(translation) ?? [];
  const seen = new Set<string>();
  const all = [...own, ...translated].filter((c) => !seen.has(c.hash) && seen.add(c.hash)).sort((a, b) => b.time - a.time);
  return { own, all, ownHashes: new Set(own.map((c) => c.hash)) };
}

/** Newest first, by day and then by time; on a tie a correction comes before a routine edit. */
const byNewest = (a: { day: string; kind: ChangeKind; time: number }, b: { day: string; kind: ChangeKind; time: number }) =>
  a.day !== b.day ? (a.day < b.day ? 1 : -1) : b.time - a.time || Number(b.kind === 'correction') - Number(a.kind === 'correction');

/**
 * One entry's history, newest first: the commits that touched its file or its translation (the first
 * commit of its file is "added"), with corrections marked. Empty when there is no git history for it;
 * corrections alone are not a history (the entry page shows them already).
 */
export function entryHistory(history: GitHistory, record: RecordRef): HistoryItem[] {
  if (!history.available) return [];
  const { own, all, ownHashes } = commitsOf(history, record.collection, record.id);
  if (all.length === 0) return [];
  const first = own.at(-1);
  const matched = matchCorrections(all, record.corrections);
  const correctionOf = new Map([...matched].map(([index, commit]) => [commit.hash, record.corrections[index]!]));
  const items: (HistoryItem & { time: number })[] = all.map((commit) => {
    const correction = correctionOf.get(commit.hash);
    return {
      kind: correction ? 'correction' : commit === first ? 'added' : 'revised',
      day: commit.day,
      time: commit.time,
      text: correction ? correction.change : (commit.publicChange.en ?? ''),
      commit,
      correction,
      translationOnly: !ownHashes.has(commit.hash),
    };
  });
  // A correction dated on a day with no commit to the entry still belongs in its history.
  record.corrections.forEach((correction, index) => {
    if (!matched.has(index)) {
      items.push({ kind: 'correction', day: correction.date.start, time: Date.parse(`${correction.date.start}T00:00:00Z`), text: correction.change, correction, translationOnly: false });
    }
  });
  return items.sort(byNewest).map(({ time: _time, ...item }) => item);
}

/** One change across the record: one commit's new entries, one commit's revisions, or one correction. */
export interface Change {
  /** Unique and stable across builds: the anchor on the changes page and the feed item's link. */
  key: string;
  kind: ChangeKind;
  day: string;
  time: number;
  text: string;
  /** The entries it concerns, in the order given. */
  records: { collection: 'agreements' | 'events'; id: string }[];
  commit?: Commit | undefined;
  correction?: Correction | undefined;
}

/**
 * Every change across the record, newest first: entries added (the first commit of their file),
 * corrections (dated by their date; linked to their commit when one matches), and revisions (commits
 * that touched entry files or their translations). Without git history, the corrections alone.
 */
export function recordChanges(history: GitHistory, records: readonly RecordRef[]): Change[] {
  const changes: Change[] = [];
  // commit hash → the entries it added and the entries it revised (corrections taken out).
  const perCommit = new Map<string, { commit: Commit; added: RecordRef[]; revised: RecordRef[] }>();
  for (const record of records) {
    const ref = { collection: record.collection, id: record.id };
    let matched = new Map<number, Commit>();
    if (history.available) {
      const { own, all } = commitsOf(history, record.collection, record.id);
      matched = matchCorrections(all, record.corrections);
      const correctionCommits = new Set([...matched.values()].map((c) => c.hash));
      const first = own.at(-1);
      for (const commit of all) {
        if (correctionCommits.has(commit.hash)) continue;
        const slot = perCommit.get(commit.hash) ?? { commit, added: [], revised: [] };
        (commit === first ? slot.added : slot.revised).push(record);
        perCommit.set(commit.hash, slot);
      }
    }
    record.corrections.forEach((correction, index) => {
      const commit = matched.get(index);
      changes.push({ key: `correction-${record.id}-${index + 1}`, kind: 'correction', day: correction.date.start, time: commit?.time ?? Date.parse(`${correction.date.start}T00:00:00Z`), text: correction.change, records: [ref], commit, correction });
    });
  }
  for (const { commit, added, revised } of perCommit.values()) {
    const refs = (list: RecordRef[]) => list.map((r) => ({ collection: r.collection, id: r.id }));
    if (added.length) changes.push({ key: `added-${commit.hash.slice(0, 12)}`, kind: 'added', day: commit.day, time: commit.time, text: commit.publicChange.en ?? '', records: refs(added), commit });
    if (revised.length) changes.push({ key: `revised-${commit.hash.slice(0, 12)}`, kind: 'revised', day: commit.day, time: commit.time, text: commit.publicChange.en ?? '', records: refs(revised), commit });
  }
  return changes.sort(byNewest);
}

/**
 * A change's or history item's text in a language. A correction: its sentence from the translation
 * (same order as the English corrections) where there is one, else the English, marked 'en'. A
 * commit: its public line in that language, or nothing (the page then shows only the kind of change
 * and the entries): never English standing in for a missing Japanese line, never the commit's subject.
 */
export function localizedChangeText(
  item: Pick<HistoryItem, 'text' | 'correction' | 'commit'>,
  corrections: readonly Correction[],
  translated: readonly string[] | undefined,
  locale: Locale,
): { text: string; lang?: 'en' | undefined } {
  if (!item.correction) return { text: item.commit?.publicChange[locale] ?? '' };
  if (locale === 'en') return { text: item.text };
  const index = corrections.indexOf(item.correction);
  const words = index >= 0 ? translated?.[index] : undefined;
  return words ? { text: words } : { text: item.text, lang: 'en' };
}
