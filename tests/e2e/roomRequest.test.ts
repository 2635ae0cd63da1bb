/**
 * A resident asks for a room (issue 34), in Chromium at 360 px against the stack `npm start` runs: the
 * Norden centre's page shows its rooms with free and taken times in words; the request form refuses a
 * date inside the room's lead time (422, in an alert) and sends a Saturday afternoon; the e-mail's link
 * opens the request's page, where one click confirms it ("Angefragt"); neighbourhood management
 * approves it (through the API until the admin's step is in this test), and the status page says
 * "Zugesagt" with the house rules, while the centre's page and the room's calendar feed show the time
 * as taken, never who. axe-core finds no WCAG 2.1 AA violation on the rooms section, the form and the
 * status page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../infra/local/cognito.ts';
import { ROOT } from '../../infra/local/stack.ts';
import { entities } from '../../shared/entities.ts';
import { SATURDAY_ROOM } from '../../shared/seed/rooms.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { useAdminUi } from '../support/adminUi.ts';
import { QM_NORDEN } from '../support/api.ts';
import { violations } from '../support/axe.ts';
import { unique } from '../support/constants.ts';
import { mailsTo } from '../support/maildev.ts';

const ui = useAdminUi('rooms-finder', { mail: true });
const SHOTS = path.join(ROOT, '.scratch', 'shots');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const PHONE = { locale: 'de-DE', viewport: { width: 360, height: 780 } };

type Rooms = { from: string; rooms: { id: string; name: string; days: { date: string; free: { from: string; to: string }[] }[] }[] };

/** Moves the room's week view to the week holding `day` (weeks count from the first day shown). */
async function showWeekOf(page: Page, room: string, from: string, day: string) {
  const week = Math.floor((Date.parse(day) - Date.parse(from)) / (7 * 86_400_000));
  const region = page.getByRole('region', { name: room });
  for (let i = 0; i < week; i++) await region.getByRole('button', { name: 'Nächste Woche' }).click();
  await region.getByText(`Woche ${week + 1} von 8`, { exact: false }).waitFor();
  return region;
}

describe('a resident asks for a room', { timeout: 240000 }, () => {
  it('asks for the Gruppenraum on a Saturday afternoon, confirms through the mail, and sees the approval', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // The first Saturday the room is free all afternoon, from what the public API says.
    const rooms = (await (await fetch(`${ui.stack.apiUrl}/public/centres/stz-norden/rooms`)).json()) as Rooms;
    const room = rooms.rooms.find((r) => r.id === SATURDAY_ROOM)!;
    const saturday = room.days.find((d) => new Date(`${d.date}T12:00:00Z`).getUTCDay() === 6 && d.date > addDays(rooms.from, 3) && d.free.some((f) => f.from <= '14:00' && f.to >= '17:00'))?.date;
    if (!saturday) throw new Error('The seed has no free Saturday afternoon in the Gruppenraum');

    const phone = await ui.browser.newContext(PHONE);
    const resident = await phone.newPage();
    await resident.goto(`${ui.base}/angebote/?seite=zentrum&id=stz-norden`);
    const section = resident.getByRole('region', { name: 'Räume' });
    await section.waitFor();
    const gruppenraum = await showWeekOf(resident, room.name, rooms.from, saturday);
    // Free and taken in words (a mark beside them is hidden from screen readers, the colour only repeats it).
    const day = gruppenraum.locator('.room-days > li', { hasText: shortDay(saturday) });
    await expect.poll(() => day.innerText()).toMatch(/frei\s+10:00–18:00 Uhr/);
    expect(await violations(resident, '[data-testid=rooms]')).toEqual([]);
    await shot(resident, 'room-centre');

    await gruppenraum.getByRole('link', { name: 'Raum anfragen' }).click();
    await resident.getByRole('heading', { level: 2, name: `Raum anfragen: ${room.name}` }).waitFor();
    expect(await violations(resident)).toEqual([]);

    // Nothing filled in: the fields say what is missing, in German, next to them.
    await resident.getByRole('button', { name: 'Anfrage senden' }).click();
    await resident.getByText('Bitte prüfen Sie Ihre Angaben.').waitFor();
    await resident.getByText('Bitte schreiben Sie, wofür Sie den Raum nutzen möchten.').waitFor();
    expect(await resident.getByLabel('Wofür möchten Sie den Raum nutzen?').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(resident)).toEqual([]);

    const email = `raum-${unique()}@example.org`;
    const purpose = `Treffen der Nachbarschaftsinitiative Nordenstiftsweg (${unique()})`;
    await resident.getByLabel('Wofür möchten Sie den Raum nutzen?').fill(purpose);
    await resident.getByLabel('Wer fragt an?').selectOption({ label: 'Bewohnergruppe oder Initiative' });
    await resident.getByText('Für Bewohnergruppe oder Initiative ist der Raum kostenlos.').waitFor();
    await resident.getByLabel('Name der Gruppe (freiwillig)').fill('Initiative Nordenstiftsweg');
    await resident.getByLabel('Beginn', { exact: true }).fill('14:00');
    await resident.getByLabel('Ende', { exact: true }).fill('17:00');
    await resident.getByLabel('Erwartete Personen', { exact: true }).fill('12');
    await resident.getByLabel('stufenlos erreichbar').check();
    await resident.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
    await resident.getByLabel(/^Ich bin einverstanden/).check();
    // Tomorrow is inside the room's three days' lead time: the server's rule, in its words, in an alert.
    await resident.getByLabel('Datum', { exact: true }).fill(addDays(rooms.from, 1));
    await resident.getByRole('button', { name: 'Anfrage senden' }).click();
    const alert = resident.getByRole('alert').filter({ hasText: 'Die Anfrage passt nicht zu den Regeln des Raums:' });
    await alert.waitFor({ timeout: 30000 });
    expect((await alert.innerText()).length).toBeGreaterThan(60);
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-form-refused');

    await resident.getByLabel('Datum', { exact: true }).fill(saturday);
    await resident.getByText(/^An diesem Tag frei: 10:00–18:00 Uhr/).waitFor();
    await resident.getByRole('button', { name: 'Anfrage senden' }).click();
    await resident.getByText('Bitte bestätigen Sie Ihre Anfrage über den Link in der E-Mail.').waitFor({ timeout: 30000 });
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-form-sent');

    // The e-mail, as maildev received it: its link opens the request's page, where one click confirms.
    await expect.poll(async () => (await mailsTo(ui.stack, email)).length, { timeout: 15000 }).toBe(1);
    const [mail] = await mailsTo(ui.stack, email);
    const link = /https?:\/\/\S+seite=raumanfrage&key=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await resident.goto(link);
    await resident.getByRole('heading', { level: 2, name: 'Ihre Raumanfrage' }).waitFor();
    await resident.getByText('Stand: Noch nicht bestätigt').waitFor();
    expect(await violations(resident)).toEqual([]);
    await resident.getByRole('button', { name: 'Anfrage bestätigen' }).click();
    await resident.getByText('Stand: Angefragt').waitFor();
    const date = resident.getByRole('listitem').filter({ hasText: /14:00–17:00 Uhr/ });
    await expect.poll(() => date.innerText()).toMatch(/: Angefragt$/m);
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-status-pending');

    // Neighbourhood management of Norden finds it in the queue (Raumanfragen) and approves it in the admin.
    const booking = (await ui.stack.repo.listAll<any>(entities.roomBooking, { parentId: 'stz-norden' })).find((b) => b.purpose === purpose)!;
    expect(booking.status).toBe('pending');
    const staffContext = await ui.browser.newContext({ locale: 'de-DE' });
    const staff = await ui.signIn(staffContext, QM_NORDEN);
    await staff.goto(`${ui.base}/#/room-bookings`);
    await staff.getByRole('cell', { name: purpose }).click();
    await staff.getByRole('button', { name: 'Zusagen' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByRole('checkbox', { checked: true }).first().waitFor();
    await dialog.getByRole('button', { name: 'Zusagen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await ui.stack.repo.get<any>(entities.roomBooking, booking.id)).status).toBe('approved');
    await staff.getByText('zugesagt').first().waitFor();
    await staffContext.close();

    await resident.reload();
    await resident.getByText('Stand: Zugesagt').waitFor();
    await expect.poll(() => date.innerText()).toMatch(/: Zugesagt$/m);
    await resident.getByRole('heading', { level: 3, name: 'Hausordnung' }).waitFor();
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-status-approved');

    // The centre's page (a fresh browser, no cached answer) shows the afternoon as taken, and nobody's name.
    const other = await ui.browser.newContext(PHONE);
    const neighbour = await other.newPage();
    await neighbour.goto(`${ui.base}/angebote/?seite=zentrum&id=stz-norden`);
    await neighbour.getByRole('region', { name: 'Räume' }).waitFor();
    const taken = (await showWeekOf(neighbour, room.name, rooms.from, saturday)).locator('.room-days > li', { hasText: shortDay(saturday) });
    await expect.poll(() => taken.innerText()).toMatch(/belegt\s+14:00–17:\d\d Uhr/);
    expect(await taken.innerText()).not.toContain('Initiative');
    expect(await violations(neighbour, '[data-testid=rooms]')).toEqual([]);
    await shot(neighbour, 'room-centre-taken');
    const feed = await (await fetch(`${ui.stack.apiUrl}/public/rooms/${SATURDAY_ROOM}/calendar.ics`)).text();
    expect(feed).toMatch(new RegExp(`DTSTART;TZID=Europe/Berlin:${saturday.replaceAll('-', '')}T140000\\r\\n`));
    expect(feed).toContain('SUMMARY:Belegt');
    expect(feed).not.toContain('Nordenstiftsweg');
    await phone.close();
    await other.close();
  });

  it('asks for a weekly series, accepts another time proposed for one date, and cancels the rest', async () => {
    const rooms = (await (await fetch(`${ui.stack.apiUrl}/public/centres/stz-norden/rooms`)).json()) as Rooms;
    const room = rooms.rooms.find((r) => r.id === SATURDAY_ROOM)!;
    const freeMorning = (day: string) => room.days.find((d) => d.date === day)?.free.some((f) => f.from <= '10:00' && f.to >= '12:00');
    const first = room.days.map((d) => d.date).find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 6 && d > addDays(rooms.from, 3) && [0, 7, 14].every((n) => freeMorning(addDays(d, n))));
    if (!first) throw new Error('The seed has no three free Saturday mornings in a row in the Gruppenraum');
    const second = addDays(first, 7);

    const phone = await ui.browser.newContext(PHONE);
    const resident = await phone.newPage();
    await resident.goto(`${ui.base}/angebote/?seite=raum&id=${SATURDAY_ROOM}&zentrum=stz-norden`);
    await resident.getByRole('heading', { level: 2, name: `Raum anfragen: ${room.name}` }).waitFor();
    const email = `selbsthilfe-${unique()}@example.org`;
    await resident.getByLabel('Wofür möchten Sie den Raum nutzen?').fill(`Gesprächskreis für pflegende Angehörige (${unique()})`);
    await resident.getByLabel('Wer fragt an?').selectOption({ label: 'Selbsthilfegruppe' });
    await resident.getByLabel('Datum', { exact: true }).fill(first);
    await resident.getByLabel('Beginn', { exact: true }).fill('10:00');
    await resident.getByLabel('Ende', { exact: true }).fill('12:00');
    await resident.getByLabel('Erwartete Personen', { exact: true }).fill('8');
    await resident.getByLabel('Wiederholung').selectOption({ label: 'Jede Woche am selben Wochentag' });
    await resident.getByLabel('Wiederholen bis einschließlich').fill(addDays(first, 14));
    await resident.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
    await resident.getByLabel(/^Ich bin einverstanden/).check();
    await resident.getByRole('button', { name: 'Anfrage senden' }).click();
    await resident.getByText('Bitte bestätigen Sie Ihre Anfrage über den Link in der E-Mail.').waitFor({ timeout: 30000 });
    await resident.getByText(/Jede Woche am selben Wochentag, Wiederholen bis einschließlich: /).waitFor();

    await expect.poll(async () => (await mailsTo(ui.stack, email)).length, { timeout: 15000 }).toBe(1);
    const [mail] = await mailsTo(ui.stack, email);
    await resident.goto(/https?:\/\/\S+seite=raumanfrage&key=[A-Za-z0-9_-]+/.exec(mail.text)![0]);
    await resident.getByRole('button', { name: 'Anfrage bestätigen' }).click();
    await resident.getByText('Stand: Angefragt').waitFor();
    const dates = resident.locator('li.occurrence');
    await expect.poll(() => dates.allInnerTexts()).toEqual([expect.stringMatching(/10:00–12:00 Uhr: Angefragt$/m), expect.stringMatching(/: Angefragt$/m), expect.stringMatching(/: Angefragt$/m)]);

    // Staff propose the afternoon for the second Saturday.
    const booking = (await ui.stack.repo.listAll<any>(entities.roomBooking, { parentId: 'stz-norden' })).find((b) => b.contact?.email === email)!;
    expect(booking.recurrence).toBe(`FREQ=WEEKLY;INTERVAL=1;BYDAY=SA;UNTIL=${addDays(first, 14).replaceAll('-', '')}`);
    const token = await signIn(ui.stack.cognitoEndpoint, ui.stack.pool.userPoolClientId, QM_NORDEN, DEFAULT_DEMO_PASSWORD);
    const proposal = await fetch(`${ui.stack.apiUrl}/room-bookings/${booking.id}/proposal`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: booking.version, occurrenceId: second, date: second, startTime: '15:00', endTime: '17:00', note: 'Vormittags ist an diesem Tag das Team im Raum.' }),
    });
    expect(proposal.status, await proposal.clone().text()).toBe(200);

    await resident.reload();
    const proposed = dates.nth(1);
    await proposed.getByText('Anderer Termin vorgeschlagen').waitFor();
    await proposed.getByText(/^Vorschlag: Sa\., \d+\. \w+\.?, 15:00–17:00 Uhr/).waitFor();
    await proposed.getByText('Vormittags ist an diesem Tag das Team im Raum.').waitFor();
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-status-proposed');
    await proposed.getByRole('button', { name: 'Vorschlag annehmen' }).click();
    await expect.poll(() => proposed.innerText()).toMatch(/15:00–17:00 Uhr: Zugesagt/);

    // One date cancelled, asked once more in the page; then all that are left.
    await dates.nth(0).getByRole('button', { name: 'Absagen' }).click();
    await resident.getByText(/^Möchten Sie den Termin .* wirklich absagen\?$/).waitFor();
    expect(await violations(resident)).toEqual([]);
    await resident.getByRole('button', { name: 'Ja, absagen' }).click();
    await expect.poll(() => dates.nth(0).innerText()).toMatch(/: Abgesagt$/m);
    await resident.getByRole('button', { name: 'Alle Termine absagen' }).click();
    await resident.getByText('Möchten Sie wirklich alle Termine absagen?').waitFor();
    await resident.getByRole('button', { name: 'Ja, absagen' }).click();
    await resident.getByText('Stand: Abgesagt').waitFor();
    await expect.poll(() => dates.allInnerTexts()).toEqual([expect.stringMatching(/: Abgesagt$/m), expect.stringMatching(/: Abgesagt$/m), expect.stringMatching(/: Abgesagt$/m)]);
    expect(await resident.getByRole('button', { name: /absagen/i }).count()).toBe(0);
    expect(await violations(resident)).toEqual([]);
    await shot(resident, 'room-status-cancelled');
    await phone.close();
  });
});

/** "Sa., 21.11." as the finder writes a day in German. */
function shortDay(day: string) {
  return new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
