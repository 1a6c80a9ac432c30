import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deployProblem, isDeployBuild } from '../../src/lib/publish/deploy';
import { headersFile, parseHeadersFile, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/publish/headers';
import { suggestCorrectionUrl, CORRECTIONS_ANCHOR } from '../../src/lib/site/correction-link';

describe('a build for deploy', () => {
  test('is asked for explicitly or by a publishing host, never by CI alone', () => {
    expect(isDeployBuild({ CI: 'true', GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(isDeployBuild({ TRACKER_DEPLOY: '1' })).toBe(true);
    expect(isDeployBuild({ NETLIFY: 'true' })).toBe(true);
    expect(isDeployBuild({ CF_PAGES: '1' })).toBe(true);
    expect(isDeployBuild({ CF_PAGES: '1', TRACKER_DEPLOY: '0' })).toBe(false);
  });

  test('needs the real site URL, at the root of its origin', () => {
    expect(deployProblem({ CI: 'true' })).toBeUndefined();
    expect(deployProblem({ TRACKER_DEPLOY: '1' })).toMatch(/TRACKER_SITE_URL is not set.*example\.org.*Set TRACKER_SITE_URL/);
    expect(deployProblem({ TRACKER_DEPLOY: '1', TRACKER_SITE_URL: 'tracker.jp' })).toMatch(/not an absolute URL/);
    expect(deployProblem({ TRACKER_DEPLOY: '1', TRACKER_SITE_URL: 'https://japan-us-defense-tracker.example.org' })).toMatch(/placeholder/);
    expect(deployProblem({ TRACKER_DEPLOY: '1', TRACKER_SITE_URL: 'https://owner.github.io/tracker' })).toMatch(/root of its origin/);
    expect(deployProblem({ TRACKER_DEPLOY: '1', TRACKER_SITE_URL: 'https://owner.github.io/' })).toBeUndefined();
    expect(deployProblem({ NETLIFY: 'true', TRACKER_SITE_URL: 'https://tracker.test', TRACKER_REPO_URL: 'github.com/o/r' })).toMatch(/TRACKER_REPO_URL/);
  });
});

describe('_headers', () => {
  const text = headersFile({
    top: ['404.html', '_astro/', 'agreements/', 'feed.xml', 'index.html', 'pagefind/'],
    pagefind: ['filter/', 'fragment/', 'index/', 'pagefind-entry.json', 'pagefind.en_e792f8ef69.pf_meta', 'pagefind.js', 'wasm.en.pagefind'],
    pagefindFolders: { 'filter/': ['en_32ff5ac.pf_filter'], 'fragment/': ['en_1644f15.pf_fragment'], 'index/': ['en_9966d8b.pf_index'] },
  });
  const rules = parseHeadersFile(text);

  test('puts the security headers on every path', () => {
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
    expect(rules.get('/*')!['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  test('caches hashed files for a year and everything else briefly, with no path under two Cache-Control rules', () => {
    const cache = (path: string) => rules.get(path)?.['Cache-Control'];
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/pagefind.en_e792f8ef69.pf_meta']) expect(cache(path), path).toBe(IMMUTABLE);
    for (const path of ['/', '/agreements/*', '/404.html', '/feed.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) expect(cache(path), path).toBe(REVALIDATE);
    expect(rules.has('/pagefind/*')).toBe(false);
    const cached = [...rules].filter(([, h]) => h['Cache-Control']).map(([p]) => p);
    const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);
    for (const path of ['/', '/agreements/sosa/', '/_astro/x.css', '/pagefind/pagefind.js', '/pagefind/fragment/en_1.pf_fragment']) {
      expect(cached.filter((rule) => rule !== '/*' && matches(rule, path)), path).toHaveLength(1);
    }
  });
});

describe('the README’s nginx snippet', () => {
  test('sends the same security headers as _headers', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`add_header ${name} "${value}" always;`);
    expect(readme).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(readme).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
  });
});

describe('suggest a correction', () => {
  test('opens the correction form on the repository with the title and permalink filled in', () => {
    const url = new URL(suggestCorrectionUrl('https://github.com/o/r/', 'https://tracker.test/agreements/sosa/', 'Correction: Security of Supply Arrangement'));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Correction: Security of Supply Arrangement',
      permalink: 'https://tracker.test/agreements/sosa/',
    });
  });

  test('without a repository, points to the About page’s corrections section', () => {
    expect(suggestCorrectionUrl(undefined, 'https://tracker.test/agreements/sosa/', 'x')).toBe(CORRECTIONS_ANCHOR);
    expect(CORRECTIONS_ANCHOR).toBe('/about/#corrections');
  });
});
