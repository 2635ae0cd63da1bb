/**
 * Issue 30, data-subject requests in the admin: an admin enters a person's e-mail address on
 * "Auskunft & Löschung", sees the record holding it with a link, downloads the JSON export and the
 * German summary, erases after a confirmation, and the same search then finds nothing. Staff who are
 * not admins find no such page. axe-core finds no serious or critical WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entities } from '../../shared/entities.ts';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';

const ui = useAdminUi('datasubjects');
const EMAIL = 'kontakt@caritas.hamm.example';

describe('Auskunft & Löschung', { timeout: 120000 }, () => {
  it('finds, exports and erases a person\'s address, for admins only', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1300, height: 900 }, acceptDownloads: true });
    const page = await ui.signIn(context, 'admin@hamm.example');
    await page.getByRole('menuitem', { name: 'Auskunft & Löschung' }).click();
    await page.getByLabel('E-Mail-Adresse oder Telefonnummer').fill(EMAIL.toUpperCase());
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { name: 'Ein Datensatz gefunden' }).waitFor();
    const findings = page.getByTestId('data-subject-findings');
    expect(await findings.getByRole('link').allInnerTexts()).toEqual(['Träger „Caritasverband Hamm“']);
    expect(await findings.innerText()).toContain('Kontakt wird entfernt');
    const a11y = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(a11y.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'data-subjects.png'), fullPage: true });

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON herunterladen' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^auskunft-.*\.json$/);
    expect(readFileSync((await json.path())!, 'utf8')).toContain(EMAIL);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zusammenfassung (HTML)' }).click()]);
    const summary = readFileSync((await html.path())!, 'utf8');
    expect(summary).toContain('lang="de"');
    expect(summary).toContain('Caritasverband Hamm');

    await page.getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
    expect(await page.getByTestId('data-subject-result').innerText()).toMatch(/^Erledigt: ein Datensatz geändert/);
    expect((await ui.stack.repo.get(entities.organisation, 'caritas')).contact?.email).toBeUndefined();
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByText('Kein Datensatz enthält diese Angabe.').waitFor();

    const clerk = await ui.signIn(await ui.browser.newContext({ locale: 'de-DE' }), 'quartier.norden@hamm.example');
    expect(await clerk.getByRole('menuitem', { name: 'Auskunft & Löschung' }).count()).toBe(0);
    await clerk.goto(`${ui.base}/#/data-subjects`);
    await clerk.getByText('Diese Seite ist der Administration vorbehalten.').waitFor();
  });
});
