// `npm run check:content [-- --due [months]]`: validates every entry without building the site; `--due` also lists reviews that have come due.
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblems, formatWarnings } from '../src/lib/content/problems.ts';
import { isDraft } from '../src/lib/content/drafts.ts';
import { DEFAULT_REVIEW_MONTHS, formatReviewsDue, reviewsDue, today } from '../src/lib/reviews/due.ts';

/** `--due`, `--due 6` or `--due=6`: the review interval in months, or undefined without the flag. */
function dueMonths(args: string[]): number | undefined {
  const at = args.findIndex((a) => a === '--due' || a.startsWith('--due='));
  if (at === -1) return undefined;
  const value = args[at]!.includes('=') ? args[at]!.split('=')[1] : /^\d+$/.test(args[at + 1] ?? '') ? args[at + 1] : String(DEFAULT_REVIEW_MONTHS);
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1) {
    console.error(`--due takes a whole number of months (default ${DEFAULT_REVIEW_MONTHS}), not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return months;
}

const months = dueMonths(process.argv.slice(2));
const { entries, problems, translations, warnings } = checkContent();
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const drafts = entries.filter((e) => isDraft(e.data)).map((e) => e.file);
console.log(`Content check passed: ${entries.length} entries.\nJapanese translations: ${translations.length}${warnings.length ? `; ${warnings.length} warnings above` : ''}.`);
if (drafts.length > 0) console.log(`${drafts.length} of them ${drafts.length === 1 ? 'is a draft' : 'are drafts'}, left out of the published site: ${drafts.join(', ')}`);
if (months !== undefined) {
  let on: string;
  try {
    on = today();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  console.log(`\n${formatReviewsDue(reviewsDue(entries, translations, { months, on }), months)}`);
}
