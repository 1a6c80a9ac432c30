import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, delimiter } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture } from '../helpers/fixture';
import { runScript } from '../helpers/build';
import { useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';

/**
 * A fixture with one draft of each kind. Each draft points at published entries (so a leak would show as
 * a backlink), and has a year and a status no published entry has (so a leak would add facet pages).
 */
const DRAFTS = {
  event: { id: 'quietly-pending-briefing', title: 'Quietly Pending Briefing Zebra' },
  agreement: { id: 'unsigned-widget-accord', title: 'Unsigned Widget Accord Okapi' },
  actor: { id: 'provisional-bureau', title: 'Provisional Bureau Narwhal' },
};
const SOURCE = `sources:
  - title: "TODO: title of the source"
    publisher: "TODO: original publisher"
    kind: official
    url: "https://example.org/TODO-replace-with-the-source-url"`;

const content = fixture('drafts', {
  'events/quietly-pending-briefing.md': () => `---
draft: true
title: ${DRAFTS.event.title}
date: 2031-05
type: transfer
actors: [us-dod, provisional-bureau]
outcome: [sosa, unsigned-widget-accord]
summary: "TODO: one or two neutral sentences saying what this is and when."
topics: [research-and-development]
related: [signing]
${SOURCE}
lastReviewed: 2026-11-25
---

TODO: what it is. It led to the [[sosa]] and the [[unsigned-widget-accord]].[@1]
`,
  'agreements/unsigned-widget-accord.md': () => `---
draft: true
title: ${DRAFTS.agreement.title}
type: project-arrangement
parties: [provisional-bureau, japan-mod]
binding: unconfirmed
partOf: sosa
statusHistory:
  - { status: expired, date: 2032-02-03, source: 1 }
summary: "TODO: one or two neutral sentences saying what this is and when."
topics: [supply-chain-security]
related: [sosa, quietly-pending-briefing]
${SOURCE}
lastReviewed: 2026-11-25
---

TODO: what it is.[@1] See [[signing]].
`,
  'actors/provisional-bureau.md': () => `---
draft: true
name: ${DRAFTS.actor.title}
type: agency
country: JP
memberOf: japan-mod
---
`,
});

/** Every file of a built site as text; Pagefind's compressed index and fragments are unpacked. */
function* siteFiles(dir: string): Generator<[string, string]> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* siteFiles(path);
      continue;
    }
    const bytes = readFileSync(path);
    if (/\.pf_(fragment|index|meta|filter)$/.test(name)) yield [path, gunzipSync(bytes).toString('latin1')];
    else yield [path, bytes.toString('utf8')];
  }
}

describe('a production build over content with drafts', () => {
  const out = 'tests/.tmp/drafts-dist';
  let build: ReturnType<typeof runScript>;
  beforeAll(() => {
    build = runScript('scripts/build.ts', content, out);
  });

  test('checks the drafts like any entry, then builds without them', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('12 entries passed the content check; 3 drafts left out of this build');
  });

  test('no output file, the search index included, names a draft by id or title', () => {
    const files = [...siteFiles(out)];
    const kinds = new Set(files.map(([path]) => path.split('.').pop()));
    for (const kind of ['html', 'xml', 'json', 'csv', 'txt', 'pf_fragment', 'pf_index', 'pf_meta']) expect(kinds, kind).toContain(kind);
    const leaks = files.flatMap(([path, text]) =>
      Object.values(DRAFTS).flatMap(({ id, title }) => [id, title].filter((word) => text.includes(word)).map((word) => `${relative(out, path)}: ${word}`)),
    );
    expect(leaks).toEqual([]);
    // The search is not blind: the published entries are in the same unpacked files.
    const fragments = files.filter(([path]) => path.endsWith('.pf_fragment')).map(([, text]) => text).join('\n');
    expect(fragments).toContain('Security of Supply Arrangement');
    expect(readFileSync(`${out}/index.html`, 'utf8')).toContain('data-id="sosa"');
  });

  test('no page, facet page or filter option exists for the drafts alone', () => {
    const exists = (path: string) => {
      try {
        return statSync(join(out, path)).isFile();
      } catch {
        return false;
      }
    };
    for (const path of ['events/quietly-pending-briefing/index.html', 'agreements/unsigned-widget-accord/index.html', 'agreements/unsigned-widget-accord.json', 'actors/provisional-bureau/index.html', 'years/2031/index.html', 'years/2032/index.html', 'status/expired/index.html']) {
      expect(exists(path), path).toBe(false);
    }
    expect(exists('events/signing/index.html')).toBe(true);
    const home = readFileSync(`${out}/index.html`, 'utf8');
    expect(home).toContain('<option value="2023">');
    expect(home).not.toMatch(/value="(2031|2032|expired)"/);
  });
});

describe('the development server over the same content', () => {
  let server: ReturnType<typeof spawn> | undefined;
  let origin = '';
  let log = '';

  beforeAll(async () => {
    // Asked for port 0, Vite takes a free port from the OS; the URL it prints says which.
    server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', '0'], {
      detached: true,
      env: {
        // As an editor runs it: under vitest's own variables (NODE_ENV=test, VITEST=true) Astro serves no pages.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST'))),
        PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
        TRACKER_CONTENT_DIR: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`dev server did not start:\n${log}`)), 120_000);
      const read = (chunk: Buffer) => {
        log += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
        if (url && Number(url[1]) > 0) {
          clearTimeout(timer);
          done(url[0].slice(0, -1));
        }
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.on('exit', (code) => fail(new Error(`dev server exited (${code}):\n${log}`)));
    });
  });

  afterAll(async () => {
    if (!server?.pid || server.exitCode !== null) return;
    const exited = new Promise((done) => server!.on('exit', done));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
  });

  const get = async (path: string) => {
    const response = await fetch(`${origin}${path}`);
    return { status: response.status, html: await response.text() };
  };

  test('shows a draft with its "Draft" banner', async () => {
    expect(log).toContain('3 drafts shown with a "Draft" banner');
    for (const [path, { title }] of [['/events/quietly-pending-briefing/', DRAFTS.event], ['/agreements/unsigned-widget-accord/', DRAFTS.agreement], ['/actors/provisional-bureau/', DRAFTS.actor]] as const) {
      const { status, html } = await get(path);
      expect(status, path).toBe(200);
      expect(html).toContain(title);
      expect(html).toMatch(/<p class="draft-banner[^"]*" role="note"[^>]*>\s*<strong[^>]*>Draft<\/strong>/);
    }
  });

  test('shows no banner on a published entry', async () => {
    const { status, html } = await get('/events/signing/');
    expect(status).toBe(200);
    expect(html).toContain('Signing ceremony');
    expect(html).not.toMatch(/<p class="draft-banner/);
  });
});

describe('a build told to show drafts (TRACKER_DRAFTS=show, a preview never to deploy)', () => {
  const out = 'tests/.tmp/drafts-shown-dist';
  let build: ReturnType<typeof runScript> | undefined;
  const site = useSite(out, () => {
    process.env.TRACKER_DRAFTS = 'show';
    try {
      build = runScript('scripts/build.ts', content, out);
    } finally {
      delete process.env.TRACKER_DRAFTS;
    }
  });

  test('includes every draft under its banner, and the banner passes axe', async () => {
    expect(build?.status, build?.output).toBe(0);
    expect(build?.output).toContain('3 drafts shown with a "Draft" banner');
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the site's CSP rightly refuses.
      const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ['/events/quietly-pending-briefing/', '/actors/provisional-bureau/']) {
        await page.goto(`${site.origin}${path}`);
        const banner = page.locator('.draft-banner');
        await expect.poll(() => banner.count()).toBe(1);
        expect(await banner.innerText()).toMatch(/^DRAFT: not published\./);
        expect(await axeViolations(page), `${colorScheme} ${path}`).toEqual([]);
      }
      await context.close();
    }
  });
});
