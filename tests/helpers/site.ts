import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic } from './server';

/**
 * For a browser test file: serves a built site on 127.0.0.1 and launches Chromium once for the file,
 * closing both afterwards. Read `site.origin` and `site.browser` inside tests.
 */
export function useSite(dir = 'dist', before?: () => void) {
  const site = { origin: '', browser: undefined as unknown as Browser };
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    before?.();
    server = await serveStatic(dir);
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
