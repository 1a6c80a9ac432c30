/** Something wrong with the content, said so an editor can fix it: where, which field, what to write. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix.`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}

/** Warnings do not fail the check; they are listed compactly, one line each. */
export function formatWarnings(warnings: readonly Problem[]): string {
  return [`Content check: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not failing).`, ...warnings.map((w) => `  ! ${w.file}${w.field ? ` ${w.field}` : ''}: ${w.message}`)].join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
