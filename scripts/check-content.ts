// `npm run check:content`: validates every entry without building the site.
import { checkContent } from '../src/lib/check.ts';
import { formatProblems } from '../src/lib/problems.ts';

const { entries, problems } = checkContent();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries.`);
