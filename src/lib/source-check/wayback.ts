// Asks the Wayback Machine's availability API for the snapshot of a URL closest to a date.
import type { PartialDate } from '../../schemas/date.ts';
import { classifyFailure, type RequestOptions } from './visit.ts';

/** The public API; `TRACKER_ARCHIVE_API` replaces it (the tests point it at a local server). */
export const DEFAULT_ARCHIVE_API = 'https://archive.org/wayback/available';

export function archiveApi(env: Record<string, string | undefined> = process.env): string {
  return env.TRACKER_ARCHIVE_API?.trim() || DEFAULT_ARCHIVE_API;
}

export type SnapshotLookup =
  | { found: true; url: string; date: string; timestamp: string }
  | { found: false; error?: string };

/** "20230118" from a source date as precise as it is: a month or a year counts from its first day. */
export function waybackTimestamp(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.start.split('-');
  return `${y}${m}${d}`;
}

/** The request for one URL: `url`, and `timestamp` when the source has a date (else the newest snapshot). */
export function lookupUrl(api: string, url: string, date?: PartialDate): string {
  const request = new URL(api);
  request.searchParams.set('url', url);
  if (date) request.searchParams.set('timestamp', waybackTimestamp(date));
  return request.href;
}

interface AvailabilityAnswer {
  archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
}

/** Reads the API's answer: a snapshot only if it is available and captured a page (HTTP 2xx), not an error or a redirect. */
export function readAnswer(answer: unknown): SnapshotLookup {
  const closest = (answer as AvailabilityAnswer | null)?.archived_snapshots?.closest;
  if (!closest?.available || !closest.url || !/^\d{8,14}$/.test(closest.timestamp ?? '') || !/^2\d\d$/.test(closest.status ?? '200')) return { found: false };
  const ts = closest.timestamp!;
  let url: URL;
  try {
    url = new URL(closest.url);
  } catch {
    return { found: false, error: `the API gave an unreadable snapshot address ${JSON.stringify(closest.url)}` };
  }
  // The API answers with http:// addresses; the archive serves the same snapshot over https.
  if (url.protocol === 'http:' && url.hostname === 'web.archive.org') url.protocol = 'https:';
  return { found: true, url: url.href, date: `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}`, timestamp: ts };
}

export async function lookupSnapshot(api: string, url: string, date: PartialDate | undefined, options: RequestOptions): Promise<SnapshotLookup> {
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(lookupUrl(api, url, date), {
      headers: { 'user-agent': options.userAgent, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { found: false, error: `the archive API answered HTTP ${response.status}` };
    }
    return readAnswer(await response.json());
  } catch (error) {
    return { found: false, error: `the archive API could not be asked: ${classifyFailure(error).detail}` };
  }
}
