// `npm run bench [-- --entries 1000,5000,10000] [--quick] [--repeat N] [--keep]`: for each size, builds a synthetic corpus
// (English and Japanese) with the full pipeline (content check, Astro, Pagefind) from a cold cache, rebuilds it
// after one change, builds a bare Astro site of the same pages in the same run for comparison, and measures
// search latency and page weight. Prints one Markdown table.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, delimiter } from 'node:path';
import { generate } from './synthetic.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const quick = process.argv.includes('--quick');
const sizes = arg('entries', quick ? '10000' : '1000,5000,10000').split(',').map(Number).slice(0, quick ? 1 : undefined);
const keep = process.argv.includes('--keep');
// This machine's speed drifts by 10–20% from minute to minute (a shared VM); with --repeat N the cold full
// build and the bare build alternate N times and the fastest of each counts.
const repeat = Math.max(1, Number(arg('repeat', '1')));
const PATH = [resolve('node_modules/.bin'), process.env.PATH].join(delimiter);

/** Resident memory of a process tree, and whether Pagefind is running in it (to tell the two phases apart). */
const treeRss = (root: number): { bytes: number; pagefind: boolean } => {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(Number(ppid), [...(children.get(Number(ppid)) ?? []), Number(pid)]);
  const byPid = new Map(rows.map(([pid, , kb, comm]) => [Number(pid), { kb: Number(kb), comm: comm ?? '' }]));
  let total = 0;
  let pagefind = false;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const row = byPid.get(pid);
    total += row?.kb ?? 0;
    if (row?.comm.startsWith('pagefind')) pagefind = true;
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes: total * 1024, pagefind };
};

/**
 * Runs a command to completion; returns its wall time, its output, and the peak resident memory of its
 * process tree: overall, and while Pagefind ran in it and while it did not (Astro, for a full build).
 */
async function timed(cmd: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout = (stdout + chunk).slice(-20000)));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const peaks = { all: 0, pagefind: 0, other: 0 };
  const poll = setInterval(() => {
    try {
      const { bytes, pagefind } = treeRss(child.pid!);
      peaks.all = Math.max(peaks.all, bytes);
      if (pagefind) peaks.pagefind = Math.max(peaks.pagefind, bytes);
      else peaks.other = Math.max(peaks.other, bytes);
    } catch {}
  }, 250);
  const code = await new Promise<number>((done) => child.on('exit', (c) => done(c ?? 1)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${stderr.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peak: peaks.all, peaks, stdout };
}

/** The phase times `npm run build` prints: Astro (content check and pages), then Pagefind. */
function phases(stdout: string) {
  const astro = /Astro built the pages in ([\d.]+) s/.exec(stdout)?.[1];
  const pagefind = /pages for search in ([\d.]+) s/.exec(stdout)?.[1];
  return astro && pagefind ? `Astro ${astro} s + Pagefind ${pagefind} s` : 'phases not reported';
}

/** Compressed bytes of a page's HTML with its stylesheets. */
function pageWeight(out: string, path: string) {
  const html = readFileSync(join(out, path), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!), 'utf8')).join('');
  return gzipSync(html + css).length;
}

/** The threads chart on the timeline: its SVG alone, raw and compressed, and how many marks and count badges it drew. */
function chartWeight(out: string): string {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const svg = /<svg class="tc-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  if (!svg) return 'n/a';
  const count = (cls: string) => svg.split(`class="${cls}"`).length - 1;
  return `${kb(Buffer.byteLength(svg))} / ${kb(gzipSync(svg).length)} gz; ${count('tc-mark')} marks, ${count('tc-badge')} badges`;
}

async function searchLatency(out: string, queries: string[]) {
  const site = await serveStatic(out);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${site.origin}/search/`);
  await page.waitForFunction(() => /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const times: number[] = [];
  for (const q of queries) {
    times.push(
      await page.evaluate(async (query) => {
        const list = document.querySelector('#search-results')!;
        const status = document.querySelector('#search-status')!;
        list.replaceChildren();
        status.textContent = '';
        const input = document.querySelector<HTMLInputElement>('#q')!;
        // First results painted: the first result item, or a status saying there are none.
        const done = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.children.length > 0 || status.textContent) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(list, { childList: true });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await done) - start;
      }, q),
    );
    // Let the rest of the page of results settle, so the next query starts from a quiet page.
    await page.waitForTimeout(300);
  }
  await browser.close();
  await site.close();
  return times;
}

/**
 * A minimal Astro project over the same Markdown files: a glob collection with no schema per language,
 * one page per entry per language, and list pages of 200 titles, as many as make the same number of
 * HTML pages as the full site; then Pagefind. It uses this repo's node_modules.
 */
function bareProject(dir: string, content: string, pages: number) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/[lang]'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/list'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { cacheDir: ${JSON.stringify(join(dir, '.cache'))}, markdown: { syntaxHighlight: false } };\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const records = (base: string) => defineCollection({ loader: glob({ base, pattern: '{agreements,events,actors,systems}/*.md' }) });
export const collections = { en: records(${JSON.stringify(content)}), ja: records(${JSON.stringify(join(content, 'ja'))}) };
`,
  );
  const entryPages = ['agreements', 'events', 'actors', 'systems'].flatMap((kind) => [join(content, kind), join(content, 'ja', kind)]).reduce((n, d) => n + readdirSync(d).filter((f) => f.endsWith('.md')).length, 0);
  const listPages = Math.max(0, pages - 1 - entryPages);
  const all = `[...(await getCollection('en')), ...(await getCollection('ja'))]`;
  const list = (entries: string) => `<ul>{${entries}.map((e) => <li><a href={\`/\${e.collection}/\${e.id}/\`}>{e.data.title ?? e.data.name}</a></li>)}</ul>`;
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const entries = ${all};
---
<html lang="en"><head><meta charset="utf-8"><title>All entries</title></head><body>${list('entries')}</body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/list/[n].astro'),
    `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const all = ${all};
  return Array.from({ length: ${listPages} }, (_, n) => ({ params: { n: String(n + 1) }, props: { entries: all.slice((n * 200) % all.length, ((n * 200) % all.length) + 200) } }));
}
const { entries } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>Entries</title></head><body>${list('entries')}</body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[lang]/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = ${all};
  return all.map((entry) => ({ params: { lang: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name;
---
<html lang={entry.collection}><head><meta charset="utf-8"><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1><p>{entry.data.summary}</p><Content /></main></body></html>
`,
  );
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

const rows: string[][] = [];
const log = join(tmpdir(), `tracker-bench-${process.pid}.log`);
for (const entries of sizes) {
  const work = join(tmpdir(), `tracker-bench-${process.pid}-${entries}`);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cache = join(work, 'cache');
  const loadBefore = load();
  console.error(`[${entries}] generating ${entries} entries (+ Japanese) in ${content}; load ${loadBefore}`);
  const { shortNames, ids } = generate(content, entries);
  const env = { TRACKER_CONTENT_DIR: content, TRACKER_OUT_DIR: out, TRACKER_CACHE_DIR: cache };

  const bareDir = join(work, 'bare');
  const colds: Awaited<ReturnType<typeof timed>>[] = [];
  const bares: { seconds: number; astro: Awaited<ReturnType<typeof timed>>; pagefind: Awaited<ReturnType<typeof timed>> }[] = [];
  let pages = 0;
  for (let run = 1; run <= repeat; run++) {
    console.error(`[${entries}] full build, cold cache (${run} of ${repeat}) …`);
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    colds.push(await timed(process.execPath, ['scripts/build.ts'], { env }));
    pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    console.error(`[${entries}] bare Astro build of the same ${pages} pages (${run} of ${repeat}) …`);
    bareProject(bareDir, content, pages);
    const astro = await timed(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bareDir });
    const pagefind = await timed('pagefind', ['--site', 'dist', '--silent'], { cwd: bareDir });
    bares.push({ seconds: astro.seconds + pagefind.seconds, astro, pagefind });
  }
  const cold = colds.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const fastestBare = bares.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const { astro: bareAstro, pagefind: barePagefind, seconds: bare } = fastestBare;
  const barePages = readdirSync(join(bareDir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const runs = (list: { seconds: number }[]) => (list.length > 1 ? `; runs ${list.map((r) => r.seconds.toFixed(1)).join(', ')} s` : '');

  // One entry edited, as an editor would between builds; everything else as before.
  const changed = join(content, `${ids[Math.floor(ids.length / 2)]!}.md`);
  appendFileSync(changed, '\nOne more synthetic sentence for the rebuild.[@1]\n');
  console.error(`[${entries}] rebuild after one change …`);
  const warm = await timed(process.execPath, ['scripts/build.ts'], { env });

  console.error(`[${entries}] search …`);
  const entryPage = readdirSync(join(out, 'events')).find((f) => f.startsWith('synthetic-event-'))!;
  const entryWeight = pageWeight(out, `events/${entryPage}/index.html`);
  const chart = chartWeight(out);
  // The synthetic text draws on 36 words, so a word query matches most of the corpus: a worst case.
  // Short names (SYN-n) are unique, like a real acronym query.
  const common = ['interceptor', 'supply', 'propulsion', 'forum', 'synthetic'];
  const rare = [1, 2, 3, 4, 5].map((k) => shortNames[Math.floor((shortNames.length * k) / 7)]!);
  const latency = await searchLatency(out, ['alliance', ...rare, ...common]);
  const rareTimes = latency.slice(1, 1 + rare.length);
  const commonTimes = latency.slice(1 + rare.length);

  const row = [
    String(entries),
    `${cold.seconds.toFixed(1)} s (${phases(cold.stdout)}${runs(colds)})`,
    `${mb(Math.max(...colds.map((c) => c.peak)))} (Astro ${mb(Math.max(...colds.map((c) => c.peaks.other)))}, Pagefind ${mb(Math.max(...colds.map((c) => c.peaks.pagefind)))})`,
    String(pages),
    `${bare.toFixed(1)} s (Astro ${bareAstro.seconds.toFixed(1)} s + Pagefind ${barePagefind.seconds.toFixed(1)} s; ${barePages} pages; ${mb(Math.max(...bares.map((b) => b.astro.peak)))} / ${mb(Math.max(...bares.map((b) => b.pagefind.peak)))}${runs(bares)})`,
    `${(cold.seconds / bare).toFixed(2)}×`,
    `${warm.seconds.toFixed(1)} s (${phases(warm.stdout)})`,
    `${median(rareTimes).toFixed(0)} ms`,
    `${median(commonTimes).toFixed(0)} ms`,
    kb(entryWeight),
    chart,
    `${loadBefore} → ${load()}`,
  ];
  rows.push(row);
  appendFileSync(log, `${row.join(' | ')}\n`);
  console.error(`[${entries}] ${row.join(' | ')}`);
  if (!keep) rmSync(work, { recursive: true, force: true });
}

const header = ['entries', 'full build (cold)', 'peak memory (whole tree)', 'pages', 'bare Astro + Pagefind (same pages; peak memory)', 'ratio', 'rebuild, 1 change (warm)', 'search: short name (median)', 'search: common word (median)', 'entry page HTML+CSS (gzip)', 'threads chart SVG (raw / gzip; marks, badges)', 'load avg (1/5/15 min) before → after'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (existsSync(log)) rmSync(log);
