/**
 * One agreement's line on a static as-of page, as HTML. At 10,000 entries the as-of pages hold 200,000
 * such lines (every agreement, at the end of each of 73 years); written through Astro's template, a
 * dozen expressions a line, they took a tenth of the build. Every value is escaped here as Astro would.
 */
import { escape } from 'html-escaper';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui.ts';
import { statusMark } from '../record/marks.ts';
import { vocab } from '../../i18n/vocab.ts';
import type { AsOfGroup } from './status-on.ts';
import type { AgreementRow, Link } from './rows.ts';

/** A step's sourced note, in the page's language or marked as English. */
export type StepNote = { text: string; lang: 'en' | undefined } | undefined;

const lang = (value: string | undefined) => (value ? ` lang="${escape(value)}"` : '');
const link = (l: Link) => `<a href="${escape(l.href)}"${lang(l.lang)}>${escape(l.title)}</a>`;

/** The <li> of one agreement: its link, the step that put it in its group, later uncertain steps, and (once ended) what replaced it. */
export function asOfRowHtml(row: AgreementRow, group: AsOfGroup, locale: Locale, note: StepNote): string {
  const gap = t(locale, 'jaText.fieldGap');
  let html = `<li data-group="${group}">${link(row.link)}`;
  if (row.step) {
    const badge = statusMark(row.step.status, locale);
    html +=
      `<span class="as-of-step"><span class="${badge.className}"><span class="visually-hidden">${escape(badge.hidden)}</span>${escape(badge.label)}</span>${gap}` +
      `<time datetime="${escape(row.step.date.start)}" data-precision="${row.step.date.precision}">${escape(row.step.dateText)}</time>` +
      (note ? `<span class="as-of-note"${lang(note.lang)}>${escape(note.text)}</span>` : '') +
      `</span>`;
  }
  const statuses = vocab(locale).statuses;
  for (const s of row.uncertain) html += `<span class="as-of-uncertain">${escape(t(locale, 'asOf.notYetCertain', { status: statuses[s.status], date: s.dateText }))}</span>`;
  if (row.replacedBy.length > 0) {
    html += `<span class="as-of-replaced">${escape(t(locale, 'asOf.replacedBy'))}${locale === 'en' ? ': ' : '：'}${row.replacedBy.map(link).join(locale === 'en' ? ', ' : '、')}</span>`;
  }
  return `${html}</li>`;
}
