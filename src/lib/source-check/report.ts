// The source check's report as an editor reads it: what to fix first, then what to record.
import type { SourceCheckReport, Citation } from './run.ts';

const REASONS = {
  'client-error': 'the page is gone or refused (HTTP 4xx)',
  'server-error': 'the site failed (HTTP 5xx); try again later before replacing it',
  dns: 'the site’s name does not resolve',
  timeout: 'no answer in time',
  'redirect-loop': 'redirects go round in circles or nowhere',
  network: 'the connection failed',
} as const;

const cited = (citedIn: readonly Citation[]) => citedIn.map((c) => `      cited in ${c.file} ${c.field}`);

export function formatReport(report: SourceCheckReport, { write }: { write: boolean }): string {
  const c = report.counts;
  const lines = [
    `Checked ${c.urls} source URLs (${c.sources} sources; ${c.withoutUrl} without a URL) in ${report.contentDir}.`,
    `Live: ${c.live}. Dead: ${c.dead}. Moved: ${c.redirected}. Already archived: ${c.alreadyArchived}. Snapshots found: ${c.snapshotsFound}. No snapshot: ${c.noSnapshot}.${c.lookupFailed ? ` Archive lookups failed: ${c.lookupFailed}.` : ''}`,
  ];
  if (report.dead.length > 0) {
    lines.push('', 'Dead links: find the page again (its new address, or a repost), or rely on an archived copy:');
    for (const d of report.dead) lines.push(`  ✗ ${d.url}`, `      ${d.detail}: ${REASONS[d.reason]}`, ...cited(d.citedIn));
  }
  if (report.redirected.length > 0) {
    lines.push('', 'Redirects that changed the address: check the new page is the same work; if so, consider citing the new address:');
    for (const r of report.redirected) {
      lines.push(`  → ${r.url}`, `      now ${r.finalUrl} (${r.permanent ? 'moved permanently' : 'a temporary redirect'}, ${r.hops.length} hop${r.hops.length === 1 ? '' : 's'}: ${r.hops.map((h) => h.status).join(', ')})`, ...cited(r.citedIn));
    }
  }
  if (report.noSnapshot.length > 0) {
    lines.push('', 'No archived copy found: save the page at https://web.archive.org/save (if it is live) and run this again:');
    for (const n of report.noSnapshot) lines.push(`  ? ${n.url}`, ...cited(n.citedIn));
  }
  if (report.lookupFailed.length > 0) {
    lines.push('', `The archive API (${report.archiveApi}) did not answer for these; run again later:`);
    for (const n of report.lookupFailed) lines.push(`  ! ${n.url}: ${n.error}`, ...cited(n.citedIn));
  }
  if (report.snapshots.length > 0) {
    lines.push('', write ? 'Archived copies found and recorded:' : 'Archived copies found (run with --write to record them in the entries):');
    for (const s of report.snapshots) lines.push(`  + ${s.url}`, `      ${s.snapshot} (${s.date})`, ...cited(s.citedIn));
  }
  if (report.notWritten.length > 0) {
    lines.push('', 'Not recorded (add these by hand):');
    for (const n of report.notWritten) lines.push(`  ${n.file} ${n.field}: ${n.reason}`);
  }
  if (write) lines.push('', `Recorded ${c.written} archived cop${c.written === 1 ? 'y' : 'ies'}; review the diff (git diff) before committing.`);
  if (report.skipped.length > 0) lines.push('', `Left unchecked, as the content check rejects them (run npm run check:content): ${report.skipped.join(', ')}`);
  return lines.join('\n');
}
