import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { GOOD, fixture } from '../helpers/fixture';
import { runScript } from '../helpers/build';

const OUT = 'tests/.tmp/i18n-dist';
const page = (path: string) => readFileSync(`${OUT}${path}index.html`, 'utf8');

describe('the Japanese edition of the good fixture', () => {
  let build: ReturnType<typeof runScript>;
  beforeAll(() => {
    build = runScript('scripts/build.ts', GOOD, OUT);
  });

  test('builds, warning about the outdated and missing translations without failing', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('; 4 Japanese translations');
    expect(build.output).toMatch(/4 warnings \(missing or outdated translations\)/);
  });

  test('a translated entry is in Japanese, its body links to the Japanese pages with Japanese names', () => {
    const html = page('/ja/agreements/sosa/');
    expect(html).toMatch(/<html lang="ja"/);
    expect(html).toContain('<a href="/ja/events/signing/" class="entry-link">署名式</a>');
    expect(html).toContain('<a href="/ja/events/signing/" class="entry-link">署名式</a>へのリンク');
    expect(html).toMatch(/<h3 id="[^"]+">より深い見出し<a class="heading-anchor"/);
    expect(html).not.toContain('translation-notice');
    // The status without a Japanese note has no English one to fall back on either.
    expect(html).toMatch(/<li><time datetime="2023-01-12"[^>]*>2023年1月12日<\/time> <span class="badge status-signed">/);
  });

  test('a translation older than its entry’s last review is flagged on the page', () => {
    const html = page('/ja/events/signing/');
    expect(html).toContain('translation-outdated');
    expect(html).toContain('この日本語訳の作成後に英語版が改めて確認されています');
    expect(html).toContain('<dd><div>ペンタゴン</div></dd>');
  });

  test('an entry without a translation shows its English text, marked as English, under a notice', () => {
    const html = page('/ja/events/month-only/');
    expect(html).toContain('translation-missing');
    expect(html).toMatch(/<h1[^>]*lang="en"[^>]*>An event known only to the month<\/h1>/);
    expect(html).toMatch(/<time datetime="2023-01"[^>]*>2023年1月<\/time>/);
    // An untranslated actor and topic fall back the same way; translated names are used everywhere else.
    expect(page('/ja/actors/us-dod/')).toContain('translation-missing');
    expect(page('/ja/topics/research-and-development/')).toContain('translation-missing');
    expect(page('/ja/topics/supply-chain-security/')).toContain('<h1>サプライチェーンの安全保障</h1>');
    expect(page('/ja/actors/')).toContain('<a href="/ja/actors/japan-mod/">防衛省</a>');
    expect(page('/ja/events/month-only/')).toMatch(/<div class="prose" lang="en">/);
  });

  test('citation metadata is in the language of the words shown: Japanese where translated, English where not', () => {
    const meta = (html: string, name: string) => new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`).exec(html)?.[1];
    const translated = page('/ja/agreements/sosa/');
    expect(meta(translated, 'citation_language')).toBe('ja');
    expect(meta(translated, 'DC.language')).toBe('ja');
    expect(meta(translated, 'citation_publisher')).toBe('日米防衛産業協力トラッカー');
    const untranslated = page('/ja/events/month-only/');
    expect(meta(untranslated, 'citation_title')).toBe('An event known only to the month');
    expect(meta(untranslated, 'citation_language')).toBe('en');
    expect(meta(untranslated, 'DC.identifier')).toMatch(/\/ja\/events\/month-only\/$/);
  });

  test('the English pages are unchanged by the translations', () => {
    const html = page('/agreements/sosa/');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<a href="/events/signing/" class="entry-link">signing ceremony</a>');
  });
});

describe('a content folder with no Japanese edition at all', () => {
  test('still builds every Japanese page, in English under the notice', () => {
    const dir = fixture('i18n-none', { 'ja/agreements/sosa.md': () => null, 'ja/events/signing.md': () => null, 'ja/actors/japan-mod.md': () => null, 'ja/topics.yaml': () => null });
    const result = runScript('scripts/build.ts', dir, 'tests/.tmp/i18n-none-dist');
    expect(result.status, result.output).toBe(0);
    const html = readFileSync('tests/.tmp/i18n-none-dist/ja/agreements/sosa/index.html', 'utf8');
    expect(html).toContain('translation-missing');
    expect(html).toContain('<a href="/ja/events/signing/" class="entry-link">signing ceremony</a>');
  });
});
