import rss from '@astrojs/rss';
import type { ExportEntry } from '../schemas/export.ts';
import { formatDate } from './format.ts';
import { STATUSES } from '../schemas/status.ts';

/** " Corrected 26 November 2026: …" for each correction, so feed readers see it too. */
export function correctionsText(e: Pick<ExportEntry, 'corrections'>): string {
  return e.corrections
    .map((c) => ` Corrected ${formatDate({ start: c.date, precision: 'day' })}: ${c.change}`)
    .join('');
}

/** An RSS feed of entries, newest first, with full summaries and canonical links. */
export function feedResponse(options: { title: string; description: string; site: URL; entries: readonly ExportEntry[] }) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    trailingSlash: true,
    items: options.entries.map((e) => ({
      title: e.shortName && !e.title.includes(e.shortName) ? `${e.title} (${e.shortName})` : e.title,
      link: e.url,
      // The day the entry is dated, at its start; readers see the precise wording in the description.
      pubDate: new Date(`${e.date.start.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`),
      description: `${formatDate(e.date)} · ${e.typeLabel}${e.status ? ` · ${STATUSES[e.status]}` : ''}. ${e.summary}${correctionsText(e)}`,
      categories: e.topics.map((t) => t.name),
    })),
    customData: '<language>en</language>',
  });
}
