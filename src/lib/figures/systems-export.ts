// /data/systems.json: every system with its names in both languages, kind, makers, family, and the sums of its own figures.
import { localeView } from '../site/i18n-data';
import { registerView } from './register-view';
import { systemRecords } from './system-records';
import { entryUrl } from '../record/urls';
import { EXPORT_VERSION } from '../../schemas/export';

export async function systemsExport(site: URL) {
  const view = await localeView('en');
  const ja = await localeView('ja');
  const { bySystem } = await registerView('en');
  const link = (collection: 'actors' | 'systems', id: string) => ({ id, name: view.nameOf(id), url: new URL(entryUrl(collection, id), site).href });
  const systems = view.data.systems.map((s) => {
    const tr = ja.translations?.systems.get(s.id)?.data;
    const figures = bySystem.get(s.id);
    return {
      id: s.id,
      url: new URL(entryUrl('systems', s.id), site).href,
      name: s.data.name,
      ...(s.data.shortName ? { shortName: s.data.shortName } : {}),
      aliases: s.data.aliases,
      kind: s.data.kind,
      makers: s.data.makers.map((id) => link('actors', id)),
      ...(s.data.family ? { family: link('systems', s.data.family) } : {}),
      summary: s.data.summary,
      entries: systemRecords(view, s.id).map((r) => r.id),
      registerRows: figures?.rows.length ?? 0,
      sums: (figures?.sums ?? []).map(({ basis, currency, total, count, upTo, approximate }) => ({ basis, currency, total, count, upTo, approximate })),
      sharedFigures: figures?.shared.length ?? 0,
      sources: s.data.sources.map((src, i) => ({ number: i + 1, title: src.title, publisher: src.publisher, ...(src.url ? { url: src.url } : {}) })),
      lastReviewed: s.data.lastReviewed.start,
      ...(tr ? { ja: { name: tr.name, ...(tr.shortName ? { shortName: tr.shortName } : {}), aliases: tr.aliases, summary: tr.summary, url: new URL(`/ja${entryUrl('systems', s.id)}`, site).href } } : {}),
    };
  });
  return { version: EXPORT_VERSION, count: systems.length, note: 'Sums are of the figures for each system alone, by basis and currency, never converted; figures shared with other systems are counted in sharedFigures, not summed.', systems };
}
