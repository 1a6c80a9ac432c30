// Visits one source URL the way a careful reader's browser would, and says whether it is alive, dead or moved.

export interface RequestOptions {
  /** Milliseconds before a request is given up as timed out. */
  timeoutMs: number;
  userAgent: string;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface Hop {
  from: string;
  to: string;
  status: number;
}

/** Why a link is dead: an HTTP error status, a name that does not resolve, no answer in time, or another failure. */
export type DeadReason = 'client-error' | 'server-error' | 'dns' | 'timeout' | 'redirect-loop' | 'network';

export type LinkVerdict =
  | { url: string; verdict: 'live'; status: number; method: 'HEAD' | 'GET'; finalUrl: string; redirects: Hop[] }
  | { url: string; verdict: 'dead'; reason: DeadReason; status?: number; detail: string; method: 'HEAD' | 'GET'; finalUrl: string; redirects: Hop[] };

export const MAX_REDIRECTS = 10;

/** Names under .invalid never resolve (RFC 6761 §6.4): answer at once rather than ask a DNS server. */
export function neverResolves(hostname: string): boolean {
  return /(^|\.)invalid\.?$/i.test(hostname);
}

class DnsFailure extends Error {
  code = 'ENOTFOUND';
}

/** What went wrong with a request that got no HTTP answer, in an editor's words. */
export function classifyFailure(error: unknown): { reason: 'dns' | 'timeout' | 'network'; detail: string } {
  const err = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return { reason: 'timeout', detail: 'no answer before the timeout' };
  }
  const code = err?.code ?? err?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_NODATA') {
    return { reason: 'dns', detail: `the host name does not resolve (${code})` };
  }
  const message = err?.cause?.message ?? err?.message ?? String(error);
  return { reason: 'network', detail: code ? `${code}: ${message}` : message };
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);
export const isPermanentRedirect = (status: number) => status === 301 || status === 308;

/** One request with redirects followed by hand, so every hop is known. Throws when no HTTP answer came. */
async function follow(url: string, method: 'HEAD' | 'GET', options: RequestOptions) {
  const doFetch = options.fetch ?? fetch;
  const redirects: Hop[] = [];
  let current = url;
  for (;;) {
    const host = new URL(current).hostname;
    if (neverResolves(host)) throw new DnsFailure(`${host} never resolves (RFC 6761)`);
    const response = await doFetch(current, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // Only the status matters: leave the body unread.
    await response.body?.cancel().catch(() => {});
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || !location) return { status: response.status, finalUrl: current, redirects, loop: false };
    const to = new URL(location, current).href;
    redirects.push({ from: current, to, status: response.status });
    if (redirects.length > MAX_REDIRECTS || redirects.some((hop) => hop.from === to)) return { status: response.status, finalUrl: to, redirects, loop: true };
    if (!/^https?:$/.test(new URL(to).protocol)) return { status: response.status, finalUrl: to, redirects, loop: true };
    current = to;
  }
}

/**
 * HEAD first (cheap for the site); GET when HEAD is refused (405, 501), fails, or answers with an error,
 * since some servers answer HEAD wrongly. A name that does not resolve is not tried twice.
 */
export async function visit(url: string, options: RequestOptions): Promise<LinkVerdict> {
  let head: Awaited<ReturnType<typeof follow>> | undefined;
  try {
    head = await follow(url, 'HEAD', options);
    if (head.loop) return { url, verdict: 'dead', reason: 'redirect-loop', detail: `more than ${MAX_REDIRECTS} redirects, a loop, or a redirect to a non-web address`, method: 'HEAD', finalUrl: head.finalUrl, redirects: head.redirects };
    if (head.status < 400) return { url, verdict: 'live', status: head.status, method: 'HEAD', finalUrl: head.finalUrl, redirects: head.redirects };
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.reason === 'dns') return { url, verdict: 'dead', ...failure, method: 'HEAD', finalUrl: url, redirects: [] };
  }
  try {
    const got = await follow(url, 'GET', options);
    if (got.loop) return { url, verdict: 'dead', reason: 'redirect-loop', detail: `more than ${MAX_REDIRECTS} redirects, a loop, or a redirect to a non-web address`, method: 'GET', finalUrl: got.finalUrl, redirects: got.redirects };
    if (got.status < 400) return { url, verdict: 'live', status: got.status, method: 'GET', finalUrl: got.finalUrl, redirects: got.redirects };
    return {
      url,
      verdict: 'dead',
      reason: got.status >= 500 ? 'server-error' : 'client-error',
      status: got.status,
      detail: `HTTP ${got.status}${head ? ` (HEAD: ${head.status})` : ''}`,
      method: 'GET',
      finalUrl: got.finalUrl,
      redirects: got.redirects,
    };
  } catch (error) {
    return { url, verdict: 'dead', ...classifyFailure(error), method: 'GET', finalUrl: url, redirects: [] };
  }
}
