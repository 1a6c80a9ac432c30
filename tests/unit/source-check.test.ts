// The source checker's parts: archive lookups, failure verdicts, the YAML edit, the request pool.
import { describe, expect, test } from 'vitest';
import { partialDateSchema } from '../../src/schemas/date';
import { lookupUrl, readAnswer, waybackTimestamp, archiveApi, DEFAULT_ARCHIVE_API } from '../../src/lib/source-check/wayback';
import { classifyFailure, neverResolves, visit } from '../../src/lib/source-check/visit';
import { addArchives } from '../../src/lib/source-check/write';
import { mapLimited, onePerKey } from '../../src/lib/source-check/pool';
import { userAgent } from '../../src/lib/source-check/user-agent';

const date = (text: string) => partialDateSchema.parse(text);

describe('the Wayback Machine lookup', () => {
  test('asks for the snapshot closest to the source’s date, as precise as it is', () => {
    expect(waybackTimestamp(date('2023-01-18'))).toBe('20230118');
    expect(waybackTimestamp(date('2024-06'))).toBe('20240601');
    expect(waybackTimestamp(date('1967'))).toBe('19670101');
    expect(waybackTimestamp(date('2024-06-09/2024-06-10'))).toBe('20240609');
    expect(lookupUrl(DEFAULT_ARCHIVE_API, 'https://www.mod.go.jp/j/a?b=1&c=2', date('2023-01-18'))).toBe(
      'https://archive.org/wayback/available?url=https%3A%2F%2Fwww.mod.go.jp%2Fj%2Fa%3Fb%3D1%26c%3D2&timestamp=20230118',
    );
    expect(lookupUrl('http://127.0.0.1:9/api', 'https://x.invalid/')).toBe('http://127.0.0.1:9/api?url=https%3A%2F%2Fx.invalid%2F');
  });

  test('the API address comes from TRACKER_ARCHIVE_API, else the Wayback Machine’s', () => {
    expect(archiveApi({})).toBe('https://archive.org/wayback/available');
    expect(archiveApi({ TRACKER_ARCHIVE_API: 'http://127.0.0.1:8080/available' })).toBe('http://127.0.0.1:8080/available');
  });

  test('reads a snapshot only when one is available and captured the page', () => {
    const answer = (closest: object) => ({ url: 'x', archived_snapshots: { closest } });
    expect(readAnswer(answer({ status: '200', available: true, url: 'http://web.archive.org/web/20230119083000/https://a.invalid/x', timestamp: '20230119083000' }))).toEqual({
      found: true,
      url: 'https://web.archive.org/web/20230119083000/https://a.invalid/x',
      date: '2023-01-19',
      timestamp: '20230119083000',
    });
    expect(readAnswer({ url: 'x', archived_snapshots: {} })).toEqual({ found: false });
    expect(readAnswer(answer({ status: '404', available: true, url: 'http://web.archive.org/web/1/x', timestamp: '20230119083000' }))).toEqual({ found: false });
    expect(readAnswer(answer({ status: '200', available: false, url: 'http://web.archive.org/web/1/x', timestamp: '20230119083000' }))).toEqual({ found: false });
    expect(readAnswer(null)).toEqual({ found: false });
  });
});

describe('verdicts on links that get no answer', () => {
  test('a name that does not resolve, a timeout, a refused connection', () => {
    const dns = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' }) });
    expect(classifyFailure(dns).reason).toBe('dns');
    expect(classifyFailure(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).reason).toBe('timeout');
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });
    expect(classifyFailure(refused)).toEqual({ reason: 'network', detail: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1' });
  });

  test('names under .invalid are dead without asking any DNS server (RFC 6761)', async () => {
    expect(neverResolves('news.invalid')).toBe(true);
    expect(neverResolves('invalid.example.org')).toBe(false);
    let asked = 0;
    const verdict = await visit('https://news.invalid/a', { timeoutMs: 1000, userAgent: 'test', fetch: (async () => { asked++; throw new Error('must not be called'); }) as typeof fetch });
    expect(verdict).toMatchObject({ verdict: 'dead', reason: 'dns' });
    expect(asked).toBe(0);
  });

  test('the User-Agent names the project and its repository, in ASCII', () => {
    expect(userAgent('https://github.com/o/r', 'https://site.example.org')).toMatch(/^JapanUSDefenseIndustryTracker-SourceCheck\/1\.0 \(.+\+https:\/\/github\.com\/o\/r\)$/);
    expect(userAgent(undefined, 'https://site.example.org')).toContain('+https://site.example.org)');
    expect(userAgent()).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('recording an archived copy in an entry', () => {
  const archive = { url: 'https://web.archive.org/web/20230119000000/https://a.invalid/x', date: '2023-01-19' };
  const entry = `---
title: X   # a comment stays
sources:
  - title: "One"
    kind: official
    url: https://a.invalid/x   # so does this
    # and this
  - { title: Two, kind: wire, url: "https://b.invalid/" }
  - title: Three
    url: https://c.invalid/
    archive:
      url: https://web.archive.org/web/2020/https://c.invalid/
      date: 2020-01-01
lastReviewed: 2026-11-25
---

Body [@1].
`;

  test('adds three lines under the source and nothing else', () => {
    const result = addArchives(entry, [{ path: ['sources', 0], archive }]);
    expect(result.text).toBe(entry.replace('   # so does this\n', `   # so does this\n    archive:\n      url: ${archive.url}\n      date: 2023-01-19\n`));
    expect(result.refused).toEqual([]);
  });

  test('refuses a one-line source and one that already has a copy, rather than rewrite them', () => {
    const result = addArchives(entry, [{ path: ['sources', 1], archive }, { path: ['sources', 2], archive }]);
    expect(result.text).toBe(entry);
    expect(result.refused.map((r) => r.reason)).toEqual([expect.stringContaining('written on one line'), 'the source already has an archived copy']);
  });

  test('quotes an address YAML would misread', () => {
    const odd = { url: 'https://web.archive.org/web/2023/https://a.invalid/x #frag', date: '2023-01-19' };
    expect(addArchives(entry, [{ path: ['sources', 0], archive: odd }]).text).toContain('      url: "https://web.archive.org/web/2023/https://a.invalid/x #frag"\n');
  });
});

test('the request pool never runs more than its limit at once, and keeps the order', async () => {
  let running = 0;
  let most = 0;
  const results = await mapLimited([5, 1, 4, 2, 3, 0], 2, async (n) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, n * 3));
    running--;
    return n * 10;
  });
  expect(results).toEqual([50, 10, 40, 20, 30, 0]);
  expect(most).toBe(2);
});

test('one request at a time per site, even when a request fails', async () => {
  const bySite = onePerKey();
  const log: string[] = [];
  const job = (site: string, name: string, fail = false) =>
    bySite(site, async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    });
  const results = await Promise.allSettled([job('a', 'a1', true), job('a', 'a2'), job('b', 'b1')]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
  expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
});
