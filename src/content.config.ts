import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './schemas/index.ts';
import { storedTopicSchema } from './schemas/topic.ts';
import { actorTranslationSchema, recordTranslationSchema, systemTranslationSchema, topicTranslationSchema } from './schemas/translation.ts';
import { draftsShown, withoutDrafts } from './lib/content/drafts.ts';
import { checkedLoader } from './lib/content/loader.ts';

// The entries come from the content check, already read, parsed and validated, the Japanese edition
// included (src/lib/content/loader.ts); the schemas stay here for the types of the collections.
// Drafts are left out here, once, for every page: shown by `astro dev`, never by a production build
// (the content integration decides which from Astro's command; see src/lib/content/drafts.ts).
const showDrafts = draftsShown();
const english = (collection: keyof typeof COLLECTIONS) => withoutDrafts(checkedLoader(collection), showDrafts);
// The Japanese edition may be partial or absent (an empty collection, not an error).
// A translation of a draft is harmless: pages are made from the English entries, which leave drafts out.

export const collections = {
  agreements: defineCollection({ loader: english('agreements'), schema: COLLECTIONS.agreements.schema }),
  events: defineCollection({ loader: english('events'), schema: COLLECTIONS.events.schema }),
  actors: defineCollection({ loader: english('actors'), schema: COLLECTIONS.actors.schema }),
  topics: defineCollection({ loader: english('topics'), schema: storedTopicSchema }),
  systems: defineCollection({ loader: english('systems'), schema: COLLECTIONS.systems.schema }),
  jaAgreements: defineCollection({ loader: checkedLoader('jaAgreements'), schema: recordTranslationSchema }),
  jaEvents: defineCollection({ loader: checkedLoader('jaEvents'), schema: recordTranslationSchema }),
  jaActors: defineCollection({ loader: checkedLoader('jaActors'), schema: actorTranslationSchema }),
  jaTopics: defineCollection({ loader: checkedLoader('jaTopics'), schema: topicTranslationSchema }),
  jaSystems: defineCollection({ loader: checkedLoader('jaSystems'), schema: systemTranslationSchema }),
};
