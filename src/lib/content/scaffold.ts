// A new draft entry with every value marked TODO (npm run new).
import type { CollectionName } from '../../schemas/index.ts';

export interface ScaffoldOptions {
  collection: Exclude<CollectionName, 'topics'>;
  title: string;
  /** A day written YYYY-MM-DD; today unless given. */
  date: string;
  /** Existing ids the new entry can point at, so it is valid from the start. */
  actorId: string;
  topicId: string;
}

const SOURCE = `sources:
  - title: "TODO: title of the source, or a [bracketed description] if it has none"
    publisher: "TODO: original publisher"
    kind: official
    url: "https://example.org/TODO-replace-with-the-source-url"
    date: DATE`;

/**
 * The text of a new entry that passes the content check, with every value still to write marked TODO.
 * It is a draft (`draft: true`): the development server shows it, a production build leaves it out, and
 * the check refuses to publish it (remove `draft: true`) while any TODO or example.org address is left.
 */
export function scaffold(o: ScaffoldOptions): string {
  const q = JSON.stringify(o.title);
  const summary = '"TODO: one or two neutral sentences saying what this is and when."';
  const source = SOURCE.replace('DATE', o.date);
  if (o.collection === 'actors') {
    return `---\ndraft: true\nname: ${q}\ntype: agency\ncountry: JP\n${source}\n---\n`;
  }
  const body = `\n## What it is\n\nTODO: what it is, in plain language.[@1]\n\n## Why it matters\n\nTODO: what it does and what came next.[@1]\n`;
  const common = `summary: ${summary}\ntopics: [${o.topicId}]\nrelated: []\n${source}\nlastReviewed: ${o.date}`;
  if (o.collection === 'agreements') {
    return `---\ndraft: true\ntitle: ${q}\ntype: arrangement\nparties: [${o.actorId}]\nbinding: unconfirmed\nstatusHistory:\n  - { status: announced, date: ${o.date}, source: 1 }\n${common}\n---\n${body}`;
  }
  return `---\ndraft: true\ntitle: ${q}\ndate: ${o.date}\ntype: announcement\nactors: [${o.actorId}]\n${common}\n---\n${body}`;
}
