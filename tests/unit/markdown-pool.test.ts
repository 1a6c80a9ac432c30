import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BATCH, renderOnWorkers, type MarkdownSetup } from '../../src/lib/markdown/markdown-pool';
import { markdownProcessor } from '../../src/plugins/markdown';

const setup: MarkdownSetup = {
  entries: new Map([['sosa', { title: 'Security of Supply Arrangement', url: '/agreements/sosa/' }]]),
  localized: { root: '/site/content/ja', entries: new Map([['sosa', { title: '供給取決め', url: '/ja/agreements/sosa/' }]]), sourceLabel: '出典 {n}' },
  options: { syntaxHighlight: false, gfm: true, smartypants: false, remarkRehype: {}, image: { domains: [], remotePatterns: [] } },
};

describe('rendering bodies on worker threads', () => {
  test('gives what the processor gives in this thread, in order, one promise per batch', async () => {
    const jobs = Array.from({ length: BATCH * 2 + 5 }, (_, i) => ({
      body: `## Part ${i}\n\nSee [[sosa]], a | table\n\n| a | b |\n| - | - |\n| ${i} | x |\n\nCited.[@1]\n`,
      file: i % 2 ? '/site/content/ja/events/e.md' : '/site/content/events/e.md',
    }));
    const batches = renderOnWorkers(jobs, setup);
    expect(batches).toHaveLength(3);
    const rendered = (await Promise.all(batches)).flat();
    const here = await markdownProcessor(setup.entries, setup.localized).createRenderer(setup.options as never);
    for (const [i, job] of jobs.entries()) {
      const { code, metadata } = await here.render(job.body, { frontmatter: {}, fileURL: pathToFileURL(job.file) });
      expect(rendered[i]!.html).toBe(code);
      expect(rendered[i]!.metadata).toEqual({ ...metadata, imagePaths: [] });
    }
    // Japanese bodies link to the Japanese page and cite "出典 n".
    expect(rendered[1]!.html).toContain('href="/ja/agreements/sosa/"');
    expect(rendered[1]!.html).toContain('出典 1');
    expect(rendered[0]!.html).toContain('<h2 id="part-0">');
  });

  test('a body that cannot render rejects its batch with the reason, and the pool recovers', async () => {
    const bad = renderOnWorkers([{ body: 'See [[nowhere]].', file: '/site/content/events/x.md' }], setup)[0]!;
    await expect(bad).rejects.toThrow(/\[\[nowhere\]\] links to an entry that does not exist/);
    const good = renderOnWorkers([{ body: 'Fine.', file: '/site/content/events/y.md' }], setup)[0]!;
    expect((await good)[0]!.html).toBe('<p>Fine.</p>');
  });
});
