// `npm run bench [-- --entries 5000]`: builds a synthetic corpus of N entries with the full pipeline
// (content check, Astro, Pagefind) and reports build time, memory, page weight, JavaScript, the threads chart's size
// and search latency.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve, delimiter } from 'node:path';
import { generate } from './synthetic.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const entries = Number(arg('entries', '5000'));
const work = join(tmpdir(), `tracker-bench-${entries}`);
const content = join(work, 'content');
const out = join(work, 'dist');

const treeRss = (root: number): number => {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid!, [...(children.get(ppid!) ?? []), pid!]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid!, kb!]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total * 1024;
};

const dirSize = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);

/** Compressed bytes of a page's HTML with its stylesheets, and raw bytes of the JavaScript it runs. */
function pageWeight(path: string) {
  const html = readFileSync(join(out, path), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!), 'utf8')).join('');
  const inlineJs = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const externalJs = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!), 'utf8')).join('');
  const js = inlineJs + externalJs;
  return { htmlCssGzip: gzipSync(html + css).length, htmlBytes: Buffer.byteLength(html), jsBytes: Buffer.byteLength(js), jsGzip: js ? gzipSync(js).length : 0 };
}

async function searchLatency(queries: string[]) {
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
  }
  await browser.close();
  await site.close();
  return times;
}

/** The threads chart on the timeline: its SVG alone, raw and compressed, and how many marks and count badges it drew. */
function chartWeight() {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const svg = /<svg class="tc-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const count = (cls: string) => svg.split(`class="${cls}"`).length - 1;
  return { raw: Buffer.byteLength(svg), gzip: svg ? gzipSync(svg).length : 0, marks: count('tc-mark'), badges: count('tc-badge') };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

console.log(`Generating ${entries} synthetic entries in ${content} …`);
const { shortNames } = generate(content, entries);

const started = performance.now();
const child = spawn(process.execPath, ['scripts/build.ts'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter), TRACKER_CONTENT_DIR: content, TRACKER_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
});
let peak = 0;
const poll = setInterval(() => {
  try {
    peak = Math.max(peak, treeRss(child.pid!));
  } catch {}
}, 250);
const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
clearInterval(poll);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(`Build failed with exit code ${code}.`);
  process.exit(1);
}

const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const entryPage = readdirSync(join(out, 'events')).find((f) => f.startsWith('synthetic-event-'))!;
const entry = pageWeight(`events/${entryPage}/index.html`);
const home = pageWeight('index.html');
const chart = chartWeight();
// The synthetic text draws on 36 words, so a word query matches most of the corpus: a worst case.
// Short names (SYN-n) are unique, like a real acronym query.
const common = ['interceptor', 'supply arrangement', 'propulsion research', 'forum', 'synthetic'];
const rare = [1, 2, 3, 4, 5].map((k) => shortNames[Math.floor((shortNames.length * k) / 7)]!);
const latency = await searchLatency(['alliance', ...rare, ...common]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rareTimes = latency.slice(1, 1 + rare.length);
const commonTimes = latency.slice(1 + rare.length);

const rows: [string, string][] = [
  ['entries', String(entries)],
  ['build (check + astro + pagefind)', `${seconds.toFixed(1)} s`],
  ['peak memory (build process tree)', mb(peak)],
  ['pages built', String(pages)],
  ['pages per second', (pages / seconds).toFixed(0)],
  ['dist/ total', mb(dirSize(out))],
  ['pagefind index', mb(dirSize(join(out, 'pagefind')))],
  ['entry page HTML+CSS (gzip)', kb(entry.htmlCssGzip)],
  ['entry page JavaScript (raw / gzip)', `${kb(entry.jsBytes)} / ${kb(entry.jsGzip)}`],
  ['timeline HTML+CSS (gzip)', kb(home.htmlCssGzip)],
  ['timeline JavaScript (raw / gzip)', `${kb(home.jsBytes)} / ${kb(home.jsGzip)}`],
  ['threads chart SVG (raw / gzip)', `${kb(chart.raw)} / ${kb(chart.gzip)}`],
  ['threads chart marks / count badges', `${chart.marks} / ${chart.badges}`],
  ['search: first query after page load (ms)', latency[0]!.toFixed(0)],
  ['search: short-name query, median / max (ms)', `${median(rareTimes).toFixed(0)} / ${Math.max(...rareTimes).toFixed(0)}`],
  ['search: common-word query, median / max (ms)', `${median(commonTimes).toFixed(0)} / ${Math.max(...commonTimes).toFixed(0)}`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | --- |`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
