/**
 * Residents take part (issue 28), in Chromium against the stack `npm start` runs: a resident sends an
 * idea from a phone (360 px) with the proof of work solved unseen, a clerk finds it among the new
 * submissions, releases and answers it, and the resident's status page and the public list show the
 * answer; "me too" counts once; a survey answered and a closed one's results; a sign-up confirmed
 * through the e-mail in maildev, which the clerk's list of the activity shows. axe-core finds no
 * WCAG 2.1 AA violation on any new page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import { violations } from '../support/axe.ts';
import { unique } from '../support/constants.ts';
import { mailsTo } from '../support/maildev.ts';

const ui = useAdminUi('participation', { mail: true });

describe('residents take part', { timeout: 180000 }, () => {
  it('sends an idea, which a clerk releases and answers, and the status page shows the answer', async () => {
    const phone = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } });
    const resident = await phone.newPage();
    await resident.goto(`${ui.base}/angebote/`);
    await resident.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mitmachen' }).click();
    await resident.getByRole('heading', { level: 2, name: 'Sagen Sie uns, was fehlt' }).waitFor();
    expect(await violations(resident)).toEqual([]);

    const words = `Am Nordenstiftsweg fehlt eine Bank im Schatten (${unique()}).`;
    await resident.getByLabel('Ihr Anliegen oder Ihre Idee').fill(words);
    await resident.getByLabel('Thema').selectOption('Teilhabe');
    // The map is optional: a point set and removed again, then the social space chosen.
    await resident.getByRole('button', { name: 'Ort auf der Karte wählen (freiwillig)' }).click();
    const map = resident.getByRole('region', { name: 'Karte: Ort des Anliegens wählen' });
    await map.waitFor();
    await resident.waitForTimeout(500);
    await map.click({ position: { x: 120, y: 120 } });
    await resident.getByText(/^Gewählter Ort: 51\.\d{4}, 7\.\d{4}$/).waitFor();
    expect(await violations(resident)).toEqual([]);
    await resident.getByRole('button', { name: 'Ort entfernen' }).click();
    await resident.getByLabel('Sozialraum', { exact: true }).selectOption({ label: 'Hammer Norden' });
    await resident.getByLabel('E-Mail').fill('anwohner@example.org');
    // Contact data without consent is refused, next to the field, in German.
    await resident.getByRole('button', { name: 'Anliegen senden' }).click();
    await resident.getByText('Bitte prüfen Sie Ihre Angaben.').waitFor();
    await resident.getByLabel(/Ich bin einverstanden/).check();
    await resident.getByRole('button', { name: 'Anliegen senden' }).click();
    await resident.getByRole('heading', { name: 'Vielen Dank! Ihr Anliegen ist angekommen.' }).waitFor({ timeout: 30000 });
    expect(await violations(resident)).toEqual([]);
    await resident.screenshot({ path: path.join(SHOTS, 'participation-sent.png'), fullPage: true });
    const statusUrl = (await resident.getByRole('link', { name: /seite=status&key=/ }).getAttribute('href'))!;
    expect(statusUrl).toMatch(/seite=status&key=[A-Za-z0-9_-]{32}/);

    await resident.goto(statusUrl);
    await resident.getByText('Stand: eingegangen').waitFor();
    await resident.getByText(/Wird geprüft, noch nicht veröffentlicht/).waitFor();
    expect(await violations(resident)).toEqual([]);

    // The clerk of the social space: the dashboard counts it, the list finds it, the edit page releases and answers it.
    const desk = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const clerk = await ui.signIn(desk, 'quartier.norden@hamm.example');
    await clerk.getByText('Neue Eingänge').waitFor();
    await clerk.goto(`${ui.base}/#/ideas?filter=${encodeURIComponent(JSON.stringify({ moderation: 'pending', q: words.slice(-10, -2) }))}`);
    await clerk.getByText(words.slice(0, 30)).first().click();
    await clerk.getByLabel('freigegeben').check();
    await clerk.getByLabel('Stand').click();
    await clerk.getByRole('option', { name: 'in Prüfung' }).click();
    await clerk.getByLabel('Öffentliche Antwort').fill('Wir klären das mit dem Grünflächenamt.');
    await clerk.getByRole('button', { name: 'Speichern' }).click();
    await clerk.getByText(/aktualisiert|gespeichert/i).first().waitFor();
    await clerk.screenshot({ path: path.join(SHOTS, 'participation-clerk.png'), fullPage: true });

    await resident.goto(statusUrl);
    await resident.getByText('Stand: in Prüfung').waitFor();
    await resident.getByRole('heading', { name: 'Antwort der Stadtteilarbeit' }).waitFor();
    await resident.getByText('Wir klären das mit dem Grünflächenamt.').waitFor();
    expect(await violations(resident)).toEqual([]);
    await resident.screenshot({ path: path.join(SHOTS, 'participation-status.png'), fullPage: true });

    // Released, it is listed for the neighbours, who can say it concerns them too, once.
    await resident.goto(`${ui.base}/angebote/?seite=mitmachen&socialSpaceId=norden`);
    const item = resident.locator('li', { hasText: words });
    await item.getByRole('button', { name: 'Das betrifft mich auch (0)' }).click();
    await item.getByText(/Sie haben das schon gesagt \(1\)/).waitFor();
    expect(await violations(resident)).toEqual([]);
    await phone.close();
    await desk.close();
  });

  it('signs up for the neighbourhood walk, confirms through the e-mail, and the clerk\'s list shows it', async () => {
    const phone = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } });
    const resident = await phone.newPage();
    await resident.goto(`${ui.base}/angebote/?seite=mitmachen&socialSpaceId=norden`);
    await resident.getByRole('heading', { level: 2, name: 'Veranstaltungen zum Anmelden' }).waitFor();
    const walk = resident.locator('li', { hasText: 'Stadtteilspaziergang durch den Hammer Norden' });
    await walk.getByText('Noch 14 Plätze frei').waitFor();
    await walk.getByRole('link', { name: 'Anmelden' }).click();
    await resident.getByRole('heading', { level: 2, name: 'Stadtteilspaziergang durch den Hammer Norden' }).waitFor();
    expect(await violations(resident)).toEqual([]);
    const email = `spaziergang-${unique()}@example.org`;
    await resident.getByLabel('Name (freiwillig)').fill('Erika Muster');
    await resident.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
    await resident.getByLabel('Weitere Personen, die mitkommen').selectOption('1');
    await resident.getByLabel(/^Ich bin einverstanden/).check();
    await resident.getByRole('button', { name: 'Anmelden' }).click();
    await resident.getByText(/^Fast geschafft: Bitte bestätigen Sie/).waitFor({ timeout: 30000 });
    expect(await violations(resident)).toEqual([]);

    // The e-mail, as maildev received it over SMTP.
    await expect.poll(async () => (await mailsTo(ui.stack, email)).length, { timeout: 15000 }).toBe(1);
    const [mail] = await mailsTo(ui.stack, email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung: Stadtteilspaziergang durch den Hammer Norden');
    const link = /https?:\/\/\S+seite=anmeldung&key=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await resident.goto(link);
    await resident.getByRole('heading', { level: 2, name: 'Ihre Anmeldung' }).waitFor();
    await resident.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await resident.getByText('Ihr Platz ist reserviert.').waitFor();
    expect(await violations(resident)).toEqual([]);
    await resident.screenshot({ path: path.join(SHOTS, 'participation-signed-up.png'), fullPage: true });

    const desk = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const clerk = await ui.signIn(desk, 'quartier.norden@hamm.example');
    await clerk.goto(`${ui.base}/#/activities/spaziergang-norden/show`);
    const list = clerk.getByTestId('activity-sign-ups');
    await list.getByText(email).waitFor();
    await expect.poll(() => clerk.getByTestId('sign-up-counts').innerText()).toMatch(/^Bestätigt: 8 Personen/);
    await clerk.screenshot({ path: path.join(SHOTS, 'participation-sign-ups.png'), fullPage: true });
    await phone.close();
    await desk.close();
  });

  it('answers the open survey, and reads a closed one\'s results with small counts hidden', async () => {
    const phone = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } });
    const resident = await phone.newPage();
    await resident.goto(`${ui.base}/angebote/?seite=mitmachen&socialSpaceId=norden`);
    const surveys = resident.getByRole('region', { name: 'Umfragen' });
    await surveys.getByRole('link', { name: 'Treffpunkte im Hammer Norden' }).click();
    await resident.getByRole('heading', { level: 2, name: 'Treffpunkte im Hammer Norden' }).waitFor();
    expect(await violations(resident)).toEqual([]);
    // The required question left out: the form says so at the question.
    await resident.getByRole('button', { name: 'Antworten senden' }).click();
    await resident.getByText('Bitte beantworten Sie diese Frage.').first().waitFor();
    await resident.getByRole('group', { name: /Wie oft sind Sie in einem Treffpunkt/ }).getByLabel('jeden Monat').check();
    await resident.getByLabel('Angebote am Abend').check();
    await resident.getByRole('group', { name: /Wie wohl fühlen Sie sich/ }).getByLabel('4', { exact: true }).check();
    await resident.getByLabel('Was wünschen Sie sich für Ihren Stadtteil?').fill('Eine Bank am Kanal.');
    await resident.getByRole('button', { name: 'Antworten senden' }).click();
    await resident.getByRole('heading', { name: 'Vielen Dank für Ihre Antworten!' }).waitFor({ timeout: 30000 });
    expect(await violations(resident)).toEqual([]);

    await resident.goto(`${ui.base}/angebote/?seite=ergebnisse&id=umfrage-spielplatz-sorauer`);
    await resident.getByText('Geantwortet haben 23 Personen.').waitFor();
    const votes = resident.getByRole('table', { name: /Welches Spielgerät/ });
    await expect.poll(() => votes.getByRole('row').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Kletterturm\s+12/), expect.stringMatching(/Wasserspiel\s+nicht ausgewiesen/), expect.stringMatching(/Nestschaukel\s+weniger als 5/)]));
    expect(await violations(resident)).toEqual([]);
    await resident.screenshot({ path: path.join(SHOTS, 'participation-results.png'), fullPage: true });
    await phone.close();
  });
});
