/**
 * The report e-mail's HTML rendered in headless Chromium at 640 px, as narrow mail clients show it:
 * all 9 social spaces appear, nothing is wider than the window, and screenshots are kept for a
 * human look (tests/e2e/screenshots/report.png, reminder.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { computeReport } from '../../functions/reports/compute.ts';
import { renderHtml } from '../../functions/reports/render.ts';
import { renderDigest } from '../../functions/reports/reminderMail.ts';
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
  it('shows all 9 social spaces within 640 px and renders without scripts', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 1200 }, javaScriptEnabled: false });
    await page.setContent(html);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    const text = await page.innerText('body');
    for (const name of ['Mitte', 'Hammer Norden', 'Hammer Westen', 'Uentrop', 'Rhynern', 'Pelkum', 'Herringen', 'Bockum-Hövel', 'Heessen'])
      expect(text).toContain(name);
    expect(await page.locator('h3').count()).toBe(9);
    expect(text).toContain('Zielbericht Oktober 2026');
    mkdirSync(path.join(ROOT, 'tests', 'e2e', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'tests', 'e2e', 'screenshots', 'report.png'), fullPage: true });
  });

  it('renders a reminder digest within 640 px, each stale offer with its link', async () => {
    const mail = renderDigest(
      {
        recipient: 'user:u-quartier-norden', email: 'quartier.norden@hamm.example', name: 'Nora Norden',
        items: {
          'missing-values': [{ text: 'Besuche von Kultur- und Bildungsangeboten – Hammer Norden (2026-11)' }],
          'stale-offers': [{ text: 'Elterncafé im Stadtteilbüro (Hammer Norden)', since: '2026-03-02T09:00:00Z', link: 'http://localhost:3000/v1/offer-confirmations/abc.def' }],
          agreements: [{ text: 'Flyer für das Sommerfest drucken – Stadtteilkonferenz Hammer Norden, Sitzung vom 4. November 2026', since: '2026-11-30' }],
          reviews: [{ text: 'Jahresabschluss des Arbeitsplans 2026 – Hammer Norden' }],
        },
      },
      '2026-11',
    );
    const page = await browser.newPage({ viewport: { width: 640, height: 900 }, javaScriptEnabled: false });
    await page.setContent(mail.html);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await page.getByRole('link', { name: 'Noch aktuell? Hier bestätigen' }).getAttribute('href')).toBe('http://localhost:3000/v1/offer-confirmations/abc.def');
    expect(await page.innerText('body')).toContain('am 1. Dezember 2026 geht der Zielbericht für November 2026 hinaus');
    await page.screenshot({ path: path.join(ROOT, 'tests', 'e2e', 'screenshots', 'reminder.png'), fullPage: true });
  });
});
