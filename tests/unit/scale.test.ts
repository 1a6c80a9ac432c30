import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { withoutDrafts } from '../../src/lib/content/drafts';
import { timeline, type AnyEntry } from '../../src/lib/record/records';
import { facetIndex } from '../../src/lib/record/facets';
import { STATUSES } from '../../src/schemas/status';
import { laterPages, pageCount, pageItems, pageUrl, LIST_PAGE_SIZE } from '../../src/lib/site/paging';
import { searchFilterValues } from '../../src/lib/site/search-filters';
import { checkedContent, checkedLoader, rememberCheckedContent } from '../../src/lib/content/loader';
import { inspectBody, inspectBodyQuickly } from '../../src/lib/markdown/body';
import { GOOD } from '../helpers/fixture';

const { entries, translations } = checkContent(GOOD);
const records = timeline(entries as AnyEntry[]);

describe('facet index', () => {
  test('groups records by each facet in one pass, oldest first, the same as a filter over every record', () => {
    const index = facetIndex(records);
    for (const r of records) {
      for (const t of r.topics) expect(index.topic.get(t)).toEqual(records.filter((x) => x.topics.includes(t)));
      expect(index.year.get(r.year)).toEqual(records.filter((x) => x.year === r.year));
      expect(index.kind.get(r.collection)).toEqual(records.filter((x) => x.collection === r.collection));
      if (r.status) expect(index.status.get(r.status)).toEqual(records.filter((x) => x.status === r.status));
    }
    expect(index.status.get('no-such-status')).toBeUndefined();
  });
});

describe('paging', () => {
  test('splits a long list into pages, page 1 at the list URL and page n under page/n/', () => {
    const items = Array.from({ length: LIST_PAGE_SIZE * 2 + 5 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    expect(pageCount(0)).toBe(1);
    expect(pageItems(items, 1)).toEqual(items.slice(0, LIST_PAGE_SIZE));
    expect(pageItems(items, 3)).toEqual(items.slice(LIST_PAGE_SIZE * 2));
    expect(pageUrl('/topics/x/', 1)).toBe('/topics/x/');
    expect(pageUrl('/topics/x/', 3)).toBe('/topics/x/page/3/');
    expect(laterPages(items.length)).toEqual([{ n: '2' }, { n: '3' }]);
    expect(laterPages(LIST_PAGE_SIZE)).toEqual([]);
  });
});

describe('search filter values', () => {
  test('lists each value the entry pages give Pagefind, once, sorted', () => {
    const values = searchFilterValues(records, { nameOf: (id) => `name of ${id}`, actorKind: 'Actor', statuses: STATUSES });
    expect(values.kind).toEqual(['Actor', 'Agreement', 'Event']);
    expect(values.year).toEqual([...new Set(records.map((r) => String(r.year)))].sort());
    expect(values.topic).toEqual([...new Set(records.flatMap((r) => r.topics.map((t) => `name of ${t}`)))].sort((a, b) => a.localeCompare(b)));
    expect(values.actor.length).toBe(new Set(records.flatMap((r) => r.actors)).size);
    expect(values.status).toEqual([...new Set(records.flatMap((r) => (r.status ? [STATUSES[r.status]] : [])))].sort((a, b) => a.localeCompare(b)));
    expect(searchFilterValues(records, { nameOf: (id) => id, statuses: STATUSES }).kind).not.toContain('Actor');
  });
});

describe('loader over the checked entries', () => {
  function fakeContext() {
    const saved = new Map<string, { id: string; digest?: string; data: unknown; rendered?: unknown }>();
    let renders = 0;
    const context = {
      store: { keys: () => [...saved.keys()], get: (id: string) => saved.get(id), set: (e: { id: string }) => (saved.set(e.id, e as never), true), delete: (id: string) => saved.delete(id) },
      generateDigest: (s: string) => String(s.length) + s.slice(-40),
      renderMarkdown: async (body: string) => (renders++, { html: `<p>${body.length}</p>`, metadata: {} }),
      logger: { info() {}, warn() {}, error() {} },
    };
    return { saved, context, renders: () => renders };
  }

  test('stores the validated data as is, renders each body once, and skips unchanged entries on the next load', async () => {
    rememberCheckedContent({ entries }, GOOD);
    process.env.TRACKER_CONTENT_DIR = GOOD;
    try {
      const { saved, context, renders } = fakeContext();
      await checkedLoader('agreements').load(context as never);
      const agreements = entries.filter((e) => e.collection === 'agreements');
      expect([...saved.keys()].sort()).toEqual(agreements.map((e) => e.id).sort());
      expect(saved.get(agreements[0]!.id)!.data).toBe(agreements[0]!.data);
      expect(renders()).toBe(agreements.length);
      await checkedLoader('agreements').load(context as never);
      expect(renders()).toBe(agreements.length);
      expect(checkedContent(GOOD).entries).toBe(entries);
    } finally {
      delete process.env.TRACKER_CONTENT_DIR;
    }
  });
});

describe('loader over the checked translations and drafts', () => {
  test('the Japanese collections load the checked translations, their bodies rendered as files under content/ja/', async () => {
    rememberCheckedContent({ entries, translations }, GOOD);
    process.env.TRACKER_CONTENT_DIR = GOOD;
    try {
      const saved = new Map<string, { id: string; data: unknown }>();
      const files: string[] = [];
      const context = {
        store: { keys: () => [...saved.keys()], get: (id: string) => saved.get(id), set: (e: { id: string; data: unknown }) => (saved.set(e.id, e), true), delete: (id: string) => saved.delete(id) },
        generateDigest: (s: string) => s,
        renderMarkdown: async (_body: string, { fileURL }: { fileURL: URL }) => (files.push(fileURL.pathname), { html: '', metadata: {} }),
        logger: { info() {}, warn() {}, error() {} },
      };
      await checkedLoader('jaAgreements').load(context as never);
      const ja = translations.filter((t) => t.collection === 'agreements');
      expect(ja.length).toBeGreaterThan(0);
      expect([...saved.keys()].sort()).toEqual(ja.map((t) => t.id).sort());
      expect(saved.get(ja[0]!.id)!.data).toBe(ja[0]!.data);
      expect(files.length).toBe(ja.length);
      for (const file of files) expect(file.startsWith(resolve(GOOD, 'ja') + '/')).toBe(true);
    } finally {
      delete process.env.TRACKER_CONTENT_DIR;
    }
  });

  test('wrapped without drafts, the loader stores no draft, even one kept in the store by an earlier run', async () => {
    const draft = { ...entries.find((e) => e.collection === 'events')!, id: 'a-draft-event' };
    draft.data = { ...(draft.data as object), draft: true } as never;
    rememberCheckedContent({ entries: [...entries, draft] }, GOOD);
    process.env.TRACKER_CONTENT_DIR = GOOD;
    try {
      const saved = new Map<string, { id: string; data: unknown; digest?: string }>();
      const context = {
        store: {
          keys: () => [...saved.keys()],
          get: (id: string) => saved.get(id),
          set: (e: { id: string; data: unknown }) => (saved.set(e.id, e), true),
          delete: (id: string) => saved.delete(id),
          entries: () => [...saved.entries()],
        },
        generateDigest: (s: string) => s,
        renderMarkdown: async () => ({ html: '', metadata: {} }),
        logger: { info() {}, warn() {}, error() {} },
      };
      await checkedLoader('events').load(context as never);
      expect(saved.has('a-draft-event')).toBe(true);
      await withoutDrafts(checkedLoader('events'), false).load(context as never);
      expect(saved.has('a-draft-event')).toBe(false);
      expect(saved.size).toBe(entries.filter((e) => e.collection === 'events').length);
    } finally {
      delete process.env.TRACKER_CONTENT_DIR;
    }
  });
});

describe('the content check reads plain bodies without a Markdown parse', () => {
  const bodies = [
    '\n## What it is\n\nPlain words.[@1] See [[sosa]].\n\nMore words,\nover two lines [@1, 2].\n',
    'Plain words with a missing link [[no-such-entry]] on\nthe second line.[@1]\n',
    'A citation of a source that is not listed.[@3]\n',
    'Not plain: *emphasis* and [[sosa]].[@1]\n',
    'Not plain: <b>html</b>\n',
    '',
  ];
  test('a plain, valid body passes; anything else gets the same facts as the full parse', () => {
    const isEntry = (id: string) => id === 'sosa';
    for (const body of bodies) {
      const quick = inspectBodyQuickly(body, 5, isEntry, 2);
      const full = inspectBody(body, 5);
      const problemsIn = (f: typeof full) => f.problems.length + f.links.filter((l) => !isEntry(l.id)).length + f.citations.filter((c) => c.n < 1 || c.n > 2).length + (f.isEmpty ? 1 : 0);
      if (problemsIn(full) === 0 && !/[*<]/.test(body)) expect(quick).toEqual({ links: [], citations: [], problems: [], isEmpty: false });
      else expect(quick).toEqual(full);
    }
    expect(inspectBodyQuickly(bodies[1]!, 5, isEntry, 2).links).toEqual([{ id: 'no-such-entry', line: 5 }]);
  });
});
