import { actorSchema } from './actor.ts';
import { agreementSchema } from './agreement.ts';
import { eventSchema } from './event.ts';
import { topicSchema } from './topic.ts';
import { systemSchema } from './system.ts';

/** The collections and the folder (or file) under content/ each one is read from. */
export const COLLECTIONS = {
  agreements: { schema: agreementSchema, path: 'agreements', label: 'Agreement', plural: 'Agreements' },
  events: { schema: eventSchema, path: 'events', label: 'Event', plural: 'Events' },
  actors: { schema: actorSchema, path: 'actors', label: 'Actor', plural: 'Actors' },
  topics: { schema: topicSchema, path: 'topics.yaml', label: 'Topic', plural: 'Topics' },
  systems: { schema: systemSchema, path: 'systems', label: 'System', plural: 'Systems' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
/** Collections whose entries are Markdown files with a body. */
export const MARKDOWN_COLLECTIONS = ['agreements', 'events', 'actors', 'systems'] as const;
export type RecordCollection = 'agreements' | 'events';
