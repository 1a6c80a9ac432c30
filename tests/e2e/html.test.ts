import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlFiles, pathOf } from '../helpers/dist';

const files = htmlFiles('dist');
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('built HTML', () => {
  test('there are pages to check', () => expect(files.length).toBeGreaterThan(50));

  test.each(files)('%s is valid HTML', async (file) => {
    const report = await validator.validateString(readFileSync(join('dist', file), 'utf8'), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  test.each(files)('%s carries a Content Security Policy without unsafe-inline scripts, and the page basics', (file) => {
    const html = readFileSync(join('dist', file), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
    expect(html).toMatch(file.startsWith('ja/') ? /<html lang="ja"/ : /<html lang="en"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).not.toMatch(/<img(?![^>]*\salt=)[^>]*>/);
    // No third-party requests: every script, stylesheet and image comes from this site.
    expect(html).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*href="(?:https?:)?\/\//);
  });

  test('no page links to a path or fragment that does not exist', () => {
    const ids = new Map(files.map((f) => [pathOf(f), new Set([...readFileSync(join('dist', f), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(join('dist', file), 'utf8');
      for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = attr!.replaceAll('&#38;', '&').replaceAll('&amp;', '&');
        if (/^[a-z]+:/i.test(target) || target.startsWith('//')) continue;
        const url = new URL(target, `http://site${pathOf(file)}`);
        const path = decodeURIComponent(url.pathname);
        const onDisk = path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path);
        if (!existsSync(onDisk)) broken.push(`${file} → ${target}`);
        else if (url.hash && path.endsWith('/') && !ids.get(path)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file} → ${target} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
