/**
 * The `_headers` file for Netlify and Cloudflare Pages, written into the built site. It carries what a
 * `<meta>` Content Security Policy cannot (frame-ancestors) and the caching each kind of file needs.
 *
 * Both hosts apply every rule whose path matches, and Cloudflare joins two values of one header with a
 * comma, so no path may match two rules that set Cache-Control. The security headers go on `/*`; the
 * caching rules name the top-level folders and files of the build one by one, which never overlap.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Files whose names carry a hash of their content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, feeds, data, Pagefind's entry files): the browser checks back every time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Pagefind names its index, fragments, filters and metadata by a hash of their content. */
export const PAGEFIND_HASHED = /_[0-9a-f]{7,}\.pf_(meta|index|fragment|filter)$/;

export interface SiteListing {
  /** Top-level names in the built site: folders end in "/". */
  top: string[];
  /** Names directly in pagefind/ (folders end in "/"), and the files of each pagefind subfolder. */
  pagefind: string[];
  pagefindFolders: Record<string, string[]>;
}

export function headersFile(site: SiteListing): string {
  const rules: [string, Record<string, string>][] = [['/*', { ...SECURITY_HEADERS }]];
  const cache = (path: string, value: string) => rules.push([path, { 'Cache-Control': value }]);
  cache('/', REVALIDATE);
  for (const name of site.top) {
    if (name === '_headers' || name === 'index.html' || name === 'pagefind/') continue;
    if (name === '_astro/') cache('/_astro/*', IMMUTABLE);
    else cache(name.endsWith('/') ? `/${name}*` : `/${name}`, REVALIDATE);
  }
  for (const name of site.pagefind) {
    if (name.endsWith('/')) {
      const files = site.pagefindFolders[name] ?? [];
      if (files.every((f) => PAGEFIND_HASHED.test(f))) cache(`/pagefind/${name}*`, IMMUTABLE);
      else for (const f of files) cache(`/pagefind/${name}${f}`, PAGEFIND_HASHED.test(f) ? IMMUTABLE : REVALIDATE);
    } else {
      cache(`/pagefind/${name}`, PAGEFIND_HASHED.test(name) ? IMMUTABLE : REVALIDATE);
    }
  }
  const lines = [
    '# Written by scripts/build.ts (src/lib/publish/headers.ts) for Netlify and Cloudflare Pages; see "Deploy" in README.md.',
    ...rules.flatMap(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)]),
  ];
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file: path → headers, in order. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
