import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { FEED_ITEMS, feedResponse } from '../../src/lib/publish/feed';
import { exportFile } from '../../src/lib/publish/export';
import type { ExportEntry } from '../../src/schemas/export';

const site = new URL('https://tracker.example/');
const entry = (n: number) =>
  ({
    id: `event-${n}`,
    kind: 'event',
    type: 'meeting',
    typeLabel: 'Meeting',
    title: `Meeting ${n}`,
    summary: `Summary ${n}.`,
    url: `https://tracker.example/events/event-${n}/`,
    date: { start: `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`, precision: 'day' },
    topics: [],
    corrections: [],
  }) as unknown as ExportEntry;

describe('feeds', () => {
  test(`carry the newest ${FEED_ITEMS} entries, in the order given (newest first)`, async () => {
    const entries = Array.from({ length: FEED_ITEMS + 50 }, (_, i) => entry(FEED_ITEMS + 49 - i));
    const feed = parseFeed(await (await feedResponse({ title: 'T', description: 'D', site, entries })).text());
    expect(feed.items).toHaveLength(FEED_ITEMS);
    expect(feed.items[0]!.title).toBe(`Meeting ${FEED_ITEMS + 49}`);
    expect(feed.items.at(-1)!.title).toBe('Meeting 50');
  });

  test('a short record is carried whole', async () => {
    const feed = parseFeed(await (await feedResponse({ title: 'T', description: 'D', site, entries: [entry(2), entry(1)] })).text());
    expect(feed.items.map((i) => i.title)).toEqual(['Meeting 2', 'Meeting 1']);
  });

  test('name the licence of the text and point at it, in the feed\'s language', async () => {
    const english = parseFeed(await (await feedResponse({ title: 'T', description: 'D', site, entries: [entry(1)] })).text());
    const japanese = parseFeed(await (await feedResponse({ title: 'T', description: 'D', site, entries: [entry(1)], locale: 'ja' })).text());
    expect(english.copyright).toBe('Text of this tracker: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Quoted material belongs to its publishers.');
    expect(japanese.copyright).toBe('このトラッカーの文章：CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)。引用部分の権利は各発行者に帰属します。');
  });
});

test('the data export points at the licence of the text', () => {
  const file = exportFile([], 'T', site);
  expect(file.license).toMatch(/^CC BY 4\.0 /);
  expect(file.licenseUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
});
