import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/index.ts';
import { contentDir } from './lib/content-files.ts';

const base = contentDir();
const markdown = (folder: string) => glob({ base: `${base}/${folder}`, pattern: '*.md' });

export const collections = {
  agreements: defineCollection({ loader: markdown(COLLECTIONS.agreements.path), schema: COLLECTIONS.agreements.schema }),
  events: defineCollection({ loader: markdown(COLLECTIONS.events.path), schema: COLLECTIONS.events.schema }),
  actors: defineCollection({ loader: markdown(COLLECTIONS.actors.path), schema: COLLECTIONS.actors.schema }),
  topics: defineCollection({ loader: file(`${base}/${COLLECTIONS.topics.path}`), schema: COLLECTIONS.topics.schema }),
};
