import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { generate } from '../../scripts/synthetic';
import { checkContent } from '../../src/lib/content/check';
import { backlinkIndex, timeline, type AnyEntry, type TimelineRecord } from '../../src/lib/record/records';
import { statusIndexOf } from '../../src/lib/as-of/build-index';
import { encodeIndex } from '../../src/lib/as-of/status-index';
import { asOfDay, yearEnd, yearsSpanned } from '../../src/lib/as-of/view';
import { pageCount } from '../../src/lib/site/paging';

// The bench's own synthetic corpus (not the bench): the status index a browser loads for ?date= at 10,000 entries.
const CONTENT = 'tests/.tmp/as-of-content';
const ENTRIES = 10_000;

describe(`the status index of a synthetic record of ${ENTRIES} entries`, () => {
  test('stays under 300 KB gzipped in each language (and reports the as-of pages it would make)', () => {
    generate(CONTENT, ENTRIES);
    const { entries, problems, translations } = checkContent(CONTENT);
    expect(problems).toEqual([]);
    const all = entries as AnyEntry[];
    const records = timeline(all);
    const byId = new Map(all.map((e) => [e.id, e]));
    const backlinks = backlinkIndex(all);
    const titles = new Map(translations.map((t) => [t.id, (t.data as { title?: string }).title]));
    const ja: TimelineRecord[] = records.map((r) => { const title = titles.get(r.id); return title ? { ...r, title } : { ...r, lang: 'en' as const }; });
    const sizes: Record<string, number> = {};
    for (const [locale, list] of [['en', records], ['ja', ja]] as const) {
      const index = statusIndexOf(list, byId, backlinks);
      expect(index.agreements.length + index.events.length).toBe(ENTRIES);
      const json = JSON.stringify(encodeIndex(index));
      sizes[locale] = gzipSync(json).length;
      console.log(`as-of status index, ${locale}, ${ENTRIES} entries: ${json.length} bytes, ${sizes[locale]} gzipped`);
      expect(sizes[locale]).toBeLessThan(300_000);
    }
    const index = statusIndexOf(records, byId, backlinks);
    const years = yearsSpanned(index);
    const last = years.at(-1)!;
    const listed = (year: number) => asOfDay(index, yearEnd(year)).reduce((n, g) => n + g.items.length, 0);
    const pages = years.reduce((n, y) => n + pageCount(listed(y)), 0);
    console.log(`as-of years: ${years.length} (${years[0]}–${last}); agreements listed at the end of ${last}: ${listed(last)}; as-of pages per language: ${pages}`);
  }, 300_000);
});
