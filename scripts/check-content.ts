// `npm run check:content`: validates every entry without building the site.
import { checkContent } from '../src/lib/check.ts';
import { formatProblems, formatWarnings } from '../src/lib/problems.ts';

const { entries, problems, translations, warnings } = checkContent();
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries.\nJapanese translations: ${translations.length}${warnings.length ? `; ${warnings.length} warnings above` : ''}.`);
