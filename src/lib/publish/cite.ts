// "Cite this" texts for an entry: Chicago, APA, BibTeX and Japanese style.
import type { PartialDate } from '../../schemas/date.ts';
import { formatDate } from '../record/format.ts';

export interface CitableEntry {
  id: string;
  title: string;
  url: string;
  lastReviewed: PartialDate;
  siteTitle: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Chicago notes-bibliography style, for a web page with no named author. */
export function chicago(e: CitableEntry): string {
  return `${e.siteTitle}. “${e.title}.” Last reviewed ${formatDate(e.lastReviewed)}. ${e.url}.`;
}

/** APA 7th edition, for a web page whose author is the site. */
export function apa(e: CitableEntry): string {
  const [y, m, d] = e.lastReviewed.start.split('-');
  return `${e.siteTitle}. (${y}, ${MONTHS[Number(m) - 1]} ${Number(d)}). ${e.title}. ${e.url}`;
}

function bibtexEscape(text: string): string {
  return text.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** BibTeX @misc entry; the key is stable because it comes from the permanent id. */
export function bibtex(e: CitableEntry): string {
  const [y, m] = e.lastReviewed.start.split('-');
  return [
    `@misc{jusdit-${e.id},`,
    `  title = {{${bibtexEscape(e.title)}}},`,
    `  author = {{${bibtexEscape(e.siteTitle)}}},`,
    `  year = {${y}},`,
    `  month = {${Number(m)}},`,
    `  url = {${e.url}},`,
    `  note = {Last reviewed ${e.lastReviewed.start}},`,
    '}',
  ].join('\n');
}

/** Japanese style: 「タイトル」『サイト名』（最終確認日 2026年11月25日）URL（閲覧日 …）. */
export function japanese(e: CitableEntry, accessed?: PartialDate): string {
  return `「${e.title}」『${e.siteTitle}』（最終確認日 ${formatDate(e.lastReviewed, 'ja')}）${e.url}（閲覧日 ${accessed ? formatDate(accessed, 'ja') : '　　年　月　日'}）`;
}
