/**
 * What residents use, in Chromium: the offer finder (search, filters in the URL, an offer, its
 * calendar file, English, 320 px, keyboard) with axe-core reporting no WCAG 2.1 AA violation at all,
 * and the widget on a page of another origin.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import { nowMs } from '../../shared/time/clock.ts';

const ui = useAdminUi('finder');

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('the offer finder', { timeout: 120000 }, () => {
  it('searches, filters, opens an offer, downloads its calendar, and goes back, with no axe violation', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ui.base}/angebote/`);
    await page.getByRole('heading', { level: 2, name: /Angebote gefunden/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'finder-start.png'), fullPage: true });
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel('Suchbegriff').fill('Elterncafé');
    await page.getByLabel('Sozialraum').selectOption({ label: 'Hammer Norden' });
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/q=Elterncaf%C3%A9.*socialSpaceId=norden|socialSpaceId=norden.*q=Elterncaf%C3%A9/);
    const result = page.locator('.result h3 a').first();
    await result.waitFor();
    const titles = await page.locator('.result h3 a').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^Elterncafé /);
    await expect.poll(() => page.locator('.result .next').first().innerText()).toMatch(/^Nächster Termin: \w{2}\., \d{1,2}\. \w+\.?, \d{2}:\d{2}–\d{2}:\d{2} Uhr$/);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'finder-results.png'), fullPage: true });

    await result.click();
    await page.getByRole('heading', { level: 2, name: titles[0] }).waitFor();
    expect(page.url()).toContain('angebot=');
    await page.getByText(/^Zuletzt geprüft am \d{1,2}\.\d{1,2}\.\d{4}\.$/).waitFor();
    await page.getByText(/^jeden Dienstag, 09:00–11:00 Uhr$/).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'finder-offer.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'In meinen Kalender' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain(`SUMMARY:${titles[0]}`);

    // The back button returns to the filtered list: the filters live in the URL.
    await page.goBack();
    await page.locator('.result h3 a').first().waitFor();
    expect(await page.getByLabel('Suchbegriff').inputValue()).toBe('Elterncafé');
    await context.close();
  });

  it('says plainly when an offer may be out of date, and shows the accessibility statement', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    // The seed has offers not reviewed for over a year (offer-001 is reviewed 200–400 days ago: find one).
    const { entities } = await import('../../shared/entities.ts');
    const offers = await ui.stack.repo.listAll<any>(entities.offer);
    const old = offers.find((o) => o.status === 'published' && nowMs() - Date.parse(o.reviewedAt) > 366 * 86400000 && (!o.validUntil || o.validUntil > '2026-12-31'))!;
    await page.goto(`${ui.base}/angebote/?angebot=${old.id}`);
    await page.getByText(/seit über einem Jahr nicht geprüft/).waitFor();
    await page.goto(`${ui.base}/angebote/?seite=barrierefreiheit`);
    await page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('works by keyboard with visible focus, at 320 px, and in English', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${ui.base}/angebote/`);
    await page.getByRole('heading', { level: 2, name: /Angebote gefunden/ }).waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'f-q');
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.type('Sprachcafé');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Sprachcaf/);
    await page.locator('.result').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'finder-320.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sprache wählen' }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find offers – Stadtteilarbeit Hamm' }).waitFor();
    // The page's language follows its texts (set once they are rendered): wait for it, as a screen reader would.
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(page.url()).toMatch(/lang=en/);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe('the widget', { timeout: 60000 }, () => {
  it('renders current offers inside a shadow DOM on a page of another origin', async () => {
    const page = `<!doctype html><html lang="de"><head><title>Grundschule am Park</title></head><body><h1>Grundschule am Park</h1>
      <script src="${ui.base}/angebote/widget.js" data-social-space="norden" data-theme="Bildung" data-limit="3"></script></body></html>`;
    const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const other = `http://127.0.0.1:${(server.address() as any).port}/`;
    expect(new URL(other).origin).not.toBe(new URL(ui.base).origin);
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const tab = await context.newPage();
    await tab.goto(other);
    const links = tab.locator('.hamm-angebote li a');
    await links.first().waitFor();
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(3);
    expect(await links.first().getAttribute('href')).toMatch(new RegExp(`^${ui.base}/angebote/\\?angebot=`));
    // Inside a shadow root: the page's own document does not contain the list.
    expect(await tab.evaluate(() => document.querySelectorAll('li').length)).toBe(0);
    await tab.screenshot({ path: path.join(SHOTS, 'widget-other-origin.png') });
    await context.close();
    server.close();
  });
});
