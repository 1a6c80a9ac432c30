// Citing an entry: the <meta> tags a reference manager reads (checked the way Zotero's Embedded
// Metadata translator reads them), "Cite this" with CSL-JSON beside Chicago, APA and BibTeX, and the
// kind/type line that names a kind once.
import { afterEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site';
import { readEmbeddedMetadata, type ZoteroItem } from '../helpers/zotero-embedded';
import { checkContent } from '../../src/lib/content/check';

const site = useSite();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
const entries = new Map(checkContent('content').entries.map((e) => [e.id, e]));

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

/** What Zotero would save from the page (run in the page, as the translator is). */
const zoteroItem = (page: Page) => page.evaluate(`(${readEmbeddedMetadata.toString()})()`) as Promise<ZoteroItem>;

describe('saving an entry to a reference manager', () => {
  const sosa = entries.get('sosa')!;
  const reviewed = (sosa.data as { lastReviewed: { start: string } }).lastReviewed.start;

  test('English page: a web page with its title, date, publisher, website, language and URL', async () => {
    const page = await open('/agreements/sosa/');
    const item = await zoteroItem(page);
    expect(item).toEqual({
      itemType: 'webpage',
      title: 'Security of Supply Arrangement',
      date: reviewed.replaceAll('-', '/'),
      publisher: 'Japan–US Defense Industry Cooperation Tracker',
      websiteTitle: 'Japan–US Defense Industry Cooperation Tracker',
      language: 'en',
      url: await page.getAttribute('link[rel=canonical]', 'href'),
    });
    expect(new URL(item.url!).pathname).toBe('/agreements/sosa/');
    // Dublin Core says the same, for readers of DC alone.
    expect(await page.getAttribute('meta[name="DC.title"]', 'content')).toBe(item.title);
    expect(await page.getAttribute('meta[name="DC.date"]', 'content')).toBe(reviewed);
  });

  test('Japanese page: the same item in Japanese words, with the Japanese URL', async () => {
    const page = await open('/ja/agreements/sosa/');
    const item = await zoteroItem(page);
    expect(item).toMatchObject({
      itemType: 'webpage',
      title: await page.getAttribute('meta[property="og:title"]', 'content'),
      date: reviewed.replaceAll('-', '/'),
      publisher: '日米防衛産業協力トラッカー',
      websiteTitle: '日米防衛産業協力トラッカー',
      language: 'ja',
    });
    expect(item.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(new URL(item.url!).pathname).toBe('/ja/agreements/sosa/');
  });
});

describe('Cite this', () => {
  test('offers CSL-JSON beside Chicago, APA and BibTeX: one webpage item, the page’s title, URL and date', async () => {
    for (const [path, language] of [['/agreements/sosa/', 'en'], ['/ja/agreements/sosa/', 'ja']] as const) {
      const page = await open(path, false);
      const styles = await page.$$eval('pre[data-cite]', (els) => els.map((el) => el.getAttribute('data-cite')));
      expect(styles, path).toEqual(expect.arrayContaining(['chicago', 'apa', 'bibtex', 'csl-json']));
      const csl = JSON.parse((await page.textContent('pre[data-cite="csl-json"]'))!);
      const canonical = await page.getAttribute('link[rel=canonical]', 'href');
      expect(csl, path).toHaveLength(1);
      expect(csl[0], path).toMatchObject({ type: 'webpage', URL: canonical, language, title: await page.getAttribute('meta[name=citation_title]', 'content') });
      expect(csl[0].issued['date-parts'][0], path).toEqual((await page.getAttribute('meta[name="DC.date"]', 'content'))!.split('-').map(Number));
    }
  });

  test('the CSL-JSON copy button puts the JSON on the clipboard', async () => {
    const page = await open('/agreements/sosa/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.click('button[data-copy="csl-json"]');
    await expect.poll(() => page.textContent('[data-copy-status]')).toMatch(/CSL-JSON citation copied/);
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))[0].type).toBe('webpage');
  });
});

describe('the kind and type line', () => {
  test('an agreement of type “agreement” names its kind once, on its page and in the timeline', async () => {
    const page = await open('/agreements/mda-agreement-1954/');
    expect(await page.$$eval('.entry-header .record-meta .kind', (els) => els.map((el) => el.textContent))).toEqual(['Agreement']);
    const timeline = await open('/');
    expect(await timeline.textContent('.record[data-id="mda-agreement-1954"] .kind')).toBe('Agreement');
    expect(await timeline.textContent('.record[data-id="sosa"] .kind')).toBe('Agreement · Arrangement');
  });
});
