import { cpSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixture, replace } from '../helpers/fixture';
import { runScript } from '../helpers/build';
import { watchErrors } from '../helpers/browser';
import { useSite } from '../helpers/site';

const OUT = 'tests/.tmp/hostile-dist';
const site = useSite(OUT, () => {
  const dir = fixture('hostile-content');
  cpSync('tests/fixtures/hostile/events/hostile.md', `${dir}/events/hostile.md`);
  const build = runScript('scripts/build.ts', dir, OUT);
  if (build.status !== 0) throw new Error(build.output);
});

describe('hostile content that validation lets through (HTML in frontmatter, code, text)', () => {
  test('reaches the reader as text: nothing executes, nothing is lost', async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.origin}/events/hostile/`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    expect(await page.textContent('h1')).toBe("<script>window.__pwned = 'title'</script> Hostile <b>title</b> & more");
    expect(await page.textContent('.lead')).toBe(`A summary with <img src=x onerror="window.__pwned='summary'"> markup and a "javascript:alert(1)" string that must stay text.`);
    expect(await page.textContent('.prose')).toContain("<script>window.__pwned = 'code'</script>");
    expect(await page.textContent('.prose')).toContain('1 < 2 > 0 & "quotes"');
    expect(await page.textContent('#source-1')).toContain("<a href=\"javascript:window.__pwned='source'\">Source title</a>");
    expect(await page.textContent('#source-1')).toContain("Publisher </script><script>window.__pwned='publisher'</script>");
    expect(await page.textContent('.facts')).toContain(`<img src=x onerror="window.__pwned='location'">`);
    expect(await page.$$('.entry img, .entry b, .entry script:not([type])')).toHaveLength(0);
  });

  test('the JSON-LD, the feed and the data files keep the text without letting it out of its context', async () => {
    const html = readFileSync(`${OUT}/events/hostile/index.html`, 'utf8');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toMatch(/<\/?script/i);
    expect(JSON.parse(ld).name).toBe("<script>window.__pwned = 'title'</script> Hostile <b>title</b> & more");
    const feed = readFileSync(`${OUT}/feed.xml`, 'utf8');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;window.__pwned');
  });

  test('the search index and results show it as text too', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=hostile`);
    await page.waitForSelector('.search-result');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.$$('.search-results img, .search-results script, .search-results b')).toHaveLength(0);
  });
});

describe('hostile content that validation refuses', () => {
  test.each([
    ['raw HTML in the body', (t: string) => `${t}\n<img src=x onerror=alert(1)>\n`, /raw HTML is not allowed/],
    ['a javascript: link in the body', (t: string) => `${t}\n[x](javascript:alert(1))\n`, /"javascript:alert\(1\)" is not allowed/],
    ['a javascript: source URL', replace('url: https://www.pacom.mil', 'url: javascript:alert(1)//www.pacom.mil'), /absolute http\(s\) URL/],
  ])('%s fails the build with the file, field and fix', (_name, edit, message) => {
    const dir = fixture(`hostile-refused-${_name.replace(/\W+/g, '-')}`, { 'events/signing.md': edit });
    const result = runScript('scripts/build.ts', dir, 'tests/.tmp/hostile-never');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('events/signing.md');
    expect(result.output).toMatch(message);
  });
});
