import type { Locale } from '../i18n/locales.ts';
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

const ja: ChangesStrings = {
  historySummary: (count: number) => `改訂履歴（${count}件の変更）`,
  historyIntro: 'トラッカーのリポジトリでこの項目のファイルに加えられた変更（新しい順）。',
  kinds: { added: '追加', revised: '更新', correction: '訂正' },
  translationOnly: '日本語訳',
  viewChange: '変更を見る',
  viewChangeLabel: (hash: string) => `リポジトリで変更 ${hash.slice(0, 7)} を見る`,
  allChanges: '記録全体の変更',
  suggestCorrection: '訂正を提案する',
  suggestCorrectionNote: '誤りを見つけたら、どこが誤りかを公開の出典とともにお知らせください。',
  issueTitle: (title: string) => `訂正：${title}`,
  changesTitle: '変更履歴',
  changesDescription: 'トラッカー全体の新しい項目・訂正・更新（新しい順）。',
  changesIntro:
    'トラッカー全体の新しい項目・訂正・更新を新しい順に示します。訂正は読者が頼りにしたかもしれない事実を改めるもの、更新は出典の追加や表現の明確化などの日常的な編集です。',
  changesFeed: '変更履歴を購読する（RSS）',
  changesShown: (shown: number, total: number) => `${total}件の変更のうち新しい${shown}件。`,
  historyUnavailable: 'このビルドはリポジトリのgit履歴なしで作られたため改訂履歴を表示できません。訂正のみを示します。',
  noChanges: '記録された変更はまだありません。',
  andMore: (count: number) => `ほか${count}件`,
  feedItemTitle: (kind: ChangeKind, titles: string) => `${{ added: '新規', revised: '更新', correction: '訂正' }[kind]}：${titles}`,
};

/** Keyed by locale. */
export const CHANGES_STRINGS: Record<Locale, ChangesStrings> = { en, ja };
