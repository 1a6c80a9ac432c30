/**
 * The words of a date and of a status badge (DateText.astro, StatusBadge.astro). Lists of hundreds of rows
 * (the as-of pages, the year, topic and actor lists) write the same markup inline from these rather than
 * one component per row: at 10,000 entries, 200,000 component instances were a tenth of the build.
 */
import type { PartialDate } from '../../schemas/date.ts';
import type { Status } from '../../schemas/status.ts';
import type { AgreementType } from '../../schemas/agreement.ts';
import { formatDate, machineDate } from './format.ts';
import { statusLabel } from '../../i18n/vocab.ts';
import { t } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';

/** A <time>'s attributes and text: the machine date, its precision, a tooltip where it is not a day, the words. */
export function dateMark(date: PartialDate, locale: Locale) {
  return {
    datetime: machineDate(date),
    precision: date.precision,
    title: date.precision === 'day' ? undefined : t(locale, date.precision === 'month' ? 'date.knownTo.month' : 'date.knownTo.year'),
    text: formatDate(date, locale),
  };
}

/** A status badge's class, its hidden "Status:" and its label (a law's 成立, a decision's 決定). */
export function statusMark(status: Status, locale: Locale, type?: AgreementType) {
  return { className: `badge status-${status}`, hidden: t(locale, 'status.label'), label: statusLabel(locale, status, type) };
}
