/**
 * /data/register.csv: one row per register row (src/lib/figures/register.ts decides which entries are rows),
 * oldest first, with the figure columns of /data/entries.csv (src/lib/figures/csv.ts) and the sources the
 * figures cite.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportEntry } from '../../schemas/export.ts';
import { FIGURE_COLUMNS, figureCells } from '../publish/figures-csv.ts';
import { isRegisterEntry } from './register.ts';

export const REGISTER_CSV_COLUMNS = ['id', 'kind', 'type', 'date', 'datePrecision', 'title', 'titleJa', 'url', ...FIGURE_COLUMNS, 'figureSourceUrls'] as const;

/** `entries` newest first, as exportedEntries() gives them. */
export function registerCsv(entries: readonly ExportEntry[]): string {
  const rows = entries
    .filter((e) => isRegisterEntry({ collection: e.kind === 'agreement' ? 'agreements' : 'events', data: e }))
    .slice()
    .reverse()
    .map((e) => {
      const cited = [...new Set([...e.amounts.map((a) => a.source), ...e.quantities.map((q) => q.source)])].sort((a, b) => a - b);
      return [
        e.id, e.kind, e.type, e.date.end ? `${e.date.start}/${e.date.end}` : e.date.start, e.date.precision, e.title, e.ja?.title ?? e.titleJa ?? '', e.url,
        ...figureCells(e),
        cited.flatMap((n) => (e.sources[n - 1]?.url ? [e.sources[n - 1]!.url!] : [])).join(' '),
      ];
    });
  return stringify([[...REGISTER_CSV_COLUMNS], ...rows], { bom: true, record_delimiter: '\r\n' });
}
