// The README's first commands, as a new user runs them: `npm start` (build, then serve the built site)
// and `npm run dev` (live reload), each on a free port, each with a search that works.
import { afterEach, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';

const OUT = 'tests/.tmp/first-run-dist';
let child: ChildProcess | undefined;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment a user's shell would have: without vitest's own variables (NODE_ENV=test, VITEST…), which change how Astro runs. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'));
}

/** Starts `npm <args> -- --port N` in its own process group and waits until it answers on that port. */
async function startServer(args: string[], env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  log = '';
  child = spawn('npm', [...args, '--', '--port', String(port)], {
    detached: true,
    env: { ...userEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm ${args.join(' ')} exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return origin;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`npm ${args.join(' ')} did not answer on ${origin} within 4 minutes:\n${log}`);
}

afterEach(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Ended on SIGTERM.
    }
  }
  child = undefined;
});

/** Opens /search/?q=SOSA and returns the result paths once the page reports its matches. */
async function searchSosa(origin: string): Promise<{ paths: string[]; status: string }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=SOSA`);
    // Under `npm run dev` the index may still be building: the page says so and reloads itself when it is ready.
    await page.waitForFunction(() => /match|No entries/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 180_000 });
    const status = (await page.textContent('#search-status')) ?? '';
    const paths = await page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { paths, status };
  } finally {
    await browser.close();
  }
}

describe('first run', () => {
  test('`npm start` builds the site and serves it, search included', async () => {
    rmSync(OUT, { recursive: true, force: true });
    const origin = await startServer(['start'], { TRACKER_OUT_DIR: OUT });
    const { paths, status } = await searchSosa(origin);
    expect(paths[0], status).toBe('/agreements/sosa/');
    expect(log).toMatch(/Indexed \d+ en and \d+ ja pages for search/);
  });

  test('`npm run dev` serves a search index it builds itself', async () => {
    const origin = await startServer(['run', 'dev']);
    const { paths, status } = await searchSosa(origin);
    expect(paths[0], status).toBe('/agreements/sosa/');
  });
});
