/**
 * Vernetzung in the browser: coordination records a meeting of the Stadtteilkonferenz through the
 * quick form, recomputes "Netzwerktreffen im Sozialraum", and the dashboard shows one more meeting.
 * Also looks at the social space page with its networks, activities and network graph.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { entities } from '../../shared/entities.ts';
import { previousMonth } from '../../shared/time/months.ts';
import { now, setClock } from '../../shared/time/clock.ts';
import { pickManyByTyping, SHOTS, useAdminUi } from '../support/adminUi.ts';
import { unique } from '../support/constants.ts';

const ui = useAdminUi('e2e-networks');

const meetingsFigure = (page: Page) => page.locator('[data-testid=computed-figures] tr[data-indicator=ind-network-meetings] td[data-space=norden]').innerText();

describe('networks and meetings in the admin UI', { timeout: 120000 }, () => {
  it('records a meeting with an agreement, recomputes, and the dashboard shows the new figure', async () => {
    /** The month the dashboard reports on: the one before the clock's (useAdminUi runs on the seed's day). */
    const month = previousMonth(now());
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1100 } });
    const page = await ui.signIn(context, 'koordination.norden@hamm.example');
    await page.getByTestId('computed-figures').waitFor();
    await expect.poll(() => meetingsFigure(page), { timeout: 15000 }).not.toBe('');
    const before = Number(await meetingsFigure(page));
    const agreements = page.getByTestId('open-agreements');
    await agreements.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-networks.png'), fullPage: true });

    // The network's page, and its quick meeting form.
    await page.goto(`${ui.base}/#/networks/stadtteilkonferenz-norden/show`);
    await page.getByTestId('meeting-timeline').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'network-show.png'), fullPage: true });
    await page.getByRole('link', { name: 'Sitzung erfassen' }).click();
    await page.waitForURL(/#\/meetings\/create/);
    await page.locator('input[name=date]').fill(`${month}-28`);
    await pickManyByTyping(page, 'Anwesende Träger', ['Caritasverband Hamm', 'AWO Unterbezirk Hamm-Warendorf']);
    await page.locator('input[name=attendees]').fill('17');
    await page.locator('input[name=residents]').fill('6');
    const agreementText = `Stadtteilfest vorbereiten ${unique()}`;
    await page.getByRole('button', { name: 'Neu', exact: true }).first().click();
    await page.locator('input[name="agreements.0.text"]').fill(agreementText);
    await page.locator('input[name="agreements.0.dueDate"]').fill('2030-01-15');
    await page.screenshot({ path: path.join(SHOTS, 'meeting-create.png'), fullPage: true });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/meetings\/[^/]+\/show/, { timeout: 15000 });
    await page.getByText(agreementText).waitFor();

    const stored = (await ui.stack.repo.listAll<any>(entities.meeting, { parentId: 'stadtteilkonferenz-norden' })).find((m) => m.agreements.some((a: any) => a.text === agreementText))!;
    expect(stored).toMatchObject({ date: `${month}-28`, organisationIds: ['caritas', 'awo'], attendees: 17, residents: 6, socialSpaceIds: ['norden'] });

    // Recompute on the indicator's page.
    await page.goto(`${ui.base}/#/indicators/ind-network-meetings/show`);
    await page.getByRole('button', { name: 'Jetzt berechnen' }).click();
    await page.getByText(/neu berechnet/).waitFor({ timeout: 15000 });

    await page.goto(`${ui.base}/#/`);
    await page.getByTestId('computed-figures').waitFor();
    await expect.poll(async () => Number(await meetingsFigure(page)), { timeout: 15000 }).toBe(before + 1);
    await context.close();
  });

  it('says in words what the first days of a month have not computed or entered yet, and computes it on request', async () => {
    // 07:30 on 2 December: November is closed, and no schedule has computed it yet.
    onTestFinished(setClock('2026-12-02T06:30:00Z'));
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1100 } });
    const page = await ui.signIn(context, 'koordination.norden@hamm.example');
    await expect.poll(() => page.getByTestId('computed-figures').locator('[data-pending=computed]').count(), { timeout: 15000 }).toBeGreaterThan(0);
    expect(await page.getByText('Berichtsmonat November 2026').count()).toBeGreaterThan(0);
    expect(await meetingsFigure(page)).toBe('noch nicht berechnet');
    const shown = [await page.getByTestId('computed-figures').innerText(), await page.getByTestId('scorecard').innerText()].join('\n');
    for (const blank of ['NaN', 'undefined', 'Invalid Date', '–']) expect(shown).not.toContain(blank);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-not-computed.png'), fullPage: true });

    await page.getByTestId('compute-missing').click();
    await page.getByText(/neu berechnet/).waitFor({ timeout: 15000 });
    await expect.poll(() => meetingsFigure(page), { timeout: 15000 }).toMatch(/^\d+$/);
    expect(await page.getByTestId('computed-figures').locator('[data-pending]').count()).toBe(0);

    // The social space page: entered indicators of November are not there yet either, and say so.
    await page.goto(`${ui.base}/#/social-spaces/norden/show`);
    const card = page.getByTestId('space-scorecard');
    await card.waitFor();
    await expect.poll(() => card.locator('[data-pending=manual]').count(), { timeout: 15000 }).toBeGreaterThan(0);
    expect(await card.locator('[data-pending=manual]').first().innerText()).toBe('noch nicht erfasst');
    await page.screenshot({ path: path.join(SHOTS, 'space-not-entered.png'), fullPage: true });
    await context.close();
  });

  it('shows networks, latest activities and the network graph on the social space page', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1400 } });
    const page = await ui.signIn(context, 'leitung@hamm.example');
    await page.goto(`${ui.base}/#/social-spaces/norden/show`);
    await page.getByTestId('space-networks').waitFor();
    await page.getByText('Stadtteilkonferenz Hammer Norden').first().waitFor();
    const graph = page.getByTestId('network-graph');
    await graph.waitFor();
    await expect.poll(() => graph.locator('[data-testid=graph-node]').count(), { timeout: 15000 }).toBeGreaterThan(3);
    expect(await graph.locator('[data-testid=graph-edge]').count()).toBeGreaterThan(3);
    expect(await graph.getAttribute('data-density')).toMatch(/^\d+(\.\d)?$/);
    await page.screenshot({ path: path.join(SHOTS, 'social-space-network.png'), fullPage: true });
    await context.close();
  });

  it('filters activities by stage', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await ui.signIn(context, 'quartier.norden@hamm.example');
    await page.goto(`${ui.base}/#/activities?filter=${encodeURIComponent(JSON.stringify({ stage: 'activation', socialSpaceId: 'norden' }))}`);
    await page.locator('tbody tr').first().waitFor();
    const stages = await page.locator('tbody tr td.column-stage').allInnerTexts();
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages)).toEqual(new Set(['Aktivierung']));
    await page.screenshot({ path: path.join(SHOTS, 'activities.png'), fullPage: true });
    await context.close();
  });
});
