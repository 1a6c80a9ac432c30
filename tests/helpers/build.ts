import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

/** Runs one of the project's scripts (build, check) the way npm would, on a chosen content folder. */
export function runScript(script: string, contentDir: string, outDir?: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
      TRACKER_CONTENT_DIR: contentDir,
      ...(outDir ? { TRACKER_OUT_DIR: outDir } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
