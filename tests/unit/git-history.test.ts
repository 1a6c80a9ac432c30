import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { commitUrl, gitHistory, indexByFile, LOG_FORMAT, parseGitLog, readGitHistory } from '../../src/lib/history/git-history';
import { entryHistory, localizedChangeText, recordChanges } from '../../src/lib/history/changes';
import { gitFixture, plainFixture, SOSA_COMMITS, SOSA_CORRECTION } from '../helpers/git-fixture';
import type { Correction } from '../../src/schemas/correction';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const day = (d: string) => ({ start: d, end: undefined, precision: 'day' as const });
const correction = (date: string, change: string): Correction => ({ date: day(date), change });

describe('parseGitLog', () => {
  test('reads hash, author date, public lines and files of each commit, newest first; never the subject', () => {
    expect(LOG_FORMAT).toContain('%aI');
    expect(LOG_FORMAT).toContain('%(trailers:key=Public-Change,');
    expect(LOG_FORMAT).toContain('%(trailers:key=Public-Change-Ja,');
    expect(LOG_FORMAT).not.toMatch(/%s|%B|%b/);
    const out = [
      '\x1eaaa\x1f2025-01-10T09:00:00+09:00\x1f\x1f\n\nagreements/sosa.md\nevents/signing.md\n',
      '\x1ebbb\x1f2025-03-05T12:00:00+00:00\x1fSecond: with a colon \x1f二つ目\n\nagreements/sosa.md\n',
    ].reverse().join('');
    const commits = parseGitLog(out);
    expect(commits.map((c) => [c.hash, c.day, c.publicChange, c.files])).toEqual([
      ['bbb', '2025-03-05', { en: 'Second: with a colon', ja: '二つ目' }, ['agreements/sosa.md']],
      ['aaa', '2025-01-10', {}, ['agreements/sosa.md', 'events/signing.md']],
    ]);
    expect(indexByFile(commits).get('agreements/sosa.md')!.map((c) => c.hash)).toEqual(['bbb', 'aaa']);
    expect(indexByFile(commits).get('events/signing.md')!.map((c) => c.hash)).toEqual(['aaa']);
  });

  test('the day is the author’s own calendar day; order is by the instant', () => {
    const commits = parseGitLog('\x1ea\x1f2025-01-10T23:30:00-05:00\x1f\x1f\n\nx.md\n\x1eb\x1f2025-01-11T09:00:00+09:00\x1f\x1f\n\nx.md\n');
    // 09:00 in Tokyo on the 11th is 00:00 UTC on the 11th, before 04:30 UTC on the 11th in New York.
    expect(commits.map((c) => [c.hash, c.day])).toEqual([['a', '2025-01-10'], ['b', '2025-01-11']]);
  });

  test('commit links need a repository URL', () => {
    expect(commitUrl(undefined, 'abc')).toBeUndefined();
    expect(commitUrl('https://github.com/o/r/', 'abc')).toBe('https://github.com/o/r/commit/abc');
  });
});

describe('reading a repository', () => {
  test('one pass reads every file’s commits, relative to the content folder, translation included', async () => {
    const { dir, hashes } = gitFixture({ translation: true });
    made.push(dir);
    const history = await readGitHistory(dir);
    if (!history.available) throw new Error(history.reason);
    expect(history.commits).toHaveLength(4);
    // The public line comes from the trailers; commits without them have none, and no subject is kept.
    expect(history.byFile.get('agreements/sosa.md')!.map((c) => c.publicChange)).toEqual([{}, SOSA_COMMITS[1].public, {}]);
    expect(JSON.stringify(history.commits)).not.toContain(SOSA_COMMITS[1].subject);
    expect(history.byFile.get('events/signing.md')!.map((c) => c.hash)).toEqual([hashes.at(-1)]);
    expect(history.byFile.get('ja/agreements/sosa.md')!.map((c) => c.hash)).toEqual([hashes[0]]);

    const items = entryHistory(history, { collection: 'agreements', id: 'sosa', corrections: [correction('2025-06-20', SOSA_CORRECTION)] });
    expect(items.map((i) => [i.day, i.kind, i.translationOnly])).toEqual([
      ['2025-07-01', 'revised', true],
      ['2025-06-20', 'correction', false],
      ['2025-03-05', 'revised', false],
      ['2025-01-10', 'added', false],
    ]);
    expect(items[1]!.text).toBe(SOSA_CORRECTION);
    expect(items[1]!.commit!.hash).toBe(hashes[1]);
  });

  test('outside a repository the history is unavailable, and the cache reads each folder once', async () => {
    const dir = plainFixture();
    made.push(dir);
    const history = await gitHistory(dir);
    expect(history.available).toBe(false);
    expect(gitHistory(dir)).toBe(gitHistory(dir));
    expect(entryHistory(history, { collection: 'agreements', id: 'sosa', corrections: [correction('2025-06-20', SOSA_CORRECTION)] })).toEqual([]);
  });
});

describe('changes across the record', () => {
  const commit = (hash: string, date: string, files: string[], publicChange = {}) => ({ hash, date, day: date.slice(0, 10), time: Date.parse(date), publicChange, files });
  const commits = [
    commit('c3', '2025-06-20T08:00:00Z', ['agreements/sosa.md', 'events/signing.md']),
    commit('c2', '2025-03-05T12:00:00Z', ['events/signing.md'], { en: 'A source added.' }),
    commit('c1', '2025-01-10T00:00:00Z', ['agreements/sosa.md', 'events/signing.md', 'topics.yaml']),
  ];
  const history = { available: true as const, commits, byFile: indexByFile(commits) };
  const records = [
    { collection: 'agreements' as const, id: 'sosa', corrections: [correction('2025-06-20', 'Dated to the day from the release.')] },
    { collection: 'events' as const, id: 'signing', corrections: [correction('2024-12-01', 'Corrected before the history began.')] },
  ];

  test('new entries per commit, corrections on their day taking their commit, revisions per commit; newest first', () => {
    const changes = recordChanges(history, records);
    expect(changes.map((c) => [c.day, c.kind, c.records.map((r) => r.id), c.commit?.hash])).toEqual([
      ['2025-06-20', 'correction', ['sosa'], 'c3'],
      ['2025-06-20', 'revised', ['signing'], 'c3'],
      ['2025-03-05', 'revised', ['signing'], 'c2'],
      ['2025-01-10', 'added', ['sosa', 'signing'], 'c1'],
      ['2024-12-01', 'correction', ['signing'], undefined],
    ]);
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
    expect(changes.map((c) => c.text)).toEqual(['Dated to the day from the release.', '', 'A source added.', '', 'Corrected before the history began.']);
  });

  test('without history, the corrections alone', () => {
    const changes = recordChanges({ available: false, reason: 'none' }, records);
    expect(changes.map((c) => [c.day, c.kind, c.records[0]!.id])).toEqual([
      ['2025-06-20', 'correction', 'sosa'],
      ['2024-12-01', 'correction', 'signing'],
    ]);
  });

  test('a correction with no commit that day still shows in the entry’s history', () => {
    const items = entryHistory(history, records[1]!);
    expect(items.map((i) => [i.day, i.kind])).toEqual([
      ['2025-06-20', 'revised'],
      ['2025-03-05', 'revised'],
      ['2025-01-10', 'added'],
      ['2024-12-01', 'correction'],
    ]);
  });
});

describe('a change in another language', () => {
  const first = correction('2025-06-20', 'Dated to the day.');
  const second = correction('2025-07-01', 'Party added.');
  const corrections = [first, second];

  test('a correction takes its translated sentence, by its place in the English list', () => {
    expect(localizedChangeText({ text: second.change, correction: second }, corrections, ['日付を日単位にした。', '当事者を追加した。'], 'ja')).toEqual({ text: '当事者を追加した。' });
  });

  const revision = (publicChange: { en?: string; ja?: string }) => ({ hash: 'c', date: '2025-03-05T12:00:00Z', day: '2025-03-05', time: 0, publicChange, files: [] });

  test('a commit shows its public line in the page’s language, or nothing: never English on a Japanese page', () => {
    const both = revision({ en: 'Summary clarified.', ja: '概要を明確にした。' });
    expect(localizedChangeText({ text: 'Summary clarified.', commit: both }, corrections, undefined, 'en')).toEqual({ text: 'Summary clarified.' });
    expect(localizedChangeText({ text: 'Summary clarified.', commit: both }, corrections, undefined, 'ja')).toEqual({ text: '概要を明確にした。' });
    const englishOnly = revision({ en: 'Summary clarified.' });
    expect(localizedChangeText({ text: 'Summary clarified.', commit: englishOnly }, corrections, undefined, 'ja')).toEqual({ text: '' });
    expect(localizedChangeText({ text: '', commit: revision({}) }, corrections, undefined, 'en')).toEqual({ text: '' });
  });

  test('English stands in, marked, where a correction has no translation', () => {
    expect(localizedChangeText({ text: second.change, correction: second }, corrections, ['日付を日単位にした。'], 'ja')).toEqual({ text: 'Party added.', lang: 'en' });
    expect(localizedChangeText({ text: first.change, correction: first }, corrections, undefined, 'ja')).toEqual({ text: 'Dated to the day.', lang: 'en' });
  });

  test('English pages keep the English text, unmarked', () => {
    expect(localizedChangeText({ text: first.change, correction: first }, corrections, ['日付を日単位にした。'], 'en')).toEqual({ text: 'Dated to the day.' });
  });
});
