import { test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
test('screenshot', async () => {
  const site = await serveStatic();
  const b = await launchBrowser();
  const p = await b.newPage({ viewport: { width: 1100, height: 1600 } });
  for (const [path, name] of [['/', 'home'], ['/agreements/gcd-project-arrangement/', 'gcd']]) {
    await p.goto(site.origin + path);
    await p.screenshot({ path: `/tmp/${name}.png` });
  }
  await b.close(); await site.close();
});
