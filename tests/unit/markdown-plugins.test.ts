import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { markdownPlugins } from '../../src/plugins/markdown';
import { inspectBody, isSafeHref } from '../../src/lib/markdown/body';

const entries = new Map([
  ['sosa', { title: 'Security of Supply Arrangement', url: '/agreements/sosa/' }],
  ['rdte-mou', { title: 'RDT&E MOU', url: '/agreements/rdte-mou/' }],
]);

async function render(markdown: string, sources?: number) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(entries);
  const processor = unified().use(remarkParse);
  for (const [plugin, options] of remarkPlugins.map((p) => (Array.isArray(p) ? p : [p, undefined]))) processor.use(plugin as never, options);
  processor.use(remarkRehype);
  for (const [plugin, options] of rehypePlugins.map((p) => (Array.isArray(p) ? p : [p, undefined]))) processor.use(plugin as never, options);
  processor.use(rehypeStringify);
  const file = new VFile({ path: 'content/events/x.md', value: markdown });
  if (sources !== undefined) file.data = { astro: { frontmatter: { sources: Array.from({ length: sources }) } } };
  return String(await processor.process(file));
}

describe('entry links', () => {
  test('[[id]] renders the target title and its permalink', async () => {
    expect(await render('See [[sosa]].')).toContain('<a href="/agreements/sosa/" class="entry-link">Security of Supply Arrangement</a>');
  });

  test('[[id|text]] keeps the chosen text, and escapes titles', async () => {
    const html = await render('Under [[rdte-mou|the memorandum]] and [[rdte-mou]].');
    expect(html).toContain('>the memorandum</a>');
    expect(html).toContain('>RDT&#x26;E MOU</a>');
  });

  test('an unknown id fails, naming the file and the id', async () => {
    await expect(render('See [[sosaa]].')).rejects.toThrow('content/events/x.md: [[sosaa]] links to an entry that does not exist');
  });
});

describe('citations', () => {
  test('[@1, 2] becomes superscript links to the numbered sources', async () => {
    const html = await render('A fact.[@1, 2]', 2);
    expect(html).toContain('<sup class="citations">[<a href="#source-1" class="citation" aria-label="Source 1">1</a>,<a href="#source-2"');
  });

  test('a number past the sources list fails', async () => {
    await expect(render('A fact.[@3]', 2)).rejects.toThrow('[@3] cites a source the entry does not list');
  });
});

describe('heading anchors', () => {
  test('every heading gets an id and a visible, labelled anchor link', async () => {
    const html = await render('## What it is\n\n### Who does what');
    expect(html).toContain('<h2 id="what-it-is">What it is<a class="heading-anchor" aria-label="Link to section “What it is”" href="#what-it-is">#</a></h2>');
    expect(html).toContain('<h3 id="who-does-what">');
  });
});

describe('body inspection', () => {
  test('finds links, citations and unsafe markup with their lines', () => {
    const facts = inspectBody('Intro [[sosa]].[@2]\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))', 10);
    expect(facts.links).toEqual([{ id: 'sosa', line: 10 }]);
    expect(facts.citations).toEqual([{ n: 2, line: 10 }]);
    expect(facts.problems.map((p) => p.line)).toEqual([12, 14]);
  });

  test.each([
    ['https://www.mod.go.jp/', true],
    ['/agreements/sosa/', true],
    ['#source-1', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,hi', false],
    ['//evil.example', false],
  ])('isSafeHref(%s) is %s', (href, safe) => expect(isSafeHref(href)).toBe(safe));
});
