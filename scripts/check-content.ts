// `npm run check:content`: validates every entry without building the site.
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblems, formatWarnings } from '../src/lib/content/problems.ts';
import { isDraft } from '../src/lib/content/drafts.ts';

const { entries, problems, translations, warnings } = checkContent();
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const drafts = entries.filter((e) => isDraft(e.data)).map((e) => e.file);
console.log(`Content check passed: ${entries.length} entries.\nJapanese translations: ${translations.length}${warnings.length ? `; ${warnings.length} warnings above` : ''}.`);
if (drafts.length > 0) console.log(`${drafts.length} of them ${drafts.length === 1 ? 'is a draft' : 'are drafts'}, left out of the published site: ${drafts.join(', ')}`);
