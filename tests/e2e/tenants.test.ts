/**
 * Tenants in the admin, in Chromium: Musterstadt's admin sees the municipality's own title and colours in
 * the app bar and its own themes and target groups under "Mandant" (and in the offer form), changes the title
 * there and sees it at once, and a too-pale text colour is refused
 * with the German contrast error at its field; leadership reads the settings without changing them. The
 * operator sees only "Mandanten" (hamm and musterstadt with their use this month), no page of a tenant's
 * records (no 403 on the way), suspends and resumes Musterstadt, and creates a tenant with its first admin. axe-core finds no serious or critical
 * WCAG 2.1 AA violation on "Mandant" and on "Mandanten". Everything changed is put back; the tenant the
 * operator creates at the end stays in this file's own stack (its own DynamoDB Local and cognito-local).
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { signIn } from '../../infra/local/cognito.ts';
import { addUsage, getTenant, setCensus } from '../../shared/db/platformStore.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { now } from '../../shared/time/clock.ts';
import { monthOf } from '../../shared/time/months.ts';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';

const ui = useAdminUi('tenantsui');
const TITLE = 'Quartiersarbeit Musterstadt';
const BRAND = '#2e6b30';
const PALE = '#8fbc8f';

async function seriousViolations(page: Page): Promise<string[]> {
  const a11y = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return a11y.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The text an input's aria-describedby points at (MUI's helper text, where a field's error shows). */
const describedBy = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

describe('Tenants in the admin', { timeout: 180000 }, () => {
  it('lets a tenant admin change the municipality\'s title and refuses a text colour of too little contrast', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1300, height: 900 } });
    const page = await ui.signIn(context, 'admin@musterstadt.example');
    // textContent: the app bar hides while the page scrolls down (react-admin's HideOnScroll).
    const appBarTitle = () => page.getByTestId('tenant-title').textContent();
    await expect.poll(appBarTitle).toBe(TITLE);
    expect(await page.evaluate(() => document.title)).toBe(TITLE);
    // The app bar in the municipality's brand colour, its text in the text colour.
    const bar = await page.locator('header').first().evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(bar).toEqual(['rgb(46, 107, 48)', 'rgb(255, 255, 255)']);

    await page.getByRole('menuitem', { name: 'Mandant', exact: true }).click();
    const name = page.getByLabel('Name der Kommune', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Musterstadt (fiktiv)');
    expect(await page.getByRole('combobox', { name: 'Bundesland' }).innerText()).toBe('Sachsen');
    expect(await page.getByTestId('tenant-facts').innerText()).toMatch(/musterstadt\.localhost[\s\S]*aktiv/);
    expect(await page.getByLabel('Ukrainisch').isChecked()).toBe(true);
    expect(await page.getByLabel('Türkisch').isChecked()).toBe(false);
    expect(await page.getByTestId('look-contrast').innerText()).toBe('Kontrast 6,44 : 1 – ausreichend (mindestens 4,5 : 1)');
    // Its own themes (no „Existenzsicherung“, „Klimaschutz“ of its own) and target groups (no job seekers).
    const themes = await page.getByLabel('Thema', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(themes).toContain('Klimaschutz');
    expect(themes).not.toContain('Existenzsicherung');
    expect(await page.getByLabel('Arbeitsuchende', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('Eltern', { exact: true }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'tenant-settings.png'), fullPage: true });

    // A new title: saved, and the app bar says it at once.
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill(`${TITLE} (Test)`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Die Einstellungen des Mandanten sind gespeichert.').waitFor();
    await expect.poll(appBarTitle).toBe(`${TITLE} (Test)`);
    expect((await getTenant(ui.stack.repo, 'musterstadt'))?.look.title).toBe(`${TITLE} (Test)`);

    // A text colour too pale for the brand colour: the sample says so, the API refuses it at the field.
    await page.getByLabel('Textfarbe', { exact: true }).fill(PALE);
    expect(await page.getByTestId('look-contrast').innerText()).toMatch(/^Kontrast \d,\d+ : 1 – zu gering/);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => describedBy(page, 'Textfarbe')).toContain('Text und Markenfarbe brauchen einen Kontrast von mindestens 4,5 : 1');
    expect(await page.getByLabel('Textfarbe', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await getTenant(ui.stack.repo, 'musterstadt'))?.look.textOnBrand).toBe('#ffffff');

    // Put everything back as seeded.
    await page.getByLabel('Textfarbe', { exact: true }).fill('#ffffff');
    await title.fill(TITLE);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(appBarTitle).toBe(TITLE);
    expect((await getTenant(ui.stack.repo, 'musterstadt'))?.look).toEqual({ title: TITLE, brandColour: BRAND, textOnBrand: '#ffffff' });

    // An offer is filed under the municipality's own themes.
    await page.goto(page.url().replace(/#.*$/, '#/offers/create'));
    await page.getByRole('combobox', { name: 'Themen' }).click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toContain('Klimaschutz');
    expect(offered).not.toContain('Existenzsicherung');
    await page.keyboard.press('Escape');
    await context.close();

    // Leadership reads the settings, and has nothing to save.
    const leadershipContext = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1300, height: 900 } });
    const leadership = await ui.signIn(leadershipContext, 'leitung@musterstadt.example');
    await leadership.getByRole('menuitem', { name: 'Mandant', exact: true }).click();
    await leadership.getByText('Musterstadt (fiktiv)').waitFor();
    expect(leadership.url()).toMatch(/#\/tenant\/musterstadt\/show$/);
    expect(await leadership.getByRole('button', { name: 'Speichern' }).count()).toBe(0);
    await leadershipContext.close();
  });

  it('shows Musterstadt\'s planning areas, its fourth level, and Hamm none', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1300, height: 900 } });
    const page = await ui.signIn(context, 'admin@musterstadt.example');
    await page.getByRole('menuitem', { name: 'Planungsräume', exact: true }).click();
    await expect.poll(() => page.locator('.RaDataTable-rowCell.column-name, td.column-name').allInnerTexts().then((t) => t.sort())).toEqual(['Altstadtkern', 'Auen Nord', 'Auen Süd']);
    await page.getByText('Auen Nord', { exact: true }).click();
    await page.getByText('Auenpark', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A quarter names its planning area, chosen among those of its social space.
    await page.goto(page.url().replace(/#.*$/, '#/quarters/auenpark'));
    const area = page.getByRole('combobox', { name: 'Planungsraum' });
    await expect.poll(() => area.innerText()).toBe('Auen Nord');
    await area.click();
    expect((await page.getByRole('option').allInnerTexts()).sort()).toEqual(['Auen Nord', 'Auen Süd', 'Kein Planungsraum']);
    await page.keyboard.press('Escape');
    await context.close();

    const hammContext = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1300, height: 900 } });
    const hamm = await ui.signIn(hammContext, 'admin@hamm.example');
    await hamm.getByRole('menuitem', { name: 'Quartiere', exact: true }).waitFor();
    expect(await hamm.getByRole('menuitem', { name: 'Planungsräume', exact: true }).count()).toBe(0);
    await hammContext.close();
  });

  it('shows the operator only the tenants with their use, and lets it suspend, resume and create one', async () => {
    const month = monthOf(now());
    await addUsage(ui.stack.repo, 'hamm', month, { requests: 12345, mails: 67 });
    await addUsage(ui.stack.repo, 'musterstadt', month, { requests: 2500, mails: 3 });
    await setCensus(ui.stack.repo, 'hamm', month, { items: 48213, bytes: Math.round(1.2 * 1024 * 1024), countedAt: now().toISOString() });

    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 900 } });
    const refused: string[] = [];
    context.on('response', (r) => (r.status() === 403 ? refused.push(r.url()) : undefined));
    const page = await ui.signIn(context, 'betrieb@plattform.example', (p) => p.getByRole('columnheader', { name: 'Kennung' }).waitFor({ timeout: 20000 }));
    expect(page.url()).toMatch(/#\/tenants$/);
    expect(await page.getByTestId('tenant-title').innerText()).toBe('Betrieb der Plattform');
    // Only the tenants: no dashboard, no map, no tenant's resources.
    await expect.poll(() => page.locator('.RaSidebar-fixed').getByRole('menuitem').allInnerTexts()).toEqual(['Mandanten']);

    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim());
    const headers = (await page.locator('thead th').allInnerTexts()).map((t) => t.trim());
    expect(headers).toEqual(['Kennung', 'Name', 'Bundesland', 'Status', 'Adressen', 'Anfragen diesen Monat', 'E-Mails diesen Monat', 'Datensätze', 'Speicher']);
    const figure = (s: string) => Number(s.replace(/\./g, ''));
    const [hamm, musterstadt] = [await cells(0), await cells(1)];
    expect(hamm.slice(0, 5)).toEqual(['hamm', 'Stadt Hamm', 'Nordrhein-Westfalen', 'aktiv', 'hamm.localhost']);
    expect(hamm[5]).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(figure(hamm[5])).toBeGreaterThanOrEqual(12345);
    expect(figure(hamm[6])).toBeGreaterThanOrEqual(67);
    expect(hamm.slice(7)).toEqual(['48.213', '1,2 MB']);
    expect(musterstadt.slice(0, 5)).toEqual(['musterstadt', 'Musterstadt (fiktiv)', 'Sachsen', 'aktiv', 'musterstadt.localhost']);
    expect(figure(musterstadt[5])).toBeGreaterThanOrEqual(2500);
    expect(musterstadt.slice(7)).toEqual(['noch nicht gezählt', 'noch nicht gezählt']);
    expect(await page.getByTestId('usage-note').innerText()).toBe('Anfragen und E-Mails im November 2026; Datensätze und Speicher aus der letzten täglichen Zählung.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'tenants.png'), fullPage: true });

    // Musterstadt's staff, signed in, are refused once it is suspended, and let in again once it is resumed.
    const token = await signIn(ui.stack.cognitoEndpoint, ui.stack.pool.userPoolClientId, 'admin@musterstadt.example', DEFAULT_DEMO_PASSWORD);
    const me = async () => (await fetch(`${ui.stack.apiUrl}/me`, { headers: { Authorization: `Bearer ${token}` } })).status;
    expect(await me()).toBe(200);

    const setStatus = async (label: 'ausgesetzt' | 'aktiv') => {
      await rows.filter({ hasText: 'musterstadt.localhost' }).click();
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: label, exact: true }).click();
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(/#\/tenants$/);
      await expect.poll(async () => (await cells(1))[3]).toBe(label);
    };
    await setStatus('ausgesetzt');
    expect((await getTenant(ui.stack.repo, 'musterstadt'))?.status).toBe('suspended');
    expect(await me()).toBe(403);
    await setStatus('aktiv');
    expect((await getTenant(ui.stack.repo, 'musterstadt'))?.status).toBe('active');
    expect(await me()).toBe(200);

    // A new tenant with its first admin (this file's stack is its own: nothing shared gets a third tenant).
    await page.getByRole('link', { name: 'Erstellen' }).click();
    await page.getByLabel('Kennung', { exact: true }).fill('beispielstadt');
    await page.getByLabel('Name', { exact: true }).fill('Stadt Beispielstadt');
    await page.getByRole('combobox', { name: 'Bundesland' }).click();
    await page.getByRole('option', { name: 'Bayern', exact: true }).click();
    await page.getByRole('button', { name: 'Neu', exact: true }).click();
    await page.getByLabel('Adresse', { exact: true }).fill('angebote.beispielstadt.localhost');
    await page.getByLabel('E-Mail der ersten Administratorin oder des ersten Administrators').fill('admin@beispielstadt.example');
    await page.getByLabel('Name der ersten Administratorin oder des ersten Administrators').fill('Bea Beispiel');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Mandant angelegt. Die Einladung ist an admin@beispielstadt.example verschickt.').waitFor();
    await expect.poll(() => rows.count()).toBe(3);
    expect((await cells(0)).slice(0, 5)).toEqual(['beispielstadt', 'Stadt Beispielstadt', 'Bayern', 'aktiv', 'angebote.beispielstadt.localhost']);
    expect(await getTenant(ui.stack.repo, 'beispielstadt')).toMatchObject({ state: 'BY', hosts: ['angebote.beispielstadt.localhost'], look: { title: 'Stadtteilarbeit Beispielstadt' } });

    // The operator's pages asked for nothing it may not read.
    expect(refused).toEqual([]);
    await context.close();
  });
});
