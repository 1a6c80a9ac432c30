// The record as data: /data/entries.json, its JSON Schema and /data/entries.csv.
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { AGREEMENT_TYPES } from '../../schemas/agreement.ts';
import { EVENT_TYPES } from '../../schemas/event.ts';
import { EXPORT_VERSION, exportEntrySchema, exportFileSchema, type ExportEntry } from '../../schemas/export.ts';
import type { PartialDate } from '../../schemas/date.ts';
import type { AnyEntry } from '../record/records.ts';
import { entryUrl } from '../record/urls.ts';
import { displayName } from '../record/references.ts';
import { notePlainText } from '../record/date-words.ts';
import { CONTENT_LICENCE } from './licence.ts';
import { FIGURE_COLUMNS, figureCells } from './figures-csv.ts';

type RecordEntry = Extract<AnyEntry, { collection: 'agreements' | 'events' }>;

export const DATA_LICENSE = `${CONTENT_LICENCE.name} (text of the tracker); quoted material belongs to its publishers`;

function dateOut(date: PartialDate) {
  return { start: date.start, ...(date.end ? { end: date.end } : {}), precision: date.precision };
}

/** The Japanese words of an entry, where translated. */
export interface JaWords {
  title: string;
  shortName?: string | undefined;
  summary: string;
  translatedFrom: { start: string };
  dateNote?: string | undefined;
  corrections?: string[] | undefined;
  unconfirmed?: { what: string; reason: string }[] | undefined;
}

/** One entry as published: references resolved to names and absolute URLs; its Japanese words where translated. */
export function exportEntry(entry: RecordEntry, byId: ReadonlyMap<string, AnyEntry>, site: URL, ja?: JaWords): ExportEntry {
  const url = (e: AnyEntry) => new URL(entryUrl(e.collection, e.id), site).href;
  const link = (id: string) => {
    const target = byId.get(id);
    if (!target) throw new Error(`export: unknown id ${id}`);
    return { id, name: displayName(target), url: url(target) };
  };
  const d = entry.data;
  const base = {
    id: entry.id,
    url: url(entry),
    jsonUrl: new URL(`${entryUrl(entry.collection, entry.id).slice(0, -1)}.json`, site).href,
    title: d.title,
    ...(d.shortName ? { shortName: d.shortName } : {}),
    ...(d.titleJa ? { titleJa: d.titleJa } : {}),
    summary: d.summary,
    topics: d.topics.map(link),
    related: d.related.map(link),
    sources: d.sources.map((s, i) => ({
      number: i + 1,
      ...s,
      ...(s.date ? { date: dateOut(s.date) } : {}),
      ...(s.archive ? { archive: { url: s.archive.url, date: s.archive.date.start } } : {}),
    })),
    lastReviewed: d.lastReviewed.start,
    ...(d.dateNote ? { dateNote: notePlainText(d.dateNote) } : {}),
    corrections: d.corrections.map((c) => {
      const sourceUrl = c.source ? d.sources[c.source - 1]?.url : undefined;
      return { date: c.date.start, change: c.change, ...(c.source ? { source: c.source } : {}), ...(sourceUrl ? { sourceUrl } : {}) };
    }),
    systems: d.systems.map(link),
    amounts: d.amounts.map((a) => ({ value: a.value, currency: a.currency, basis: a.basis, upTo: a.upTo, approximate: a.approximate, ...(a.system ? { system: a.system } : {}), source: a.source })),
    quantities: d.quantities.map((q) => ({ count: q.count, unit: q.unit, upTo: q.upTo, ...(q.system ? { system: q.system } : {}), source: q.source })),
    ...(entry.collection === 'events' && entry.data.transmittal ? { transmittal: entry.data.transmittal } : {}),
    unconfirmed: d.unconfirmed.map((u) => ({ what: u.what, reason: u.reason })),
    ...(ja
      ? {
          ja: {
            title: ja.title,
            ...(ja.shortName ? { shortName: ja.shortName } : {}),
            summary: ja.summary,
            url: new URL(`/ja${entryUrl(entry.collection, entry.id)}`, site).href,
            translatedFrom: ja.translatedFrom.start,
            ...(ja.dateNote ? { dateNote: notePlainText(ja.dateNote) } : {}),
            ...(ja.corrections?.length ? { corrections: ja.corrections } : {}),
            ...(ja.unconfirmed?.length ? { unconfirmed: ja.unconfirmed } : {}),
          },
        }
      : {}),
  };
  const out =
    entry.collection === 'agreements'
      ? {
          ...base,
          kind: 'agreement' as const,
          type: entry.data.type,
          typeLabel: AGREEMENT_TYPES[entry.data.type],
          date: dateOut(entry.data.date),
          status: entry.data.status,
          statusHistory: entry.data.statusHistory.map((c) => ({ ...c, date: dateOut(c.date) })),
          binding: entry.data.binding,
          ...(entry.data.partOf ? { partOf: link(entry.data.partOf) } : {}),
          actors: entry.data.parties.map(link),
        }
      : {
          ...base,
          kind: 'event' as const,
          type: entry.data.type,
          typeLabel: EVENT_TYPES[entry.data.type],
          date: dateOut(entry.data.date),
          actors: entry.data.actors.map(link),
          ...(entry.data.location ? { location: entry.data.location } : {}),
          outcome: entry.data.outcome.map(link),
        };
  // Parsing through the published schema guarantees the data matches what it says it is.
  return exportEntrySchema.parse(out);
}

export function exportFile(entries: ExportEntry[], title: string, site: URL) {
  return exportFileSchema.parse({ version: EXPORT_VERSION, title, url: site.href, license: DATA_LICENSE, licenseUrl: CONTENT_LICENCE.url, count: entries.length, entries });
}

export function exportJsonSchema() {
  return { $id: 'entries.schema.json', ...z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12' }) };
}

/** New columns go at the end, so a reader's spreadsheet formulas keep their columns. */
export const CSV_COLUMNS = [
  'id', 'kind', 'type', 'title', 'shortName', 'titleJa', 'date', 'datePrecision', 'status', 'binding', 'actors', 'topics', 'summary', 'url', 'sourceUrls',
  'lastReviewed', 'summaryJa', 'urlJa', 'dateNote', 'dateNoteJa', 'corrections', 'correctionsJa', 'archiveUrls',
  ...FIGURE_COLUMNS,
] as const;

/**
 * Corrections in one cell, oldest first, one per line: "YYYY-MM-DD: what changed" (a sentence may hold
 * "; ", so lines, not the list separator). In Japanese, the translated sentences on the same dates.
 */
export function correctionsCell(entry: ExportEntry, locale: 'en' | 'ja'): string {
  const words = locale === 'ja' ? entry.ja?.corrections : entry.corrections.map((c) => c.change);
  if (!words) return '';
  return entry.corrections.map((c, i) => (words[i] ? `${c.date}${locale === 'ja' ? '：' : ': '}${words[i]}` : '')).filter(Boolean).join('\n');
}

/** One row per entry, RFC 4180 quoting; lists joined with "; " inside one cell, corrections one per line; figures as figureCells() writes them. */
export function exportCsv(entries: readonly ExportEntry[]): string {
  const rows = entries.map((e) => [
    e.id, e.kind, e.type, e.title, e.shortName ?? '', e.ja?.title ?? e.titleJa ?? '', e.date.end ? `${e.date.start}/${e.date.end}` : e.date.start, e.date.precision,
    e.status ?? '', e.binding ?? '', e.actors.map((a) => a.name).join('; '), e.topics.map((t) => t.name).join('; '), e.summary, e.url,
    e.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '), e.lastReviewed, e.ja?.summary ?? '', e.ja?.url ?? jaUrl(e.url),
    e.dateNote ?? '', e.ja?.dateNote ?? '', correctionsCell(e, 'en'), correctionsCell(e, 'ja'),
    e.sources.flatMap((s) => (s.archive ? [s.archive.url] : [])).join(' '),
    ...figureCells(e),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: '\r\n' });
}

/** Every entry has a Japanese page, translated or not: the same path under /ja/. */
export function jaUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `/ja${u.pathname}`;
  return u.href;
}
