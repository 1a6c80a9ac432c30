// `npm run build`: builds into a scratch folder and only replaces dist/ when everything succeeded,
// so a failed build never leaves a half-written site where the last good one was.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const outDir = process.env.TRACKER_OUT_DIR ?? 'dist';
const scratch = `.build-${process.pid}`;
// The project's own binaries (astro, pagefind, and the Node 24 that astro needs) come first.
const PATH = [resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
const env = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', env });

try {
  run('astro', ['build', '--outDir', scratch]);
  // Only entry pages carry searchable content; lists and facets would only repeat it. Pagefind makes one
  // index per <html lang>, so /ja/search/ searches the Japanese pages with Japanese word segmentation.
  run('pagefind', ['--site', scratch, '--silent', '--glob', '{agreements,events,actors,ja/agreements,ja/events,ja/actors}/**/*.html']);
} catch {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir}/ was left as it was.`);
  process.exit(1);
}
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(scratch, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${outDir}/`);
