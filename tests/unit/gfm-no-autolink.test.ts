import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownProcessor } from '../../src/plugins/markdown';
import { MAY_AUTOLINK } from '../../src/plugins/remark-gfm-no-autolink';

const entries = new Map([['sosa', { title: 'Security of Supply Arrangement', url: '/agreements/sosa/' }]]);
const localized = { root: join(process.cwd(), 'content/ja'), entries: new Map([['sosa', { title: '供給取決め', url: '/ja/agreements/sosa/' }]]), sourceLabel: '出典 {n}' };
const options = { syntaxHighlight: false, gfm: true, smartypants: false, remarkRehype: {}, image: { domains: [], remotePatterns: [] } };
const full = await markdownProcessor(entries, localized).createRenderer(options as never);
const fast = await markdownProcessor(entries, localized, { literalAutolinks: false }).createRenderer(options as never);
const both = async (body: string, file = join(process.cwd(), 'content/events/x.md')) => {
  const at = { frontmatter: {}, fileURL: pathToFileURL(file) };
  return [(await full.render(body, at)).code, (await fast.render(body, at)).code];
};

describe('GFM without the literal-autolink syntax', () => {
  test('MAY_AUTOLINK finds every kind of literal autolink, and not citations', () => {
    for (const text of ['see www.mod.go.jp', 'https://x.org', 'HTTP://X.ORG', 'mail info@mod.go.jp', 'mailto:a@b.c', 'xmpp:a@b.c']) expect(MAY_AUTOLINK.test(text), text).toBe(true);
    for (const text of ['Cited.[@1] and [@2, 3]', 'See [[sosa]].', '| a | b |']) expect(MAY_AUTOLINK.test(text), text).toBe(false);
  });

  test('renders tables, strikethrough, footnotes and task lists as remark-gfm does', async () => {
    const body = '## Terms\n\n| a | b |\n| :- | -: |\n| ~~x~~ | [[sosa]] |\n\nText[^n].[@1]\n\n[^n]: A note.\n\n- [x] done\n- [ ] open\n';
    const [a, b] = await both(body);
    expect(b).toBe(a);
    expect(a).toContain('<table>');
    expect(a).toContain('<del>x</del>');
    expect(a).toContain('data-footnotes');
    expect(a).toContain('type="checkbox"');
  });

  test('gives the same HTML as the full pipeline for every body of the real content without a possible autolink', async () => {
    let compared = 0;
    for (const dir of ['content/agreements', 'content/events', 'content/actors', 'content/ja/agreements', 'content/ja/events', 'content/ja/actors']) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const file = join(process.cwd(), dir, name);
        const { content } = parseFrontmatter(readFileSync(file, 'utf8'));
        if (MAY_AUTOLINK.test(content)) continue;
        const [a, b] = await both(content.replace(/\[\[[^\]|]+/g, '[[sosa'), file);
        expect(b, file).toBe(a);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});
