// `npm run check:sources`: visits every source, looks up archived copies, and builds the editor's report.
import { readFileSync, writeFileSync } from 'node:fs';
import { collectSources, fieldName, type SourceRef } from './targets.ts';
import { mapLimited, onePerKey } from './pool.ts';
import { isPermanentRedirect, visit, type DeadReason, type Hop, type LinkVerdict, type RequestOptions } from './visit.ts';
import { lookupSnapshot, waybackTimestamp } from './wayback.ts';
import { addArchives, type ArchiveEdit } from './write.ts';

export interface CheckOptions extends RequestOptions {
  contentDir: string;
  archiveApi: string;
  /** Requests under way at once, across all sites. */
  concurrency: number;
  /** Record found snapshots in the entries. */
  write: boolean;
}

/** Where a URL is cited: "content/events/x.md sources[1]". */
export interface Citation {
  file: string;
  field: string;
}

export interface SourceCheckReport {
  contentDir: string;
  archiveApi: string;
  counts: {
    sources: number;
    urls: number;
    live: number;
    dead: number;
    redirected: number;
    withoutUrl: number;
    alreadyArchived: number;
    snapshotsFound: number;
    noSnapshot: number;
    lookupFailed: number;
    written: number;
  };
  dead: { url: string; reason: DeadReason; status?: number; detail: string; citedIn: Citation[] }[];
  redirected: { url: string; finalUrl: string; permanent: boolean; hops: Hop[]; citedIn: Citation[] }[];
  snapshots: { url: string; timestamp?: string; snapshot: string; date: string; citedIn: Citation[] }[];
  noSnapshot: { url: string; timestamp?: string; citedIn: Citation[] }[];
  /** Lookups the archive API did not answer: nothing is known about these. */
  lookupFailed: { url: string; timestamp?: string; error: string; citedIn: Citation[] }[];
  written: { file: string; field: string; snapshot: string }[];
  notWritten: { file: string; field: string; reason: string }[];
  /** Sources the content check rejects, left unchecked. */
  skipped: string[];
}

const cite = (ref: SourceRef): Citation => ({ file: ref.file, field: fieldName(ref) });

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function checkSources(options: CheckOptions): Promise<SourceCheckReport> {
  const { refs, skipped } = collectSources(options.contentDir);
  const withUrl = refs.filter((r): r is SourceRef & { url: string } => r.url !== undefined);
  const byUrl = groupBy(withUrl, (r) => r.url);
  // Sources without an archived copy, one lookup per URL and date (the same URL may be cited at different dates).
  const toLookUp = groupBy(withUrl.filter((r) => !r.hasArchive), (r) => `${r.url} ${r.date ? waybackTimestamp(r.date) : ''}`);

  type Job = { kind: 'visit'; url: string } | { kind: 'archive'; key: string; refs: (SourceRef & { url: string })[] };
  const jobs: Job[] = [...[...byUrl.keys()].map((url) => ({ kind: 'visit' as const, url })), ...[...toLookUp].map(([key, group]) => ({ kind: 'archive' as const, key, refs: group }))];
  const verdicts = new Map<string, LinkVerdict>();
  const lookups = new Map<string, Awaited<ReturnType<typeof lookupSnapshot>>>();
  // A few requests at a time in all, and one at a time to any one site (the archive API included).
  const bySite = onePerKey();
  await mapLimited(jobs, options.concurrency, async (job) => {
    if (job.kind === 'visit') verdicts.set(job.url, await bySite(new URL(job.url).host, () => visit(job.url, options)));
    else lookups.set(job.key, await bySite(new URL(options.archiveApi).host, () => lookupSnapshot(options.archiveApi, job.refs[0]!.url, job.refs[0]!.date, options)));
  });

  const report: SourceCheckReport = {
    contentDir: options.contentDir,
    archiveApi: options.archiveApi,
    counts: { sources: refs.length, urls: byUrl.size, live: 0, dead: 0, redirected: 0, withoutUrl: refs.length - withUrl.length, alreadyArchived: refs.filter((r) => r.hasArchive).length, snapshotsFound: 0, noSnapshot: 0, lookupFailed: 0, written: 0 },
    dead: [],
    redirected: [],
    snapshots: [],
    noSnapshot: [],
    lookupFailed: [],
    written: [],
    notWritten: [],
    skipped,
  };
  for (const [url, group] of byUrl) {
    const verdict = verdicts.get(url)!;
    const citedIn = group.map(cite);
    if (verdict.verdict === 'live') report.counts.live++;
    else report.dead.push({ url, reason: verdict.reason, ...(verdict.status ? { status: verdict.status } : {}), detail: verdict.detail, citedIn });
    if (verdict.finalUrl !== url && verdict.redirects.length > 0) {
      report.redirected.push({ url, finalUrl: verdict.finalUrl, permanent: verdict.redirects.every((hop) => isPermanentRedirect(hop.status)), hops: verdict.redirects, citedIn });
    }
  }
  const edits = new Map<string, ArchiveEdit[]>();
  for (const [key, group] of toLookUp) {
    const found = lookups.get(key)!;
    const first = group[0]!;
    const timestamp = first.date ? { timestamp: waybackTimestamp(first.date) } : {};
    if (found.found) {
      report.snapshots.push({ url: first.url, ...timestamp, snapshot: found.url, date: found.date, citedIn: group.map(cite) });
      for (const ref of group) edits.set(ref.file, [...(edits.get(ref.file) ?? []), { path: ref.path, archive: { url: found.url, date: found.date } }]);
    } else if (found.error) {
      report.lookupFailed.push({ url: first.url, ...timestamp, error: found.error, citedIn: group.map(cite) });
    } else {
      report.noSnapshot.push({ url: first.url, ...timestamp, citedIn: group.map(cite) });
    }
  }
  report.counts.dead = report.dead.length;
  report.counts.redirected = report.redirected.length;
  report.counts.snapshotsFound = report.snapshots.length;
  report.counts.noSnapshot = report.noSnapshot.length;
  report.counts.lookupFailed = report.lookupFailed.length;

  if (options.write) {
    for (const [file, fileEdits] of edits) {
      const result = addArchives(readFileSync(file, 'utf8'), fileEdits);
      if (result.applied.length > 0) writeFileSync(file, result.text);
      for (const edit of result.applied) report.written.push({ file, field: fieldName(edit), snapshot: edit.archive.url });
      for (const { edit, reason } of result.refused) report.notWritten.push({ file, field: fieldName(edit), reason });
    }
    report.counts.written = report.written.length;
  }
  return report;
}
