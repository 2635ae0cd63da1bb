/**
 * The quarter in public (issue 33), in Chromium at 360 px on the seeded demo: a resident types their
 * address into the finder and lands on their quarter's page, sees whether the centre is open, the
 * contact persons with their consultation hours and a published result with a suppressed value,
 * downloads the result as CSV; axe finds no serious or critical violation on any of the new pages.
 * A clerk opens the district report for a council's next session, kept as a print-view screenshot.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';

const ui = useAdminUi('quarter-page');

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** No horizontal scrolling at the viewport's width (WCAG 1.4.10 at 320–360 px). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the quarter in public', { timeout: 180000 }, () => {
  it('leads a resident from their address (house coordinates, then point-in-polygon) to their quarter\'s page, with centre, contacts and a suppressed result', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ui.base}/angebote/`);
    await page.getByRole('link', { name: 'Mein Stadtteil' }).click();
    await page.getByRole('textbox', { name: /Straße und Hausnummer/ }).fill('Nordstraße 12');
    expect(await seriousViolations(page)).toEqual([]);
    const [located] = await Promise.all([page.waitForResponse(/\/public\/locate/), page.getByRole('button', { name: 'Stadtteil finden' }).click()]);
    // Found by the house's coordinates, not by the street list alone.
    expect((await located.json()).matches).toEqual([expect.objectContaining({ quarterId: 'hamm-norden', houseNumber: '12' })]);
    await page.waitForURL(/seite=quartier&id=hamm-norden/);
    await page.getByRole('heading', { level: 2, name: /Hamm-Norden/ }).waitFor();

    // The centre: open or closed now, in words (the seed's day is a Sunday: closed, and when it opens next).
    const centres = page.locator('section', { has: page.getByRole('heading', { name: 'Stadtteilzentren und Treffpunkte' }) }).first();
    await expect.poll(() => centres.innerText()).toMatch(/geschlossen|geöffnet/i);
    // The contact persons who consented, with their consultation hours; nobody else.
    const contacts = page.locator('section', { has: page.getByRole('heading', { name: 'Ansprechpersonen' }) });
    await contacts.getByText('Nora Norden').waitFor();
    expect(await contacts.innerText()).toMatch(/Dienstag/);
    expect(await page.locator('main').innerText()).not.toContain('Lena Leitung');
    // A published result whose small values are not shown.
    const results = page.locator('section', { has: page.getByRole('heading', { name: 'Ergebnisse' }) });
    await results.getByText(/weniger als 5/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'quarter-page.png'), fullPage: true });

    // The result's figures as CSV, suppressed the same way.
    const suppressed = results.locator('section.result-card', { hasText: 'weniger als 5' }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), suppressed.getByRole('link', { name: /CSV/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toMatch(/^Zeitraum;Wert;Hinweis/);
    expect(csv).toContain('weniger als 5');

    // The social space's page and a centre's page.
    await page.goto(`${ui.base}/angebote/?seite=sozialraum&id=norden`);
    await page.getByRole('heading', { level: 2, name: /Hammer Norden/ }).waitFor();
    await page.getByText('Stärken und Chancen').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.goto(`${ui.base}/angebote/?seite=zentrum&id=stz-norden`);
    await page.getByRole('heading', { level: 2, name: /Stadtteilzentrum Hammer Norden/ }).waitFor();
    await page.getByText(/Betriebsferien/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'centre-page.png'), fullPage: true });
    await context.close();
  });

  it('speaks Turkish where staff translated their texts, and marks what stays German', async () => {
    const context = await ui.browser.newContext({ locale: 'tr-TR', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${ui.base}/angebote/?seite=sozialraum&id=norden&lang=tr`);
    // The seed translated the introduction: shown in the page's language, no lang attribute of its own.
    const intro = page.locator('.area-intro p').first();
    await expect.poll(() => intro.innerText()).toContain('Lippe nehri');
    expect(await intro.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('tr');
    // The strengths are German only: marked as German for screen readers, and said so.
    const strengths = page.getByText(/Im Norden kennt man sich/);
    expect(await strengths.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('de');
    await page.locator('.lang-note').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${ui.base}/angebote/?seite=zentrum&id=stz-norden&lang=tr`);
    await page.getByText('Okul tatillerinde cuma günleri kapalı.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints the district report for a council\'s next session', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await ui.signIn(context, 'admin@hamm.example');
    await page.goto(`${ui.base}/#/councils/bv-mitte/show`);
    const [report] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Bericht zur nächsten Sitzung/ }).click()]);
    await report.getByRole('heading', { level: 1, name: /Bericht für die Bezirksvertretung Hamm-Mitte, Sitzung am/ }).waitFor();
    await report.emulateMedia({ media: 'print' });
    expect(await seriousViolations(report)).toEqual([]);
    await report.screenshot({ path: path.join(SHOTS, 'district-report-print.png'), fullPage: true });
    await context.close();
  });
});
