/**
 * The admin UI in headless Debian Chromium (playwright-core, no downloaded browser), against the
 * same stack `npm start` runs (DynamoDB Local, cognito-local, local server, seeded data, built UI).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pickFromAutocomplete, pickMany, SHOTS, useAdminUi } from '../support/adminUi.ts';
import { unique } from '../support/constants.ts';

const ui = useAdminUi('e2e');
const signIn = ui.signIn;

describe('admin UI', { timeout: 90000 }, () => {

  it('signs in as quartier.norden, creates an offer in Hammer Norden and sees it in the list', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, 'quartier.norden@hamm.example');
    const offerTitle = `E2E Elterncafé ${unique()}`;
    await page.goto(`${ui.base}/#/offers/create`);
    await page.getByLabel('Titel', { exact: true }).fill(offerTitle);
    await page.getByLabel('Beschreibung').first().fill('Angelegt im Browsertest');
    await pickFromAutocomplete(page, 'Träger', 'Caritasverband Hamm');
    await pickMany(page, 'Sozialräume', ['Hammer Norden']);
    await pickMany(page, 'Themen', ['Bildung']);
    await pickMany(page, 'Zielgruppen', ['Eltern']);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/offers(\?|$)/, { timeout: 15000 });
    await page.getByPlaceholder('Suche').fill(offerTitle);
    await expect.poll(() => page.getByText(offerTitle).count(), { timeout: 15000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'offer-list.png'), fullPage: true });
    await context.close();
  });

  it('edits that offer', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, 'quartier.norden@hamm.example');
    const { id, title: offerTitle } = await nordenOffer('Zum Bearbeiten');
    await page.goto(`${ui.base}/#/offers/${id}`);
    const title = page.getByLabel('Titel', { exact: true });
    await title.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'offer-edit.png'), fullPage: true });
    await title.fill(`${offerTitle} (geändert)`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(async () => (await ui.stack.repo.get<any>((await import('../../shared/entities.ts')).entities.offer, id)).title, { timeout: 15000 }).toBe(`${offerTitle} (geändert)`);
    await context.close();
  });

  it('refuses to edit a Hammer Westen offer', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const page = await signIn(context, 'quartier.norden@hamm.example');
    const westen = (await ui.stack.repo.listAll<any>((await import('../../shared/entities.ts')).entities.offer)).find((o) => o.socialSpaceIds.length === 1 && o.socialSpaceIds[0] === 'westen')!;
    await page.goto(`${ui.base}/#/offers/${westen.id}/show`);
    await page.getByText(westen.title).first().waitFor();
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    // Going to the form directly and saving: the API refuses, the UI says so in German.
    await page.goto(`${ui.base}/#/offers/${westen.id}`);
    await page.getByLabel('Titel', { exact: true }).fill(`${westen.title} x`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(/Keine Berechtigung/).waitFor({ timeout: 10000 });
    expect((await ui.stack.repo.get<any>((await import('../../shared/entities.ts')).entities.offer, westen.id)).title).toBe(westen.title);
    await context.close();
  });

  it('as admin: creates an API key and sees the secret exactly once', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const page = await signIn(context, 'admin@hamm.example');
    await page.goto(`${ui.base}/#/api-keys/create`);
    await pickFromAutocomplete(page, 'Träger', 'AWO Unterbezirk Hamm-Warendorf');
    await page.getByLabel('Bezeichnung').fill('E2E-Schnittstelle');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const secret = await page.getByTestId('api-key-secret').inputValue({ timeout: 10000 });
    expect(secret).toMatch(/^hsk_hamm_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Fertig' }).click();
    await page.waitForURL(/#\/api-keys(\?|$)/);
    await page.getByText('E2E-Schnittstelle').first().waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.getByText('E2E-Schnittstelle').first().click();
    await page.waitForURL(/show$/);
    await page.getByText(secret.slice(0, 12)).first().waitFor();
    expect(await page.content()).not.toContain(secret);
    await context.close();
  });

  it('as admin: manages the report’s extra recipients', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const page = await signIn(context, 'admin@hamm.example');
    await page.goto(`${ui.base}/#/report-settings/default`);
    await page.getByRole('button', { name: 'Neu' }).click();
    await page.getByLabel('E-Mail').last().fill('dezernat@hamm.example');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const { entities } = await import('../../shared/entities.ts');
    await expect.poll(async () => (await ui.stack.repo.find<any>(entities.reportSettings, 'default'))?.extraRecipients, { timeout: 10000 }).toEqual(['dezernat@hamm.example']);
    await context.close();
  });

  it('switches off one kind of reminder in "Meine Einstellungen", reached from the user menu', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, 'quartier.westen@hamm.example');
    await page.getByRole('button', { name: /Willi Westen/ }).click();
    await page.getByRole('menuitem', { name: 'Meine Einstellungen' }).click();
    await page.waitForURL(/#\/settings$/);
    const agreements = page.getByRole('checkbox', { name: 'Fällige Vereinbarungen aus Sitzungen' });
    await expect.poll(() => agreements.isChecked(), { timeout: 10000 }).toBe(true);
    await agreements.uncheck();
    await page.getByRole('button', { name: 'Speichern' }).click();
    const { entities } = await import('../../shared/entities.ts');
    await expect.poll(async () => (await ui.stack.repo.find<any>(entities.user, 'u-quartier-westen'))?.remindersOff, { timeout: 10000 }).toEqual(['agreements']);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Fällige Vereinbarungen aus Sitzungen' }).isChecked(), { timeout: 10000 }).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Fehlende Werte vor dem Zielbericht' }).isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'my-settings.png') });
    await context.close();
  });

  it('as admin: creates a user; the new user signs in with the temporary password, sets their own and lands on the dashboard', async () => {
    const email = `neue.leitung.${unique()}@hamm.example`;
    const temporary = 'Vorlaeufig-2026!x';
    const adminContext = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await signIn(adminContext, 'admin@hamm.example');
    await page.goto(`${ui.base}/#/users/create`);
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Nina Neu');
    await page.getByRole('button', { name: 'Neu' }).click();
    await page.getByRole('combobox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: 'Leitung', exact: true }).click();
    await page.getByLabel('Vorläufiges Passwort (optional)').fill(temporary);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/users(\?|$)/, { timeout: 15000 });
    const { entities } = await import('../../shared/entities.ts');
    const created = await ui.stack.repo.findByUnique<any>(entities.user, { email });
    expect(created?.sub).toBeTruthy();
    await adminContext.close();

    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1200, height: 900 } });
    const first = await context.newPage();
    await first.goto(`${ui.base}/`);
    await first.locator('input[name=username]').fill(email);
    await first.locator('input[name=password]').fill(temporary);
    await first.getByRole('button', { name: 'Anmelden' }).click();
    await first.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor({ timeout: 10000 });
    // A weak password is refused in German before Cognito is asked.
    await first.locator('input[name=newPassword]').fill('zu-kurz');
    await first.locator('input[name=repeatPassword]').fill('zu-kurz');
    await first.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();
    await first.getByRole('alert').getByText(/Mindestens 12 Zeichen/).waitFor();
    await first.screenshot({ path: path.join(SHOTS, 'login-new-password.png') });
    await first.locator('input[name=newPassword]').fill('Mein-eigenes-2026!');
    await first.locator('input[name=repeatPassword]').fill('Mein-eigenes-2026!');
    await first.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();
    await first.getByTestId('scorecard').waitFor({ timeout: 20000 });
    await context.close();
  });

  it('shows the dashboard with 9 social spaces’ scorecards', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1100 } });
    const page = await signIn(context, 'admin@hamm.example');
    await expect.poll(() => page.getByTestId('scorecard-row').count(), { timeout: 15000 }).toBe(9);
    for (const name of ['Hammer Norden', 'Hammer Westen', 'Mitte', 'Uentrop', 'Rhynern', 'Pelkum', 'Herringen', 'Bockum-Hövel', 'Heessen'])
      expect(await page.getByTestId('scorecard').getByText(name, { exact: true }).count()).toBe(1);
    expect(await page.locator('[data-status="on-track"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard.png'), fullPage: true });
    await context.close();
  });

  it('tells the user about an edit conflict from another browser and offers a reload', async () => {
    const a = await ui.browser.newContext({ locale: 'de-DE' });
    const b = await ui.browser.newContext({ locale: 'de-DE' });
    const pa = await signIn(a, 'quartier.norden@hamm.example');
    const pb = await signIn(b, 'quartier.norden@hamm.example');
    const { id } = await nordenOffer('Konflikt');
    for (const p of [pa, pb]) {
      await p.goto(`${ui.base}/#/offers/${id}`);
      await p.getByLabel('Titel', { exact: true }).waitFor();
    }
    await pa.getByLabel('Titel', { exact: true }).fill('Version A');
    await pa.getByRole('button', { name: 'Speichern' }).click();
    await pa.waitForURL(/#\/offers(\?|$)/, { timeout: 10000 });
    await pb.getByLabel('Titel', { exact: true }).fill('Version B');
    await pb.getByRole('button', { name: 'Speichern' }).click();
    await pb.getByTestId('conflict-notice').waitFor({ timeout: 10000 });
    expect(await pb.getByTestId('conflict-notice').innerText()).toContain('Jemand anderes hat diesen Datensatz inzwischen geändert');
    expect(await pb.getByRole('button', { name: 'Neu laden' }).count()).toBe(1);
    expect((await ui.stack.repo.get<any>((await import('../../shared/entities.ts')).entities.offer, id)).title).toBe('Version A');
    await a.close();
    await b.close();
  });
});

/** Each test makes the offer it works on: none depends on what an earlier test left behind. */
async function nordenOffer(label: string): Promise<{ id: string; title: string }> {
  const { entities } = await import('../../shared/entities.ts');
  const title = `E2E ${label} ${unique()}`;
  const data = { title, description: '', kind: 'other', organisationId: 'caritas', socialSpaceIds: ['norden'], quarterIds: [], themes: ['Bildung'], targetGroups: ['parents'], programmes: [], languages: ['de'], cost: { free: true }, registrationRequired: false, schedules: [], status: 'published' };
  const created = await ui.stack.repo.create<{ id: string }>(entities.offer, data, { actor: 'test:e2e' });
  return { id: created.id, title };
}

