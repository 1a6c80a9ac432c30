import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)))
    .sort();
}

/** The URL path a built HTML file is served at. */
export function pathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}
