import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { checkContent } from '../../src/lib/content/check';
import { isPublished } from '../../src/lib/content/drafts';
import { readCsv, readJson, validateExport } from '../helpers/data';
import { htmlFiles, pathOf } from '../helpers/dist';
import { timeline, type AnyEntry } from '../../src/lib/record/records';
import { FEED_ITEMS } from '../../src/lib/publish/feed';

// What the build publishes: drafts are left out.
const entries = checkContent('content').entries.filter(isPublished);
const recordIds = entries.filter((e) => e.collection === 'agreements' || e.collection === 'events').map((e) => e.id).sort();
const topics = entries.filter((e) => e.collection === 'topics');

describe('feeds', () => {
  test('the main feed parses and holds the newest FEED_ITEMS entries, newest first, with canonical links and summaries', () => {
    const feed = parseFeed(readFileSync('dist/feed.xml', 'utf8'));
    // Newest first in the timeline's own order, where a month- or year-only date follows the known days of its period.
    const newest = timeline(entries as AnyEntry[]).map((r) => r.id).reverse().slice(0, FEED_ITEMS);
    expect(recordIds.length).toBeGreaterThan(FEED_ITEMS);
    expect(feed.items.map((i) => new URL(i.url!).pathname.split('/')[2])).toEqual(newest);
    const stimson = feed.items.find((i) => i.url!.endsWith('/events/stimson-analysis-2024/'))!;
    expect(stimson.published!.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    const sosa = feed.items.find((i) => i.url!.endsWith('/agreements/sosa/'))!;
    expect(sosa.description).toContain('12 January 2023 · Arrangement · Signed. A non-binding arrangement');
    expect(sosa.description).not.toContain('Corrected');
    const hawaii = feed.items.find((i) => i.url!.endsWith('/events/dicas-amraam-meeting-2024/'))!;
    expect(hawaii.description).toMatch(/^7 October 2024 · Meeting\. /);
    expect(hawaii.description).toContain('Corrected 26 November 2026: Dated to the day, 7 October 2024');
  });

  test.each(topics.map((t) => t.id))('the %s topic feed holds exactly that topic’s entries', (topic) => {
    const feed = parseFeed(readFileSync(`dist/topics/${topic}/feed.xml`, 'utf8'));
    const expected = entries.filter((e) => 'topics' in e.data && (e.data.topics as string[]).includes(topic)).map((e) => e.id).sort();
    expect(feed.items.map((i) => new URL(i.url!).pathname.split('/')[2]).sort()).toEqual(expected);
  });

  test('every page announces the feed', () => {
    for (const file of htmlFiles('dist')) {
      expect(readFileSync(`dist/${file}`, 'utf8'), file).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });
});

describe('data files', () => {
  test('entries.json validates against its published JSON Schema and holds every entry', () => {
    const { data, valid, errors } = validateExport('dist');
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.entries.map((e: { id: string }) => e.id).sort()).toEqual(recordIds);
    const gcd = data.entries.find((e: { id: string }) => e.id === 'gcd-project-arrangement');
    expect(gcd.partOf).toMatchObject({ id: 'rdte-mou', url: expect.stringMatching(/\/agreements\/rdte-mou\/$/) });
    expect(gcd.sources[0]).toMatchObject({ number: 1, publisher: 'U.S. Department of Defense', via: 'Mirage News' });
    expect(gcd.corrections).toEqual([]);
    const hawaii = data.entries.find((e: { id: string }) => e.id === 'dicas-amraam-meeting-2024');
    expect(hawaii.date).toEqual({ start: '2024-10-07', precision: 'day' });
    expect(hawaii.corrections).toEqual([
      {
        date: '2026-11-26',
        change: expect.stringContaining('7 October 2024'),
        source: 1,
        sourceUrl: 'https://www.mod.go.jp/j/approach/anpo/2024/1007_usa-j.html',
      },
    ]);
    const rdp = data.entries.find((e: { id: string }) => e.id === 'rdp-mou');
    expect(rdp.dateNote).toMatch(/Saturday, 4 June\[2\]; one trade report/);
  });

  test('each entry’s own JSON sits at its URL plus .json and equals its row in entries.json', () => {
    const all = readJson('dist/data/entries.json').entries as { id: string; url: string; jsonUrl: string }[];
    for (const entry of all) {
      const path = new URL(entry.jsonUrl).pathname;
      expect(path).toBe(`${new URL(entry.url).pathname.slice(0, -1)}.json`);
      expect(readJson(`dist${path}`)).toEqual(entry);
    }
  });

  test('entries.csv parses with one row per entry, agreeing with the JSON', () => {
    const rows = readCsv('dist/data/entries.csv');
    const json = readJson('dist/data/entries.json').entries as { id: string; summary: string; title: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(recordIds);
    for (const row of rows) {
      const entry = json.find((e) => e.id === row.id)!;
      expect(row.summary).toBe(entry.summary);
      expect(row.title).toBe(entry.title);
    }
  });

  test('entries.csv carries the date notes and the corrections the JSON has, in both languages', () => {
    const rows = readCsv('dist/data/entries.csv');
    type Entry = { id: string; dateNote?: string; corrections: { date: string; change: string }[]; ja?: { dateNote?: string; corrections?: string[] } };
    const json = readJson('dist/data/entries.json').entries as Entry[];
    expect(json.some((e) => e.corrections.length > 0)).toBe(true);
    expect(json.some((e) => e.dateNote)).toBe(true);
    for (const entry of json) {
      const row = rows.find((r) => r.id === entry.id)!;
      expect(row.dateNote, entry.id).toBe(entry.dateNote ?? '');
      expect(row.dateNoteJa, entry.id).toBe(entry.ja?.dateNote ?? '');
      expect(row.corrections, entry.id).toBe(entry.corrections.map((c) => `${c.date}: ${c.change}`).join('\n'));
      expect(row.correctionsJa, entry.id).toBe((entry.ja?.corrections ?? []).map((words, i) => `${entry.corrections[i]!.date}：${words}`).join('\n'));
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap lists every page and no page that does not exist', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = maps.flatMap((map) => [...readFileSync(`dist${map}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)).sort();
    const pages = htmlFiles('dist').map(pathOf).filter((p) => p !== '/404.html' && p !== '/ja/404/').sort();
    expect(listed).toEqual(pages);
  });

  test('robots.txt points to the sitemap', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
