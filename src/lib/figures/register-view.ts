/**
 * The register and the systems in one language: each row's cells as the table shows them (and as
 * /register/rows.json gives them to the sorting script), each system's rows and sums. Built once per locale.
 */
import { localeView, type LocaleView } from '../site/i18n-data';
import { formatDate } from '../record/format';
import { formatMoney, formatQuantity } from './format';
import { amountsForSystem, registerRows, sumAmounts, type FigureSum, type RegisterRow } from './register';
import type { AnyEntry } from '../record/records';
import type { Amount } from '../../schemas/value';

type RecordEntry = Extract<AnyEntry, { collection: 'agreements' | 'events' }>;

/** What one row of the table shows, in the page's language; plain data, so the script can draw it too. */
export interface RowCells {
  id: string;
  url: string;
  date: { text: string; datetime: string; precision: string };
  type: string;
  typeLabel: string;
  title: string;
  /** 'en' where the title shown is the English one. */
  lang?: 'en';
  transmittal?: string;
  systems: { id: string; name: string; url: string; lang?: 'en' }[];
  quantities: string[];
  values: { text: string; basis: string; source: number; currency: string; value: number }[];
  /** Source numbers cited by the row's figures, linking to the entry's list of sources. */
  sources: number[];
}

/** A row as the sorting script receives it: what it sorts and filters by, and what it draws. */
export interface ClientRow {
  row: Pick<RegisterRow, 'id' | 'type' | 'systems' | 'amounts' | 'quantities'>;
  cells: RowCells;
}

function cellsOf(view: LocaleView, row: RegisterRow): RowCells {
  const { t, v, locale } = view;
  const record = view.records[view.data.position.get(row.id)!]!;
  const entry = view.data.byId.get(row.id) as RecordEntry;
  const typeLabel = entry.collection === 'agreements' ? v.agreementTypes[entry.data.type] : v.eventTypes[entry.data.type];
  const cited = [...new Set([...row.amounts.map((a) => a.source), ...row.quantities.map((q) => q.source)])].sort((a, b) => a - b);
  // A row without a figure still cites where it comes from: the transmittal's source, else the entry's first.
  const transmittalSource = entry.collection === 'events' ? entry.data.transmittal?.source : undefined;
  const sources = cited.length > 0 ? cited : [transmittalSource ?? 1];
  const which = (system: string | undefined) => {
    if (row.systems.length < 2 || !system) return '';
    const text = t('fig.for', { system: view.nameOf(system) });
    return locale === 'ja' ? `（${text}）` : ` (${text})`;
  };
  return {
    id: row.id,
    url: record.url,
    date: { text: formatDate(row.date, locale), datetime: row.date.start, precision: row.date.precision },
    type: row.type,
    typeLabel,
    title: record.title,
    ...(record.lang ? { lang: record.lang } : {}),
    ...(row.transmittal ? { transmittal: row.transmittal } : {}),
    systems: row.systems.map((id) => ({ id, name: view.nameOf(id), url: view.url('systems', id), ...(view.langOf(id) ? { lang: 'en' as const } : {}) })),
    quantities: row.quantities.map((q) => `${formatQuantity(q, locale)}${which(q.system)}`),
    values: row.amounts.map((a) => ({ text: `${formatMoney(a, locale)}${which(a.system)}`, basis: v.valueBases[a.basis], source: a.source, currency: a.currency, value: a.value })),
    sources,
  };
}

export interface SystemFigures {
  rows: RegisterRow[];
  sums: FigureSum[];
  /** Figures that cover this system together with others: not summed. */
  shared: Amount[];
}

async function load(locale: 'en' | 'ja') {
  const view = await localeView(locale);
  const entries = [...view.data.agreements, ...view.data.events] as RecordEntry[];
  const rows = registerRows(entries.map((e) => ({ collection: e.collection, id: e.id, data: { ...e.data, transmittal: e.collection === 'events' ? e.data.transmittal : undefined } })));
  const cells = new Map(rows.map((row) => [row.id, cellsOf(view, row)]));
  // Each system's rows (every row that touches it) and its own sums.
  const bySystem = new Map<string, SystemFigures>();
  for (const row of rows) {
    const touched = new Set([...row.systems, ...row.amounts.flatMap((a) => (a.system ? [a.system] : [])), ...row.quantities.flatMap((q) => (q.system ? [q.system] : []))]);
    for (const id of touched) {
      const figures = bySystem.get(id) ?? { rows: [], sums: [], shared: [] };
      figures.rows.push(row);
      bySystem.set(id, figures);
    }
  }
  for (const [id, figures] of bySystem) {
    const own: Amount[] = [];
    for (const row of figures.rows) {
      const split = amountsForSystem(row, id);
      own.push(...split.own);
      figures.shared.push(...split.shared);
    }
    figures.sums = sumAmounts(own);
  }
  /** Systems that have rows, by display name: the register's system filter. */
  const systems = [...bySystem.keys()].map((id) => ({ id, name: view.nameOf(id), lang: view.langOf(id) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  /** Types that have rows, with labels: the kind filter. */
  const types = [...new Map(rows.map((row) => [row.type, cells.get(row.id)!.typeLabel])).entries()].map(([type, label]) => ({ type, label })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return { view, rows, cells, bySystem, systems, types };
}

export type RegisterView = Awaited<ReturnType<typeof load>>;
const views = new Map<string, Promise<RegisterView>>();
export function registerView(locale: 'en' | 'ja'): Promise<RegisterView> {
  let view = views.get(locale);
  if (!view) views.set(locale, (view = load(locale)));
  return view;
}

/** The rows for /register/rows.json: oldest first, what the script sorts and filters by, and the cells it draws. */
export async function clientRows(locale: 'en' | 'ja'): Promise<ClientRow[]> {
  const { rows, cells } = await registerView(locale);
  return rows.map((row) => ({
    row: { id: row.id, type: row.type, systems: row.systems, amounts: row.amounts, quantities: row.quantities },
    cells: cells.get(row.id)!,
  }));
}
