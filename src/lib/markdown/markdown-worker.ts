// A worker thread of src/lib/markdown/markdown-pool.ts: renders batches of entry bodies with the site's Markdown
// processor, exactly as Astro's `renderMarkdown` does (front matter split off, image paths collected),
// skipping GFM's literal-autolink syntax where it cannot match (src/plugins/remark-gfm-no-autolink.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../../plugins/markdown.ts';
import { MAY_AUTOLINK } from '../../plugins/remark-gfm-no-autolink.ts';
import type { MarkdownJob, MarkdownSetup, WorkerAnswer } from './markdown-pool.ts';

const setup = workerData as MarkdownSetup;
const renderer = await markdownProcessor(setup.entries, setup.localized).createRenderer(setup.options as never);
// The same pipeline without the literal-autolink syntax, for the bodies where no such link can occur.
const withoutAutolinks = await markdownProcessor(setup.entries, setup.localized, { literalAutolinks: false }).createRenderer(setup.options as never);

parentPort!.on('message', async (jobs: MarkdownJob[]) => {
  let answer: WorkerAnswer;
  try {
    const rendered = [];
    for (const job of jobs) {
      const { frontmatter, content } = parseFrontmatter(job.body);
      const pick = MAY_AUTOLINK.test(content) ? renderer : withoutAutolinks;
      const { code, metadata } = await pick.render(content, { frontmatter, fileURL: pathToFileURL(job.file) });
      rendered.push({ html: code, metadata: { ...metadata, imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []) } });
    }
    answer = { rendered };
  } catch (error) {
    answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(answer);
});
