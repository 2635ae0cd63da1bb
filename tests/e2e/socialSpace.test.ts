/**
 * The social space page as coordination uses it: record a need from the page, add a measure for it
 * to this year's work plan, and see the need-vs-offer matrix change; the page and its print view
 * are kept as screenshots.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pickManyByTyping, SHOTS, useAdminUi } from '../support/adminUi.ts';
import { unique } from '../support/constants.ts';
import { now } from '../../shared/time/clock.ts';
import { yearOf } from '../../shared/time/months.ts';

const ui = useAdminUi('e2e-space');

describe('the social space page', { timeout: 120000 }, () => {
  it('records a need, plans a measure for it, and the matrix shows the new gap', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1200 } });
    const page = await ui.signIn(context, 'koordination.norden@hamm.example');
    await page.goto(`${ui.base}/#/social-spaces/norden/show`);
    const matrix = page.getByTestId('need-offer-matrix');
    await matrix.waitFor();
    await page.getByTestId('space-plan').getByText(/Zwischenbilanz gezogen/).waitFor();
    await page.getByTestId('space-budget').getByText('Verfügungsfonds Hammer Norden').waitFor();
    // Kultur for 65+ in Hammer Norden: offers may exist, no need yet.
    const cell = matrix.locator('td[data-cell="65+|Kultur"]');
    expect(await cell.getAttribute('data-needs')).toBe('0');
    await page.screenshot({ path: path.join(SHOTS, 'social-space-hub.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SHOTS, 'social-space-print.png'), fullPage: true });
    expect(await page.getByRole('button', { name: 'Sozialraumprofil drucken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Record a need from the page.
    const title = `Kulturangebote für Hochbetagte ${unique()}`;
    await page.getByRole('link', { name: 'Bedarf erfassen' }).click();
    await page.waitForURL(/#\/needs\/create/);
    await page.locator('input[name=title]').fill(title);
    await page.getByRole('combobox', { name: 'Thema' }).click();
    await page.getByRole('option', { name: 'Kultur', exact: true }).click();
    await page.getByRole('combobox', { name: 'Zielgruppen' }).click();
    await page.getByRole('option', { name: 'Ältere Menschen', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.locator('input[name=minAge]').fill('80');
    await page.getByRole('combobox', { name: 'Belegt durch' }).click();
    await page.getByRole('option', { name: 'Netzwerk', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/needs\/[^/]+\/show/);

    // Plan a measure for it in this year's work plan.
    await page.goto(`${ui.base}/#/work-plans/plan-norden-${yearOf(now())}/show`);
    await page.getByRole('link', { name: 'Maßnahme hinzufügen' }).click();
    await page.waitForURL(/#\/measures\/create/);
    await page.locator('input[name=title]').fill('Lesepatenschaften im Seniorentreff');
    await pickManyByTyping(page, 'Bedarfe', [title]);
    await page.locator('input[name=plannedFrom]').fill(`${yearOf(now())}-11`);
    await page.locator('input[name=plannedTo]').fill(`${yearOf(now())}-12`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/work-plans\/[^/]+\/show/);
    await page.getByTestId('measures').getByText('Lesepatenschaften im Seniorentreff').waitFor();

    // The matrix now has the need in its cell.
    await page.goto(`${ui.base}/#/social-spaces/norden/show`);
    await matrix.waitFor();
    await expect.poll(() => cell.getAttribute('data-needs'), { timeout: 15000 }).toBe('1');
    expect(await cell.getAttribute('title')).toContain(title);
    await context.close();
  });
});
