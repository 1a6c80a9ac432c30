/**
 * Whether a build is one that will be published, and what it still lacks. A build for deploy is one
 * with TRACKER_DEPLOY=1, or one run by a host that publishes what it builds (Netlify sets NETLIFY=true,
 * Cloudflare Pages sets CF_PAGES=1). CI=true or GITHUB_ACTIONS alone never make one: CI runs the
 * tests, which build without a site URL. TRACKER_DEPLOY=0 turns the check off.
 */
export function isDeployBuild(env: Record<string, string | undefined>): boolean {
  if (env.TRACKER_DEPLOY !== undefined && env.TRACKER_DEPLOY !== '') return env.TRACKER_DEPLOY !== '0' && env.TRACKER_DEPLOY !== 'false';
  return env.NETLIFY === 'true' || env.CF_PAGES === '1';
}

/** Hosts that are placeholders, never a published site's. */
const PLACEHOLDER = /(^|\.)(example\.(org|com|net)|localhost)$/;

/** Why this build must not be published, or undefined when it may be (or is not a build for deploy). */
export function deployProblem(env: Record<string, string | undefined>): string | undefined {
  if (!isDeployBuild(env)) return undefined;
  const value = env.TRACKER_SITE_URL?.trim();
  const fix = 'Set TRACKER_SITE_URL to the origin the site is served from, e.g. TRACKER_SITE_URL=https://<your domain> (see "Deploy" in README.md).';
  if (!value) return `TRACKER_SITE_URL is not set, so every canonical link, feed and citation would point to the placeholder example.org. ${fix}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `TRACKER_SITE_URL "${value}" is not an absolute URL. ${fix}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `TRACKER_SITE_URL "${value}" must start with https://. ${fix}`;
  if (PLACEHOLDER.test(url.hostname)) return `TRACKER_SITE_URL "${value}" is a placeholder host, not the published site's. ${fix}`;
  if (url.pathname !== '/' || url.search || url.hash) {
    return `TRACKER_SITE_URL "${value}" has a path: the tracker's links are absolute from the root, so it must be served at the root of its origin (a custom domain, or a <owner>.github.io repository). ${fix}`;
  }
  const repo = env.TRACKER_REPO_URL?.trim();
  if (repo && !/^https?:\/\/[^/]+\/.+/.test(repo)) return `TRACKER_REPO_URL "${repo}" is not a repository URL such as https://github.com/owner/name.`;
  return undefined;
}
