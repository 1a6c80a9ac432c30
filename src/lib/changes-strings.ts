import type { ChangeKind } from './changes.ts';

/**
 * Every word the revision histories, the changes page and feed, and the "Suggest a correction" link
 * show, in one place so the Japanese edition can add its own (`ja`) beside the English.
 */
const en = {
  historySummary: (count: number) => `Revision history (${count} ${count === 1 ? 'change' : 'changes'})`,
  historyIntro: 'Changes to this entry’s file in the tracker’s repository, newest first.',
  kinds: { added: 'Added', revised: 'Revised', correction: 'Correction' } satisfies Record<ChangeKind, string>,
  translationOnly: 'Japanese translation',
  viewChange: 'view the change',
  viewChangeLabel: (hash: string) => `View the change ${hash.slice(0, 7)} in the repository`,
  allChanges: 'All changes to the record',
  suggestCorrection: 'Suggest a correction',
  suggestCorrectionNote: 'Spotted an error? Tell us what is wrong and give a public source.',
  issueTitle: (title: string) => `Correction: ${title}`,
  changesTitle: 'What changed',
  changesDescription: 'New entries, corrections and revisions across the tracker, newest first.',
  changesIntro:
    'New entries, corrections and revisions across the tracker, newest first. Corrections change a fact a reader may have relied on; revisions are routine edits such as added sources or clearer wording.',
  changesFeed: 'Subscribe to changes (RSS)',
  changesShown: (shown: number, total: number) => `The newest ${shown} of ${total} changes.`,
  historyUnavailable: 'The history of revisions is unavailable for this build (it was built without the repository’s git history), so only corrections are listed.',
  noChanges: 'No changes are recorded yet.',
  andMore: (count: number) => `and ${count} more`,
  feedItemTitle: (kind: ChangeKind, titles: string) => `${{ added: 'New', revised: 'Revised', correction: 'Correction' }[kind]}: ${titles}`,
};

export type ChangesStrings = typeof en;
/** Keyed by locale; the Japanese edition adds `ja: { … } satisfies ChangesStrings`. */
export const CHANGES_STRINGS: Record<'en', ChangesStrings> = { en };
