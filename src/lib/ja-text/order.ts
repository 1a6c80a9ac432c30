// The order of the lists a Japanese reader picks from: names in 五十音順 by their readings, vocabularies in their own order.
import { sortJapanese } from './rules.ts';

/** A name written with kanji can only be put in 五十音順 by its reading. */
export function needsReading(name: string): boolean {
  return /\p{Script=Han}/u.test(name);
}

export interface FilterOrder {
  /** The kind labels in the order the site presents them (合意・政策文書、出来事、主体). */
  kinds: readonly string[];
  /** The status labels in lifecycle order (提案 … 失効), as the schema lists them. */
  statuses: readonly string[];
  /** The topic names in 五十音順 (by reading), as on the timeline. */
  topics: readonly string[];
  /** The reading of an actor's name, where it has one. */
  readingOf: (name: string) => string | undefined;
}

/** `list` in the order of `order`; values it does not know go last, in Japanese order. */
function inOrderOf(list: readonly string[], order: readonly string[]): string[] {
  const rank = new Map(order.map((value, i) => [value, i]));
  const known = list.filter((v) => rank.has(v)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return [...known, ...sortJapanese(list.filter((v) => !rank.has(v)), (v) => v)];
}

/** The search page's filter values for a Japanese reader (the English page keeps its alphabetical lists). */
export function japaneseFilterOrder<V extends { kind: string[]; topic: string[]; actor: string[]; status: string[] }>(values: V, order: FilterOrder): V {
  return {
    ...values,
    kind: inOrderOf(values.kind, order.kinds),
    status: inOrderOf(values.status, order.statuses),
    topic: inOrderOf(values.topic, order.topics),
    actor: sortJapanese(values.actor, (name) => name, order.readingOf),
  };
}
