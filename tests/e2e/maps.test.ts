/**
 * Maps in Chromium: an admin imports a boundary file through the UI, places a new centre by
 * clicking the map and sees its quarter, social space and district assigned (and a warning for a
 * different stated space); screenshots of the admin's map and the finder's map, which loads Leaflet
 * only when asked for and keeps axe silent.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { entities } from '../../shared/entities.ts';
import { assign } from '../../shared/geo/areas.ts';
import { illustrativeBoundaries } from '../../shared/seed/boundaries.ts';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import type { Page } from 'playwright-core';
import { now } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';

const ui = useAdminUi('maps');

/** The boundary import's form (the address directory's import on the same page has its own „Quelle“). */
const boundaryForm = (page: Page) => page.locator('form', { has: page.getByLabel('GeoJSON-Datei (FeatureCollection)') });

describe('maps', { timeout: 150000 }, () => {
  it('imports a boundary file, then places a centre by clicking the map and gets its quarter assigned', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1100 } });
    const page = await ui.signIn(context, 'admin@hamm.example');

    // The city's social spaces (here: the illustrative shapes, declared as an official import).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
    const file = path.join(dir, 'sozialraeume.geojson');
    writeFileSync(file, JSON.stringify(illustrativeBoundaries()['social-spaces'].featureCollection));
    await page.goto(`${ui.base}/#/boundary-versions/create`);
    await boundaryForm(page).getByLabel('Quelle').fill('Stadt Hamm, Sozialräume (Testimport)');
    await page.getByLabel('GeoJSON-Datei (FeatureCollection)').setInputFiles(file);
    await boundaryForm(page).getByRole('button', { name: 'Importieren' }).click();
    await page.waitForURL(/#\/boundary-versions(\?|$)/, { timeout: 15000 });
    await page.getByText('Stadt Hamm, Sozialräume (Testimport)').first().waitFor({ timeout: 15000 });

    // A file that is not GeoJSON is refused in words.
    writeFileSync(path.join(dir, 'kaputt.geojson'), '{"type": "FeatureCollection", "features": [');
    await page.goto(`${ui.base}/#/boundary-versions/create`);
    await boundaryForm(page).getByLabel('Quelle').fill('kaputt');
    await page.getByLabel('GeoJSON-Datei (FeatureCollection)').setInputFiles(path.join(dir, 'kaputt.geojson'));
    await boundaryForm(page).getByRole('button', { name: 'Importieren' }).click();
    await expect.poll(() => page.getByTestId('import-errors').innerText()).toContain('Die Datei ist kein gültiges GeoJSON.');

    // A new centre, placed by clicking the map.
    await page.goto(`${ui.base}/#/centres/create`);
    await page.getByLabel('Name').fill('Nachbarschaftstreff am Kurpark');
    await page.getByLabel('Straße').fill('Ostwennemarstraße 100');
    await page.getByLabel('PLZ').fill('59071');
    const map = page.getByRole('region', { name: 'Karte zum Setzen der Koordinaten' });
    await map.locator('path.leaflet-interactive').first().waitFor({ timeout: 15000 });
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.55);
    const located = page.getByTestId('located');
    await expect.poll(() => located.innerText(), { timeout: 10000 }).toMatch(/^Laut Koordinaten: Quartier .+, Sozialraum .+, Stadtbezirk .+$/);
    const lat = Number(await page.getByLabel('Breite', { exact: true }).inputValue());
    const lng = Number(await page.getByLabel('Länge', { exact: true }).inputValue());
    expect(lat).toBeGreaterThan(51.5);
    expect(lng).toBeGreaterThan(7.6);
    // The server's own assignment of that point, for comparison with what the form shows and saves.
    const expected = await assign(ui.stack.repo, { lat, lng }, berlinToday(now()));
    const quarter = await ui.stack.repo.get<any>(entities.quarter, expected.quarterId!);
    const space = await ui.stack.repo.get<any>(entities.socialSpace, expected.socialSpaceId!);
    expect(await located.innerText()).toContain(`Quartier ${quarter.name}, Sozialraum ${space.name}`);
    await page.screenshot({ path: path.join(SHOTS, 'map-centre-form.png'), fullPage: true });

    // Stating another social space brings a warning with both; adopting restores the located one.
    const other = space.id === 'mitte' ? 'Heessen' : 'Mitte';
    await page.getByLabel('Sozialraum', { exact: true }).click();
    await page.getByRole('option', { name: other }).click();
    const warning = page.getByTestId('location-mismatch');
    await expect.poll(() => warning.innerText()).toContain(`Die Koordinaten liegen im Sozialraum ${space.name}, angegeben ist ${other}.`);
    await warning.getByRole('button', { name: 'Zuordnung übernehmen' }).click();
    await expect.poll(() => warning.count()).toBe(0);

    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(async () => (await ui.stack.repo.listAll<any>(entities.centre)).find((c) => c.name === 'Nachbarschaftstreff am Kurpark'), { timeout: 15000 }).toBeTruthy();
    const saved = (await ui.stack.repo.listAll<any>(entities.centre)).find((c) => c.name === 'Nachbarschaftstreff am Kurpark');
    expect(saved).toMatchObject({ socialSpaceId: expected.socialSpaceId, quarterId: expected.quarterId, geo: { lat, lng } });
    await context.close();
  });

  it('shows the social spaces coloured by goal status with centres and offers, linked to the space pages', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await ui.signIn(context, 'leitung@hamm.example');
    await page.getByRole('menuitem', { name: 'Karte' }).click();
    const map = page.getByRole('region', { name: 'Karte der Sozialräume mit Stadtteilzentren und Angeboten' });
    await expect.poll(() => map.locator('path.leaflet-interactive').count(), { timeout: 15000 }).toBeGreaterThan(9);
    await page.screenshot({ path: path.join(SHOTS, 'map-admin.png'), fullPage: true });
    // Each social space's area links to its page.
    await map.locator('path.leaflet-interactive').first().click({ force: true });
    await page.waitForURL(/#\/social-spaces\/[a-z-]+\/show$/, { timeout: 10000 });
    await context.close();
  });

  it('the finder loads its map only on request, with no axe violation', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${ui.base}/angebote/`);
    await page.getByRole('heading', { level: 2, name: /Angebote gefunden/ }).waitFor();
    expect(scripts.some((s) => /leaflet/i.test(s))).toBe(false);
    await page.getByRole('button', { name: 'Auf der Karte zeigen' }).click();
    const map = page.getByRole('region', { name: 'Karte der gefundenen Angebote in den Sozialräumen' });
    await expect.poll(() => map.locator('path.leaflet-interactive').count(), { timeout: 15000 }).toBeGreaterThan(9);
    expect(scripts.some((s) => /leaflet/i.test(s))).toBe(true);
    expect(page.url()).toContain('karte=1');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'map-finder.png'), fullPage: true });
    // The back button closes the map.
    await page.goBack();
    await expect.poll(() => map.count()).toBe(0);
    await context.close();
  });
});
