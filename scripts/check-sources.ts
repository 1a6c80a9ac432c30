// `npm run check:sources [-- --write] [--json] [--concurrency N] [--timeout S]`: an editor's link and archive check.
// Needs the network; it is never run by the build or the tests (they point it at a local server).
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-files.ts';
import { checkSources } from '../src/lib/source-check/run.ts';
import { formatReport } from '../src/lib/source-check/report.ts';
import { archiveApi } from '../src/lib/source-check/wayback.ts';
import { userAgent } from '../src/lib/source-check/user-agent.ts';

const usage = 'usage: npm run check:sources [-- --write] [--json] [--concurrency N (default 4)] [--timeout SECONDS (default 20)]';
let args;
try {
  args = parseArgs({
    options: {
      write: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      timeout: { type: 'string', default: '20' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const concurrency = Number(args.concurrency);
const timeout = Number(args.timeout);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16 || !(timeout > 0)) {
  console.error(`--concurrency must be a whole number from 1 to 16 and --timeout a number of seconds.\n${usage}`);
  process.exit(2);
}

const report = await checkSources({
  contentDir: contentDir(),
  archiveApi: archiveApi(),
  concurrency,
  timeoutMs: timeout * 1000,
  userAgent: userAgent(),
  write: args.write,
});
console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, { write: args.write }));
// Dead links fail the run, so a scheduled job can flag them; moves and missing snapshots do not.
process.exitCode = report.dead.length > 0 ? 1 : 0;
