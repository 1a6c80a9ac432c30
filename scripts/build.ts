// `npm run build`: builds into a scratch folder and only replaces dist/ when everything succeeded,
// so a failed build never leaves a half-written site where the last good one was.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { deployProblem } from '../src/lib/publish/deploy.ts';
import { headersFile } from '../src/lib/publish/headers.ts';
import { indexSite } from '../src/integrations/search-index.ts';

// A build that will be published must know its own address (README, "Deploy").
const problem = deployProblem(process.env);
if (problem) {
  console.error(`Build stopped before it began: ${problem}`);
  process.exit(1);
}

const outDir = process.env.TRACKER_OUT_DIR ?? 'dist';
const scratch = `.build-${process.pid}`;
// The project's own binaries (astro, pagefind, and the Node 24 that astro needs) come first.
const PATH = [resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
const env = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', env });

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
try {
  run('astro', ['build', '--outDir', scratch]);
  const astroDone = performance.now();
  console.log(`Astro built the pages in ${seconds(started)}`);
  const { pages } = await indexSite(resolve(scratch), resolve(scratch, 'pagefind'));
  console.log(`Indexed ${Object.entries(pages).map(([locale, n]) => `${n} ${locale}`).join(' and ')} pages for search in ${seconds(astroDone)}`);
  // Headers for Netlify and Cloudflare Pages, from what the build actually wrote (hashed or not).
  const names = (dir: string) => readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name)).sort();
  const pagefind = names(join(scratch, 'pagefind'));
  const pagefindFolders = Object.fromEntries(pagefind.filter((n) => n.endsWith('/')).map((n) => [n, names(join(scratch, 'pagefind', n))]));
  writeFileSync(join(scratch, '_headers'), headersFile({ top: names(scratch), pagefind, pagefindFolders }));
} catch (error) {
  if (error instanceof Error && !('status' in error)) console.error(error.message);
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir}/ was left as it was.`);
  process.exit(1);
}
const old = `${outDir}.old-${process.pid}`;
// An output folder in a folder that does not exist yet (TRACKER_OUT_DIR=tests/.tmp/x) would strand the scratch build.
mkdirSync(dirname(resolve(outDir)), { recursive: true });
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(scratch, outDir);
// The previous site is already out of the way; deleting its ~70,000 files (at 10,000 entries) took 6 s of
// every rebuild, so a detached process does it while the editor gets the new site.
if (existsSync(old)) spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(resolve(old))}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' }).unref();
console.log(`Built ${outDir}/`);
