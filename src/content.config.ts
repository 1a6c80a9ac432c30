import { existsSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/index.ts';
import { actorTranslationSchema, recordTranslationSchema, topicTranslationSchema } from './schemas/translation.ts';
import { contentDir } from './lib/content-files.ts';
import { draftsShown, withoutDrafts } from './lib/drafts.ts';

const base = contentDir();
// Drafts are left out here, once, for every page: shown by `astro dev`, never by a production build
// (the content integration decides which from Astro's command; see src/lib/drafts.ts).
const showDrafts = draftsShown();
const markdown = (folder: string) => withoutDrafts(glob({ base: `${base}/${folder}`, pattern: '*.md' }), showDrafts);
// The Japanese edition may be partial or absent; a missing folder is an empty collection, not an error.
// A translation of a draft is harmless: pages are made from the English entries, which leave drafts out.
const translated = (folder: string) => (existsSync(`${base}/ja/${folder}`) ? glob({ base: `${base}/ja/${folder}`, pattern: '*.md' }) : () => []);
const jaTopics = () => {
  const path = `${base}/ja/${COLLECTIONS.topics.path}`;
  return existsSync(path) ? (yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA }) as { id: string }[]) : [];
};

export const collections = {
  agreements: defineCollection({ loader: markdown(COLLECTIONS.agreements.path), schema: COLLECTIONS.agreements.schema }),
  events: defineCollection({ loader: markdown(COLLECTIONS.events.path), schema: COLLECTIONS.events.schema }),
  actors: defineCollection({ loader: markdown(COLLECTIONS.actors.path), schema: COLLECTIONS.actors.schema }),
  topics: defineCollection({ loader: file(`${base}/${COLLECTIONS.topics.path}`), schema: COLLECTIONS.topics.schema }),
  jaAgreements: defineCollection({ loader: translated(COLLECTIONS.agreements.path), schema: recordTranslationSchema }),
  jaEvents: defineCollection({ loader: translated(COLLECTIONS.events.path), schema: recordTranslationSchema }),
  jaActors: defineCollection({ loader: translated(COLLECTIONS.actors.path), schema: actorTranslationSchema }),
  jaTopics: defineCollection({ loader: jaTopics, schema: topicTranslationSchema }),
};
