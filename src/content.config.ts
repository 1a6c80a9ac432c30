import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/index.ts';
import { contentDir } from './lib/content-files.ts';
import { draftsShown, withoutDrafts } from './lib/drafts.ts';

const base = contentDir();
// Drafts are left out here, once, for every page: shown by `astro dev`, never by a production build
// (the content integration decides which from Astro's command; see src/lib/drafts.ts).
const showDrafts = draftsShown();
const markdown = (folder: string) => withoutDrafts(glob({ base: `${base}/${folder}`, pattern: '*.md' }), showDrafts);

export const collections = {
  agreements: defineCollection({ loader: markdown(COLLECTIONS.agreements.path), schema: COLLECTIONS.agreements.schema }),
  events: defineCollection({ loader: markdown(COLLECTIONS.events.path), schema: COLLECTIONS.events.schema }),
  actors: defineCollection({ loader: markdown(COLLECTIONS.actors.path), schema: COLLECTIONS.actors.schema }),
  topics: defineCollection({ loader: file(`${base}/${COLLECTIONS.topics.path}`), schema: COLLECTIONS.topics.schema }),
};
