// `npm run check:sources` against a local server on 127.0.0.1 that plays live, dead, moved and slow pages and the archive API.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, delimiter } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/build';

const FIXTURE = 'tests/fixtures/sources';
// Long past the checker's timeout (--timeout 3), which is generous so a busy machine's local answers still count as answers.
const SLOW_MS = 10_000;

/** Every request the server saw: method, path and the archive API's query. */
const seen: { method: string; path: string; query: Record<string, string>; userAgent: string }[] = [];
/** The snapshots the fake archive holds, by the page's path. */
const SNAPSHOTS: Record<string, { timestamp: string; status?: string }> = {
  '/live': { timestamp: '20230119083000' },
  '/gone': { timestamp: '20220301000000' },
  '/old': { timestamp: '20230507101010' },
  '/one-line': { timestamp: '20230114000000' },
  '/ja-name': { timestamp: '20230202000000' },
  // Captured as an error page: not a copy of the source.
  '/broken': { timestamp: '20230305000000', status: '500' },
};

let server: Server;
let origin = '';
const pending = new Set<NodeJS.Timeout>();

function handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
  const url = new URL(req.url!, 'http://local');
  seen.push({ method: req.method!, path: url.pathname, query: Object.fromEntries(url.searchParams), userAgent: req.headers['user-agent'] ?? '' });
  const send = (status: number, headers: Record<string, string> = {}, body = '') => {
    res.writeHead(status, { 'content-type': 'text/html', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  switch (url.pathname) {
    case '/live':
    case '/live-archived':
    case '/new':
    case '/one-line':
    case '/ja-name':
      return send(200, {}, '<!doctype html><title>A page</title>');
    case '/head-refused':
      return req.method === 'HEAD' ? send(405, { allow: 'GET' }) : send(200, {}, '<!doctype html><title>GET only</title>');
    case '/gone':
      return send(404, {}, 'not found');
    case '/broken':
      return send(500, {}, 'server error');
    case '/old':
      return send(301, { location: '/moved-once' });
    case '/moved-once':
      return send(302, { location: `${origin}/new` });
    case '/slow': {
      const timer = setTimeout(() => {
        pending.delete(timer);
        send(200, {}, 'too late');
      }, SLOW_MS);
      pending.add(timer);
      return;
    }
    case '/wayback/available': {
      const page = new URL(url.searchParams.get('url')!);
      const snap = SNAPSHOTS[page.pathname];
      const closest = snap
        ? { closest: { status: snap.status ?? '200', available: true, url: `http://web.archive.org/web/${snap.timestamp}/${page.href}`, timestamp: snap.timestamp } }
        : {};
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ url: page.href, archived_snapshots: closest }));
    }
    default:
      return send(404, {}, 'no such fixture page');
  }
}

/** A copy of the fixture whose URLs point at the server's port. */
function contentCopy(name: string): string {
  const dir = join('tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8').replaceAll('127.0.0.1:PORT', new URL(origin).host);
    // Nothing may leave this machine: every address is the local server's or a name that never resolves.
    for (const [address] of text.matchAll(/https?:\/\/[^\s"')]+/g)) {
      const host = new URL(address!).hostname;
      expect(host === '127.0.0.1' || host.endsWith('.invalid'), `${file}: ${address}`).toBe(true);
    }
    writeFileSync(path, text);
  }
  return dir;
}

/** Runs the command without blocking this process, which serves its requests. */
function checkSources(dir: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/check-sources.ts', '--timeout', '3', ...args], {
      env: {
        ...process.env,
        PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
        TRACKER_CONTENT_DIR: dir,
        TRACKER_ARCHIVE_API: `${origin}/wayback/available`,
        TRACKER_REPO_URL: 'https://github.com/example-owner/tracker',
        FORCE_COLOR: '0',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

const local = (url: string) => url.replace(origin, '');
const snapshot = (path: string, timestamp: string) => `https://web.archive.org/web/${timestamp}/${origin}${path}`;

describe('npm run check:sources -- --json', () => {
  let report: any;
  let run: Awaited<ReturnType<typeof checkSources>>;
  beforeAll(async () => {
    seen.length = 0;
    run = await checkSources(contentCopy('check-sources-json'), ['--json']);
    report = JSON.parse(run.stdout);
  }, 90_000);

  test('fails the run when a link is dead, and counts every source', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(report.counts).toMatchObject({ sources: 12, urls: 10, withoutUrl: 1, live: 6, dead: 4, redirected: 1, alreadyArchived: 1, snapshotsFound: 5, noSnapshot: 4, lookupFailed: 0, written: 0 });
  });

  test('gives each dead link its verdict: 404, 500, a timeout, a name that does not resolve', () => {
    const dead = Object.fromEntries(report.dead.map((d: any) => [local(d.url), d]));
    expect(Object.keys(dead).sort()).toEqual(['/broken', '/gone', '/slow', 'http://gone-site.invalid/page']);
    expect(dead['/gone']).toMatchObject({ reason: 'client-error', status: 404, citedIn: [{ file: expect.stringMatching(/agreements\/arrangement\.md$/), field: 'sources[2]' }] });
    expect(dead['/broken']).toMatchObject({ reason: 'server-error', status: 500 });
    expect(dead['/slow']).toMatchObject({ reason: 'timeout' });
    expect(dead['http://gone-site.invalid/page']).toMatchObject({ reason: 'dns' });
  });

  test('asks HEAD first and GET only when HEAD is refused or fails, naming the project and its repository', () => {
    const methods = (path: string) => seen.filter((r) => r.path === path).map((r) => r.method);
    expect(methods('/live')).toEqual(['HEAD']);
    expect(methods('/head-refused')).toEqual(['HEAD', 'GET']);
    expect(methods('/gone')).toEqual(['HEAD', 'GET']);
    expect(methods('/slow')).toEqual(['HEAD', 'GET']);
    // The page already archived is still visited; its snapshot is not.
    expect(methods('/live-archived')).toEqual(['HEAD']);
    expect(seen.some((r) => r.path.startsWith('/snapshots/'))).toBe(false);
    expect(new Set(seen.map((r) => r.userAgent))).toEqual(new Set([expect.stringMatching(/^JapanUSDefenseIndustryTracker-SourceCheck\/1\.0 \(.*\+https:\/\/github\.com\/example-owner\/tracker\)$/)]));
  });

  test('follows a redirect chain by hand and reports the new address', () => {
    expect(report.redirected).toEqual([
      {
        url: `${origin}/old`,
        finalUrl: `${origin}/new`,
        permanent: false,
        hops: [
          { from: `${origin}/old`, to: `${origin}/moved-once`, status: 301 },
          { from: `${origin}/moved-once`, to: `${origin}/new`, status: 302 },
        ],
        citedIn: [{ file: expect.stringMatching(/arrangement\.md$/), field: 'sources[4]' }],
      },
    ]);
  });

  test('asks the archive for the snapshot closest to each source’s date, once per address and date', () => {
    const asked = seen.filter((r) => r.path === '/wayback/available').map((r) => ({ ...r.query, url: local(r.query.url!) }));
    expect(asked.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: '/broken', timestamp: '20230304' },
      { url: '/gone', timestamp: '20220101' },
      { url: '/head-refused', timestamp: '20240601' },
      { url: '/ja-name', timestamp: '20230201' },
      { url: '/live', timestamp: '20230118' },
      { url: '/old', timestamp: '20230506' },
      { url: '/one-line', timestamp: '20230113' },
      // No date on file: the newest snapshot.
      { url: '/slow' },
      { url: 'http://gone-site.invalid/page', timestamp: '20230708' },
    ]);
    const found = Object.fromEntries(report.snapshots.map((s: any) => [local(s.url), s]));
    expect(found['/live']).toEqual({ url: `${origin}/live`, timestamp: '20230118', snapshot: snapshot('/live', '20230119083000'), date: '2023-01-19', citedIn: [expect.objectContaining({ field: 'sources[0]' }), expect.objectContaining({ field: 'sources[0]', file: expect.stringMatching(/meeting\.md$/) })] });
    expect(Object.keys(found).sort()).toEqual(['/gone', '/ja-name', '/live', '/old', '/one-line']);
    // A snapshot of an error page is no copy of the source.
    expect(report.noSnapshot.map((n: any) => local(n.url)).sort()).toEqual(['/broken', '/head-refused', '/slow', 'http://gone-site.invalid/page']);
  });

  test('prints the same as a report an editor can act on', async () => {
    const text = await checkSources(contentCopy('check-sources-text'), []);
    expect(text.stdout).toContain('Live: 6. Dead: 4. Moved: 1. Already archived: 1. Snapshots found: 5. No snapshot: 4.');
    expect(text.stdout).toMatch(new RegExp(`Dead links[^\\n]*\\n  ✗ ${origin}/gone\\n      HTTP 404 \\(HEAD: 404\\): the page is gone`));
    expect(text.stdout).toContain(`  → ${origin}/old\n      now ${origin}/new (a temporary redirect, 2 hops: 301, 302)`);
    expect(text.stdout).toContain('run with --write to record them');
  }, 90_000);
});

/** The lines of `after` that are not in `before`, checking every line of `before` is kept, in order. */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const added: string[] = [];
  let kept = 0;
  for (const line of after.split('\n')) {
    if (kept < old.length && line === old[kept]) kept++;
    else added.push(line);
  }
  expect(kept, 'every line of the entry is kept, in order').toBe(old.length);
  return added;
}

describe('npm run check:sources -- --write', () => {
  test('records each found snapshot under its source and changes no other line', async () => {
    const dir = contentCopy('check-sources-write');
    const files = ['agreements/arrangement.md', 'events/meeting.md', 'ja/actors/japan-mod.md'];
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const run = await checkSources(dir, ['--write']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Recorded 5 archived copies');
    expect(run.stdout).toMatch(/Not recorded \(add these by hand\):\n  \S*meeting\.md sources\[1\]: the source is written on one line/);
    const after = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

    const block = (indent: string, path: string, timestamp: string, date: string) => [`${indent}archive:`, `${indent}  url: ${snapshot(path, timestamp)}`, `${indent}  date: ${date}`];
    expect(addedLines(before['agreements/arrangement.md']!, after['agreements/arrangement.md']!)).toEqual([
      ...block('    ', '/live', '20230119083000', '2023-01-19'),
      ...block('    ', '/gone', '20220301000000', '2022-03-01'),
      ...block('    ', '/old', '20230507101010', '2023-05-07'),
    ]);
    // Each block sits right under its source's last line (after a nested list, too).
    expect(after['agreements/arrangement.md']).toContain(`    authors:\n      - A. Reporter\n    archive:\n      url: ${snapshot('/gone', '20220301000000')}\n`);
    expect(after['agreements/arrangement.md']).toContain(`    url: ${origin}/old\n    archive:`);
    expect(addedLines(before['events/meeting.md']!, after['events/meeting.md']!)).toEqual(block('    ', '/live', '20230119083000', '2023-01-19'));
    expect(addedLines(before['ja/actors/japan-mod.md']!, after['ja/actors/japan-mod.md']!)).toEqual(block('    ', '/ja-name', '20230202000000', '2023-02-02'));

    // The entries still pass the content check, and a second run finds the copies already recorded.
    const checked = runScript('scripts/check-content.ts', dir);
    expect(checked.status, checked.output).toBe(0);
    seen.length = 0;
    const again = JSON.parse((await checkSources(dir, ['--json'])).stdout);
    expect(again.counts).toMatchObject({ alreadyArchived: 6, snapshotsFound: 1, noSnapshot: 4 });
    expect(seen.filter((r) => r.path === '/wayback/available')).toHaveLength(5);
  }, 120_000);
});
