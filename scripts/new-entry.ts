// `npm run new -- <agreements|events|actors> <id> ["Title"]`: writes a new draft entry that already passes
// the content check, with every value still to be written marked TODO.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/content-files.ts';
import { scaffold } from '../src/lib/content/scaffold.ts';
import { isPublished } from '../src/lib/content/drafts.ts';
import { entryIdSchema } from '../src/schemas/id.ts';

const [collection, id, title = 'TODO: title'] = process.argv.slice(2);
const usage = 'Usage: npm run new -- <agreements|events|actors> <id> ["Title"]   e.g. npm run new -- events dicas-2025 "DICAS meeting, 2025"';

if (collection !== 'agreements' && collection !== 'events' && collection !== 'actors') {
  console.error(`${usage}\nThe collection must be agreements, events or actors (topics live in ${contentDir()}/topics.yaml).`);
  process.exit(2);
}
const parsedId = entryIdSchema.safeParse(id);
if (!parsedId.success) {
  console.error(`${usage}\nThe id ${JSON.stringify(id ?? '')} ${parsedId.error.issues[0]!.message}.`);
  process.exit(2);
}
const { entries } = checkContent();
const clash = entries.find((e) => e.id === id);
if (clash) {
  console.error(`The id "${id}" is taken by ${clash.file}; ids are unique across all collections.`);
  process.exit(2);
}
// A published actor, so the new entry stays valid when it is published.
const actorId = entries.find((e) => e.collection === 'actors' && isPublished(e))?.id;
const topicId = entries.find((e) => e.collection === 'topics')?.id;
if (!actorId || !topicId) {
  console.error('Add at least one actor and one topic before scaffolding entries that point at them.');
  process.exit(2);
}
const file = join(contentDir(), collection, `${id}.md`);
if (existsSync(file)) {
  console.error(`${file} already exists.`);
  process.exit(2);
}
writeFileSync(file, scaffold({ collection, title, date: new Date().toISOString().slice(0, 10), actorId, topicId }));
console.log(
  `Wrote ${file}, a draft: \`npm run dev\` shows it, \`npm run build\` leaves it out.\n` +
    'Replace every TODO (and the example.org source) with sourced facts, then delete the line `draft: true` to publish it; ' +
    'npm run check:content says what is left to do.',
);
