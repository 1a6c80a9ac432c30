/** The About page's section on reporting errors: where "Suggest a correction" goes without a repository. */
export const CORRECTIONS_ANCHOR = '/about/#corrections';
/** The issue form in .github/ISSUE_TEMPLATE/; its field ids are the query parameters GitHub prefills. */
export const CORRECTION_TEMPLATE = 'correction.yml';

/**
 * The "Suggest a correction" link of one entry: a new issue on the repository with the correction
 * form, its title and permalink field filled in (GitHub fills issue-form fields from query parameters
 * named by their ids); without a repository URL, the About page's corrections section.
 */
export function suggestCorrectionUrl(repoUrl: string | undefined, permalink: string, title: string): string {
  if (!repoUrl) return CORRECTIONS_ANCHOR;
  const query = new URLSearchParams({ template: CORRECTION_TEMPLATE, title, permalink });
  return `${repoUrl.replace(/\/+$/, '')}/issues/new?${query}`;
}
