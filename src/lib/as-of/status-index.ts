/**
 * The compact status index the as-of page loads for a day other than a year's end (`?date=`, `?since=`):
 * every agreement's dated steps and every event's date, with titles in one language. Arrays, not objects,
 * and status names by number, so it stays small at 10,000 entries; `decodeIndex` turns it back into objects.
 * Runs in the build and in the browser: no Astro, no Node.
 */
import { STATUSES, type Status } from '../../schemas/status.ts';
import { parseDated, type DatedText, type Step } from './status-on.ts';

const STATUS_LIST = Object.keys(STATUSES) as Status[];

/** [id, title, 1 if the title is English on a Japanese page else 0, topics, systems, steps as status number and date text in turn, ids that replaced it] */
type AgreementRow = [string, string, 0 | 1, string, string, (number | string)[], string];
/** [id, title, English flag, date text, topics, systems] */
type EventRow = [string, string, 0 | 1, string, string, string];

export interface StatusIndexFile {
  /** Format version. */
  v: 1;
  /** Status names by number. */
  s: Status[];
  a: AgreementRow[];
  e: EventRow[];
}

export interface IndexAgreement {
  id: string;
  title: string;
  lang?: 'en';
  topics: string[];
  systems: string[];
  steps: Step[];
  /** Agreements recorded as taking its place (see replacementsOf). */
  replacedBy: string[];
}

export interface IndexEvent {
  id: string;
  title: string;
  lang?: 'en';
  date: DatedText;
  topics: string[];
  systems: string[];
}

export interface StatusIndex {
  agreements: IndexAgreement[];
  events: IndexEvent[];
}

/** The text form of a date: "2023-01-12", "2023-01", "2023" or "2024-06-09/2024-06-10". */
export function datedText(date: DatedText): string {
  return date.end ? `${date.start}/${date.end}` : date.start;
}

const words = (list: readonly string[]) => list.join(' ');
const split = (text: string) => (text ? text.split(' ') : []);

export function encodeIndex(index: StatusIndex): StatusIndexFile {
  const number = new Map(STATUS_LIST.map((s, i) => [s, i]));
  return {
    v: 1,
    s: STATUS_LIST,
    a: index.agreements.map((a) => [a.id, a.title, a.lang ? 1 : 0, words(a.topics), words(a.systems), a.steps.flatMap((s) => [number.get(s.status)!, datedText(s.date)]), words(a.replacedBy)]),
    e: index.events.map((e) => [e.id, e.title, e.lang ? 1 : 0, datedText(e.date), words(e.topics), words(e.systems)]),
  };
}

export function decodeIndex(file: StatusIndexFile): StatusIndex {
  if (file.v !== 1) throw new Error(`status index version ${String(file.v)} is not understood`);
  const lang = (flag: 0 | 1) => (flag ? { lang: 'en' as const } : {});
  return {
    agreements: file.a.map(([id, title, en, topics, systems, flat, replacedBy]) => {
      const steps: Step[] = [];
      for (let i = 0; i < flat.length; i += 2) steps.push({ status: file.s[flat[i] as number]!, date: parseDated(flat[i + 1] as string) });
      return { id, title, ...lang(en), topics: split(topics), systems: split(systems), steps, replacedBy: split(replacedBy) };
    }),
    events: file.e.map(([id, title, en, date, topics, systems]) => ({ id, title, ...lang(en), date: parseDated(date), topics: split(topics), systems: split(systems) })),
  };
}

/**
 * The agreements that took a superseded agreement's place: those linked with it (either way, through
 * `related`, `partOf` or a body link) whose own history has a step on the very date it was superseded.
 * The record has no "superseded by" field; this reads the link and the shared date the entries carry, and
 * names nothing when they do not meet.
 */
export function replacementsOf(
  agreement: { id: string; steps: readonly Step[] },
  linked: readonly { id: string; steps: readonly Step[] }[],
): string[] {
  const ended = [...agreement.steps].reverse().find((s) => s.status === 'superseded');
  if (!ended) return [];
  const on = datedText(ended.date);
  return linked.filter((other) => other.id !== agreement.id && other.steps.some((s) => s.status !== 'superseded' && s.status !== 'expired' && datedText(s.date) === on)).map((o) => o.id);
}
