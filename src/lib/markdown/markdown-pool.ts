// Renders many entry bodies at once on worker threads (one per core), for a cold build's loader.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { LoaderContext } from 'astro/loaders';
import type { LinkTarget } from '../../plugins/remark-entry-links.ts';
import type { LocalizedMarkdown } from '../../plugins/markdown.ts';

export type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
export interface MarkdownJob {
  body: string;
  /** The entry's file: Japanese bodies (under content/ja/) link to /ja/ pages and cite "出典 n". */
  file: string;
}
/** What each worker builds its processor from (copied to the worker, so plain data only). */
export interface MarkdownSetup {
  entries: ReadonlyMap<string, LinkTarget>;
  localized: LocalizedMarkdown;
  options: { syntaxHighlight: unknown; gfm: unknown; smartypants: unknown; remarkRehype: unknown; image: unknown };
}
export type WorkerAnswer = { rendered: Rendered[] } | { error: string };

/** Below this many bodies, starting workers (about 0.3 s each) costs more than it saves. */
export const PARALLEL_FROM = 400;
/**
 * Small batches, handed back as they finish: Astro writes its whole data store to disk whenever no entry
 * was stored for 500 ms, and at 10,000 entries each such write costs seconds. The loader stores each
 * batch as it arrives, so that never happens while the workers render.
 */
export const BATCH = 100;

interface Batch {
  jobs: MarkdownJob[];
  done: (rendered: Rendered[]) => void;
  failed: (error: Error) => void;
}

/**
 * Rendering Markdown is most of a cold content sync (about 0.6 ms a body, 20,000 bodies at 10,000
 * entries with the Japanese edition), and Astro runs it on one thread. This renders large batches on
 * one worker thread per core instead. All collections share one pool, which closes once it is idle.
 */
class MarkdownPool {
  private readonly queue: Batch[] = [];
  private readonly workers: Worker[] = [];
  private idle: Worker[] = [];
  private readonly busy = new Map<Worker, Batch>();
  private closing = false;
  constructor(readonly setup: MarkdownSetup) {}

  render(jobs: MarkdownJob[]): Promise<Rendered[]>[] {
    const batches: Promise<Rendered[]>[] = [];
    for (let i = 0; i < jobs.length; i += BATCH) {
      batches.push(new Promise((done, failed) => this.queue.push({ jobs: jobs.slice(i, i + BATCH), done, failed })));
    }
    this.grow();
    this.dispatch();
    return batches;
  }

  private grow() {
    const size = Math.max(1, availableParallelism());
    while (this.workers.length < size) {
      const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: this.setup });
      worker.on('error', (error) => this.fail(error));
      // A worker that dies without an error (out of memory, say) must fail the build, not leave it waiting.
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`A Markdown worker thread stopped (exit code ${code})`));
      });
      worker.on('message', (answer: WorkerAnswer) => {
        const batch = this.busy.get(worker)!;
        this.busy.delete(worker);
        if ('error' in answer) batch.failed(new Error(`Rendering Markdown failed: ${answer.error}`));
        else batch.done(answer.rendered);
        this.idle.push(worker);
        this.dispatch();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private dispatch() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const batch = this.queue.shift()!;
      this.busy.set(worker, batch);
      worker.postMessage(batch.jobs);
    }
    if (this.queue.length === 0 && this.idle.length === this.workers.length) this.close();
  }

  private fail(error: Error) {
    for (const batch of [...this.busy.values(), ...this.queue.splice(0)]) batch.failed(error);
    this.busy.clear();
    this.close();
  }

  private close() {
    this.closing = true;
    for (const worker of this.workers.splice(0)) void worker.terminate();
    this.idle = [];
    if (pool === this) pool = undefined;
  }
}

let pool: MarkdownPool | undefined;

/**
 * Renders the bodies on worker threads: one promise per batch of BATCH jobs, in order. Every caller
 * in one sync passes the same setup.
 */
export function renderOnWorkers(jobs: MarkdownJob[], setup: MarkdownSetup): Promise<Rendered[]>[] {
  if (pool && pool.setup !== setup) pool = undefined;
  pool ??= new MarkdownPool(setup);
  return pool.render(jobs);
}
