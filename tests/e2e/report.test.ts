/**
 * The report e-mail's HTML rendered in headless Chromium: all 9 social spaces appear, and a
 * screenshot is kept for a human look (tests/e2e/screenshots/report.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { computeReport } from '../../functions/reports/compute.ts';
import { renderHtml } from '../../functions/reports/render.ts';
import { ROOT } from '../../infra/local/stack.ts';
import { allSeedItems, applySeed } from '../../shared/seed/seed.ts';
import { launchChromium } from '../support/browser.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { freshTable } from '../support/db.ts';

let browser: Browser;
let html: string;

beforeAll(async () => {
  const t = await freshTable(() => SEED_TODAY);
  await applySeed(t.repo, allSeedItems(SEED_TODAY));
  html = renderHtml(await computeReport(t.repo, '2026-10', SEED_TODAY));
  browser = await launchChromium();
}, 120000);
afterAll(() => browser?.close());

describe('report e-mail in a browser', () => {
  it('shows all 9 social spaces and renders without scripts', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
    await page.setContent(html);
    const text = await page.innerText('body');
    for (const name of ['Mitte', 'Hammer Norden', 'Hammer Westen', 'Uentrop', 'Rhynern', 'Pelkum', 'Herringen', 'Bockum-Hövel', 'Heessen'])
      expect(text).toContain(name);
    expect(await page.locator('h3').count()).toBe(9);
    expect(text).toContain('Zielbericht Oktober 2026');
    mkdirSync(path.join(ROOT, 'tests', 'e2e', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'tests', 'e2e', 'screenshots', 'report.png'), fullPage: true });
  });
});
