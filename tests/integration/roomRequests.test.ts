/**
 * Residents ask for a room through the finder (issue 34), through the real route table and DynamoDB
 * Local: double opt-in by the mailed status link (tampered, malformed, reused, expired), staff see and
 * answer a request only once confirmed, the answer mails (approval with house rules, key pick-up and
 * a calendar file; refusal with the reason; a proposed time), cancelling and accepting or declining a
 * proposal through the link, the abuse defence, the reminder the day before (once), and a partner's
 * retried request under one Idempotency-Key.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../functions/mail/mailer.ts';
import { getDeps, setDeps } from '../../functions/http/deps.ts';
import { remindRoomBookings } from '../../functions/reports/roomReminders.ts';
import { readRoomDays } from '../../shared/db/roomDayStore.ts';
import { entities } from '../../shared/entities.ts';
import { nowMs, setClock } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, isHoliday } from '../../shared/time/workingDays.ts';
import { ADMIN, QM_NORDEN, startApi, type Api, type Client } from '../support/api.ts';
import { clientAddresses, solvedChallenge } from '../support/publicForm.ts';

let api: Api;
let qm: Client;
let centreId: string;
let roomId: string;
const sent: MailMessage[] = [];
const asClient = clientAddresses('198.19');
let n = 0;

const today = () => berlinToday(new Date(nowMs()));
/** The first day on or after `from` that is no holiday and falls on `weekday` (0 Sunday … 6 Saturday). */
function plainDay(from: string, weekday: number): string {
  let d = from;
  while (isHoliday(d) || new Date(`${d}T12:00:00Z`).getUTCDay() !== weekday) d = addDays(d, 1);
  return d;
}
const german = (day: string) => day.split('-').reverse().join('.');

beforeAll(async () => {
  api = await startApi();
  qm = await api.as(QM_NORDEN);
  process.env.PUBLIC_URL ??= 'https://stadtteilarbeit.hamm.example';
  setDeps({ ...getDeps(), mailer: { sendMail: async (m) => (sent.push(m), { messageId: `m-${sent.length}` }) } });
  const centre = await qm.post('/centres', { name: `Anfrage-Zentrum ${nowMs()}`, socialSpaceId: 'norden', address: { street: 'Nordstraße 3', postalCode: '59065' }, openingHours: [{ freq: 'DAILY', opens: '08:00', closes: '22:00' }] });
  expect(centre.status, JSON.stringify(centre.body)).toBe(201);
  centreId = centre.body.id;
  const room = await qm.post('/rooms', { centreId, name: 'Gruppenraum', capacity: 20, houseRules: 'Bitte besenrein verlassen.', keyPickup: 'Im Büro des Zentrums, Mo–Fr 9–12 Uhr.', leadDays: 3, maxHours: 4, fees: [{ bookerKind: 'private', cents: 2500 }] });
  expect(room.status, JSON.stringify(room.body)).toBe(201);
  roomId = room.body.id;
}, 60000);
afterAll(() => api.close());

const request = (over: Record<string, unknown> = {}) => ({
  purpose: `Nachbarschaftstreffen ${++n}`, bookerKind: 'residents-group', groupName: 'Nachbarn Lange Straße', expectedPeople: 12,
  date: plainDay(addDays(today(), 10 + n * 7), 6), startTime: '14:00', endTime: '17:00', contact: { email: `nachbarin${n}@example.org`, name: 'Nina Nachbarin' }, consent: true, website: '', ...over,
});

/** Asks as a resident would and returns the key from the confirmation mail. */
async function ask(over: Record<string, unknown> = {}) {
  const altcha = await solvedChallenge(api);
  setClock(nowMs() + 3500);
  const body = request(over);
  const res = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...body, altcha }, asClient());
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body).toEqual({ status: 'unconfirmed' });
  const mail = sent.findLast((m) => m.to === (body.contact as { email: string }).email)!;
  expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Raumanfrage: Gruppenraum');
  const key = /seite=raumanfrage&key=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const booking = (await api.repo.listAll<any>(entities.roomBooking, { parentId: centreId })).find((b) => b.purpose === body.purpose)!;
  return { key, booking, body };
}
const confirm = async (key: string) => (await api.anonymous.post(`/public/room-requests/${key}/confirm`)).body;
const queue = async () => (await qm.get('/room-bookings', { filter: { centreId } })).body as any[];
const current = async (id: string) => (await qm.get(`/room-bookings/${id}`)).body;

describe('double opt-in', () => {
  it('staff see and answer a request only once its address is confirmed; a second use of the link changes nothing', async () => {
    const { key, booking, body } = await ask();
    const before = (await api.anonymous.get(`/public/room-requests/${key}`)).body;
    expect(before).toMatchObject({ status: 'unconfirmed', purpose: body.purpose, room: { name: 'Gruppenraum' } });
    // Where the key is left is told only with an approval.
    expect(before.room).not.toHaveProperty('keyPickup');
    expect((await queue()).map((b) => b.id)).not.toContain(booking.id);
    const early = await qm.post(`/room-bookings/${booking.id}/approval`, { version: booking.version });
    expect(early.status).toBe(409);
    expect(early.body.errors[0].detail).toMatch(/noch nicht bestätigt/);

    const view = await confirm(key);
    expect(view).toMatchObject({ status: 'pending', occurrences: [{ date: body.date, startTime: '14:00', endTime: '17:00', status: 'pending' }] });
    expect(view.occurrences[0]).not.toHaveProperty('decidedBy');
    const confirmed = await current(booking.id);
    expect(confirmed.confirmedAt).toBeTruthy();
    expect((await queue()).map((b) => b.id)).toContain(booking.id);
    expect((await confirm(key)).status).toBe('pending');
    expect((await current(booking.id)).version).toBe(confirmed.version);
  });

  it('refuses a changed key (404), a malformed one (400) and a link older than 48 hours (409)', async () => {
    const { key } = await ask();
    expect((await api.anonymous.post(`/public/room-requests/${key.slice(0, -2)}xx/confirm`)).status).toBe(404);
    expect((await api.anonymous.get(`/public/room-requests/${'k'.repeat(43)}`)).status).toBe(404);
    const malformed = await api.anonymous.get('/public/room-requests/abc');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    setClock(nowMs() + 49 * 3_600_000);
    const expired = await api.anonymous.post(`/public/room-requests/${key}/confirm`);
    expect(expired.status).toBe(409);
    expect(expired.body.type).toBe('https://hamm.example/problems/room-request-link');
    expect(expired.body.errors[0].detail).toMatch(/48 Stunden/);
  });
});

describe('the answer, by mail and on the status page', () => {
  it('an approval mails the dates with house rules, key pick-up and a calendar file; the room is taken then', async () => {
    const { key, booking, body } = await ask({ bookerKind: 'private', groupName: undefined });
    await confirm(key);
    const stored = await current(booking.id);
    expect(stored.feeCents).toBe(2500);
    const res = await qm.post(`/room-bookings/${booking.id}/approval`, { version: stored.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mail = sent.at(-1)!;
    expect(mail.to).toBe(body.contact.email);
    expect(mail.subject).toBe('Raum zugesagt: Gruppenraum');
    expect(mail.text).not.toContain('übrigen Termine');
    expect(mail.text).toContain(`Guten Tag Nina Nachbarin,`);
    expect(mail.text).toContain('Hausordnung: Bitte besenrein verlassen.');
    expect(mail.text).toContain('Schlüssel: Im Büro des Zentrums, Mo–Fr 9–12 Uhr.');
    expect(mail.text).toContain('Nutzungsentgelt je Termin: 25,00');
    expect(mail.text).toContain(`key=${key}`);
    const ics = mail.attachments!.find((a) => a.filename === 'raum.ics')!;
    const events = new ICAL.Component(ICAL.parse(ics.content)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([[body.purpose, `${body.date}T14:00:00`]]);
    expect((await api.anonymous.get(`/public/room-requests/${key}`)).body).toMatchObject({ status: 'approved', occurrences: [{ status: 'approved' }], room: { keyPickup: 'Im Büro des Zentrums, Mo–Fr 9–12 Uhr.' } });
    const rooms = (await api.anonymous.get(`/public/centres/${centreId}/rooms`)).body.rooms;
    const day = rooms[0].days.find((d: any) => d.date === body.date);
    expect(JSON.stringify(day)).toMatch(/14:00/);
  });

  it('a refusal mails the reason', async () => {
    const { key, booking } = await ask();
    await confirm(key);
    const res = await qm.post(`/room-bookings/${booking.id}/refusal`, { version: (await current(booking.id)).version, reason: 'An dem Tag findet das Stadtteilfest statt.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(sent.at(-1)!.subject).toBe('Raumanfrage nicht möglich: Gruppenraum');
    expect(sent.at(-1)!.text).toContain(': An dem Tag findet das Stadtteilfest statt.');
    expect((await api.anonymous.get(`/public/room-requests/${key}`)).body.occurrences[0]).toMatchObject({ status: 'refused', reason: 'An dem Tag findet das Stadtteilfest statt.' });
  });

  it('staff cancelling an approved date is a cancellation by mail, not a refusal', async () => {
    const { key, booking } = await ask();
    await confirm(key);
    const approved = (await qm.post(`/room-bookings/${booking.id}/approval`, { version: (await current(booking.id)).version })).body.booking;
    await qm.post(`/room-bookings/${booking.id}/refusal`, { version: approved.version, reason: 'Wasserschaden im Gruppenraum.' });
    expect(sent.at(-1)!.subject).toBe('Termin abgesagt: Gruppenraum');
    expect(sent.at(-1)!.text).toContain(': Wasserschaden im Gruppenraum.');
  });
});

describe('through the link', () => {
  it('a series: the requester accepts one proposed time, declines another and cancels an approved date, which frees the room; the first answer stays staff\'s', async () => {
    const first = plainDay(addDays(today(), 30), 2);
    const { key, booking } = await ask({ date: first, startTime: '15:00', endTime: '17:00', recurrence: `FREQ=WEEKLY;BYDAY=TU;COUNT=4` });
    await confirm(key);
    const days = (await current(booking.id)).occurrences.map((o: any) => o.id);
    expect(days).toHaveLength(4);
    let b = (await qm.post(`/room-bookings/${booking.id}/approval`, { version: (await current(booking.id)).version, occurrenceIds: days.slice(0, 2) })).body.booking;
    const answeredAt = b.answeredAt;
    for (const [i, day] of [[2, days[2]], [3, days[3]]] as const) {
      const res = await qm.post(`/room-bookings/${booking.id}/proposal`, { version: b.version, occurrenceId: day, date: day, startTime: '18:00', endTime: '20:00', note: `Vorschlag ${i}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      b = res.body;
    }
    expect(sent.at(-1)!.subject).toBe('Anderer Termin vorgeschlagen: Gruppenraum');
    expect(sent.at(-1)!.text).toMatch(/– statt .*15:00–17:00 Uhr: .*18:00–20:00 Uhr \(Vorschlag 3\)/);

    const accepted = await api.anonymous.post(`/public/room-requests/${key}/answer`, { occurrenceId: days[2], accept: true });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.occurrences[2]).toMatchObject({ status: 'approved', date: days[2], startTime: '18:00', endTime: '20:00' });
    // Accepting is an approval: its mail carries the date's calendar file, and says another date is still open.
    const approvalMail = sent.at(-1)!;
    expect(approvalMail.subject).toBe('Raum zugesagt: Gruppenraum');
    expect(approvalMail.text).toContain('Über die übrigen Termine Ihrer Anfrage entscheiden wir noch.');
    expect(approvalMail.attachments![0].content).toContain(`DTSTART;TZID=Europe/Berlin:${days[2].replaceAll('-', '')}T180000`);
    expect((await readRoomDays(api.repo, roomId, days[2], days[2])).get(days[2])!.held).toEqual([expect.objectContaining({ bookingId: booking.id, start: '18:00', end: '20:00' })]);
    const declined = await api.anonymous.post(`/public/room-requests/${key}/answer`, { occurrenceId: days[3], accept: false });
    expect(declined.body.occurrences[3]).toMatchObject({ status: 'cancelled', reason: 'Vorgeschlagene Zeit abgelehnt.' });
    expect((await api.anonymous.post(`/public/room-requests/${key}/answer`, { occurrenceId: days[3], accept: true })).status).toBe(409);

    const cancelled = await api.anonymous.post(`/public/room-requests/${key}/cancel`, { occurrenceIds: [days[0]] });
    expect(cancelled.body.occurrences.map((o: any) => o.status)).toEqual(['cancelled', 'approved', 'approved', 'cancelled']);
    expect((await readRoomDays(api.repo, roomId, days[0], days[0])).get(days[0])?.held ?? []).toEqual([]);
    expect((await current(booking.id)).answeredAt).toBe(answeredAt);

    // Once a date has passed it happened, and counts: the link cannot cancel it.
    setClock(Date.parse(`${addDays(days[1], 1)}T12:00:00Z`));
    const late = await api.anonymous.post(`/public/room-requests/${key}/cancel`, { occurrenceIds: [days[1]] });
    expect(late.status).toBe(409);
    expect(late.body.errors[0].detail).toBe('Vergangene Termine können nicht mehr abgesagt werden.');
    const rest = await api.anonymous.post(`/public/room-requests/${key}/cancel`, {});
    expect(rest.body.occurrences.map((o: any) => o.status)).toEqual(['cancelled', 'approved', 'cancelled', 'cancelled']);
  });

  it('an unconfirmed request is withdrawn as a whole and never reaches the queue', async () => {
    const { key, booking } = await ask();
    const res = await api.anonymous.post(`/public/room-requests/${key}/cancel`, {});
    expect(res.body.status).toBe('cancelled');
    expect((await current(booking.id)).answeredAt).toBeUndefined();
    expect((await api.anonymous.post(`/public/room-requests/${key}/confirm`)).body.status).toBe('cancelled');
  });
});

describe('abuse defence and the rules', () => {
  it('refuses a filled honeypot, a reused or missing challenge, a partner kind, and names the broken rule in German', async () => {
    const altcha = await solvedChallenge(api);
    setClock(nowMs() + 3500);
    const honeypot = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request({ website: 'http://spam.example' }), altcha }, asClient());
    expect(honeypot.status).toBe(400);
    expect(honeypot.body.errors[0].pointer).toBe('/body/website');
    const once = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request(), altcha }, asClient());
    expect(once.status).toBe(201);
    const again = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request(), altcha }, asClient());
    expect(again.status).toBe(400);
    expect(again.body.errors[0].detail).toMatch(/schon verwendet/);
    const without = await api.anonymous.post(`/public/rooms/${roomId}/requests`, request(), asClient());
    expect(without.status).toBe(400);
    expect(without.body.errors.map((e: any) => e.pointer)).toContain('/body/altcha');
    const partner = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request({ bookerKind: 'partner' }), altcha: await solvedChallenge(api) }, asClient());
    expect(partner.status).toBe(400);
    expect(partner.body.errors.map((e: any) => e.pointer)).toContain('/body/bookerKind');

    setClock(nowMs() + 3500);
    const tooSoon = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request({ date: addDays(today(), 1) }), altcha: await solvedChallenge(api) }, asClient());
    // Sent the moment its challenge came: faster than a person fills the form.
    expect(tooSoon.status).toBe(400);
    expect(tooSoon.body.errors[0].detail).toMatch(/sehr schnell/);
    const altcha2 = await solvedChallenge(api);
    setClock(nowMs() + 3500);
    const lead = await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request({ date: addDays(today(), 1) }), altcha: altcha2 }, asClient());
    expect(lead.status).toBe(422);
    expect(lead.body.errors).toEqual([expect.objectContaining({ code: 'lead-time', detail: expect.stringMatching(/mindestens 3 Tage/) })]);
  });

  it('counts a client\'s submissions of the day: the eleventh is refused with 429', async () => {
    const client = asClient();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const altcha = await solvedChallenge(api);
      setClock(nowMs() + 3500);
      statuses.push((await api.anonymous.post(`/public/rooms/${roomId}/requests`, { ...request(), altcha }, client)).status);
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
  });
});

describe('reminder and partners', () => {
  it('reminds the requester the day before, once', async () => {
    const { key, booking, body } = await ask();
    await confirm(key);
    await qm.post(`/room-bookings/${booking.id}/approval`, { version: (await current(booking.id)).version });
    const mails: MailMessage[] = [];
    const opts = { day: addDays(body.date, -1), actor: 'system:test', now: () => new Date(nowMs()), transport: { sendMail: async (m: MailMessage) => (mails.push(m), { messageId: 'r' }) }, baseUrl: 'https://stadtteilarbeit.hamm.example' };
    const run = await remindRoomBookings(api.repo, opts);
    expect(run.filter((r) => r.bookingId === booking.id).map((r) => r.outcome)).toEqual(['sent']);
    expect(mails.find((m) => m.to === body.contact.email)!.subject).toBe('Morgen: Gruppenraum');
    expect((await remindRoomBookings(api.repo, opts)).filter((r) => r.bookingId === booking.id).map((r) => r.outcome)).toEqual(['skipped']);
  });

  it('a partner\'s retried request with the same Idempotency-Key is recorded once', async () => {
    const admin = await api.as(ADMIN);
    const caritas = api.withKey((await admin.post('/api-keys', { organisationId: 'caritas', name: 'Raum einmalig' })).body.key);
    const { consent: _c, website: _w, ...body } = request({ bookerKind: 'partner', organisationId: 'caritas', groupName: undefined });
    const headers = { 'Idempotency-Key': `room-${nowMs()}` };
    const first = await caritas.post('/room-bookings', { ...body, roomId }, headers);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await caritas.post('/room-bookings', { ...body, roomId }, headers);
    expect(second.body.id).toBe(first.body.id);
    expect((await api.repo.listAll<any>(entities.roomBooking, { parentId: centreId })).filter((b) => b.purpose === body.purpose)).toHaveLength(1);
  });
});
