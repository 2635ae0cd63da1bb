import path from 'node:path';
import { freePort } from '../infra/local/ports.ts';
import { ROOT, startStack } from '../infra/local/stack.ts';
import { launchChromium } from './support/browser.ts';
const stack = await startStack({ ports: { api: await freePort(), dynamo: await freePort(), cognito: await freePort() }, tableName: 'probe', seed: true, staticDir: path.join(ROOT, 'admin', 'dist') });
const base = stack.apiUrl.replace(/\/v1$/, '');
const browser = await launchChromium();
for (const url of [`${base}/`, `${base}/#/offers`, `${base}/#/login`]) {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => { (window as any).__push = 0; const o = history.pushState; history.pushState = function (...a: any[]) { (window as any).__push++; return o.apply(this, a as any); }; const r = history.replaceState; history.replaceState = function (...a: any[]) { (window as any).__push++; return r.apply(this, a as any); }; });
  const t = Date.now();
  await page.goto(url);
  await page.locator('input[name=username]').waitFor({ timeout: 30000 });
  console.log(url, Date.now() - t, 'ms', await page.evaluate(() => (window as any).__push), 'history calls', page.url());
}
await browser.close(); await stack.stop(); process.exit(0);
