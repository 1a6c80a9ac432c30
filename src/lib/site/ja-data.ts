// The Japanese edition's collections, joined to the English entries by id.
import { getCollection, type CollectionEntry } from 'astro:content';

export type RecordTranslationEntry = CollectionEntry<'jaAgreements'> | CollectionEntry<'jaEvents'>;

/** The Japanese edition, joined to the English entries by id; loaded once per build. */
async function loadJa() {
  const [agreements, events, actors, topics, systems] = await Promise.all([
    getCollection('jaAgreements'),
    getCollection('jaEvents'),
    getCollection('jaActors'),
    getCollection('jaTopics'),
    getCollection('jaSystems'),
  ]);
  return {
    records: new Map<string, RecordTranslationEntry>([...agreements, ...events].map((e) => [e.id, e])),
    actors: new Map(actors.map((e) => [e.id, e])),
    topics: new Map(topics.map((e) => [e.id, e])),
    systems: new Map(systems.map((e) => [e.id, e])),
  };
}
export type JaData = Awaited<ReturnType<typeof loadJa>>;

let ja: Promise<JaData> | undefined;
export function jaData() {
  ja ??= loadJa();
  return ja;
}

/** Whether a translation lags its entry: made from an older review than the English entry's last one. */
export function isOutdated(translatedFrom: { start: string }, lastReviewed: { start: string }): boolean {
  return translatedFrom.start < lastReviewed.start;
}

