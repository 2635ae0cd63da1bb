/**
 * Rooms in the community centres (issue 34) through the real route table and DynamoDB Local: twenty
 * simultaneous approvals of overlapping requests leave exactly one approved (the others 409 naming the
 * time, no audit entry lost), a series with a conflicting occurrence (shown before approval, skippable),
 * a room used by a weekly offer shown as taken and refused, the room's rules as 422, refusal and
 * proposal, the key handover, partners with their keys, the public view and feed without personal
 * data, and every role's permissions written out by hand.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPatterns } from '../../shared/db/accessPatterns.ts';
import { readRoomDays } from '../../shared/db/roomDayStore.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, isHoliday } from '../../shared/time/workingDays.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let qm: Client;
let caritas: Client;
let awo: Client;
let centreId: string;
let roomId: string;
let n = 0;

const today = () => berlinToday(new Date(nowMs()));
/** The first day on or after `from` that is no holiday and falls on `weekday` (0 Sunday … 6 Saturday), if given. */
function plainDay(from: string, weekday?: number): string {
  let d = from;
  while (isHoliday(d) || (weekday !== undefined && new Date(`${d}T12:00:00Z`).getUTCDay() !== weekday)) d = addDays(d, 1);
  return d;
}
const german = (day: string) => day.split('-').reverse().join('.');
const booking = (over: Record<string, unknown> = {}) => ({ roomId, purpose: `Treffen der Mietergemeinschaft ${++n}`, bookerKind: 'residents-group', groupName: 'Mietergemeinschaft Nord', expectedPeople: 12, date: plainDay(addDays(today(), 14)), startTime: '14:00', endTime: '16:00', contact: { email: `gruppe${n}@example.org` }, ...over });

async function created(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/room-bookings', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const auditOf = (id: string) => api.repo.queryAll(accessPatterns.auditOfEntity('roomBooking', id));

beforeAll(async () => {
  api = await startApi();
  admin = await api.as(ADMIN);
  qm = await api.as(QM_NORDEN);
  caritas = api.withKey((await admin.post('/api-keys', { organisationId: 'caritas', name: 'Raumanfragen Caritas' })).body.key);
  awo = api.withKey((await admin.post('/api-keys', { organisationId: 'awo', name: 'Raumanfragen AWO' })).body.key);
  const centre = await qm.post('/centres', { name: `Raumtest-Zentrum ${nowMs()}`, socialSpaceId: 'norden', address: { street: 'Nordstraße 1', postalCode: '59065' }, openingHours: [{ freq: 'DAILY', opens: '08:00', closes: '22:00' }] });
  expect(centre.status, JSON.stringify(centre.body)).toBe(201);
  centreId = centre.body.id;
  const room = await qm.post('/rooms', { centreId, name: 'Großer Saal', capacity: 40, sizeSqm: 80, equipment: ['kitchen', 'chairs-tables'], accessibility: ['step-free'], houseRules: 'Bitte besenrein verlassen.', leadDays: 7, maxHours: 4, bufferBeforeMin: 30, bufferAfterMin: 15, fees: [{ bookerKind: 'private', cents: 5000 }] });
  expect(room.status, JSON.stringify(room.body)).toBe(201);
  expect(room.body.socialSpaceId).toBe('norden');
  roomId = room.body.id;
}, 60000);
afterAll(() => api.close());

describe('never double-booked', () => {
  it('twenty simultaneous approvals of overlapping requests: exactly one approved, the others 409 naming the time, no audit entry lost', { timeout: 60000 }, async () => {
    const day = plainDay(addDays(today(), 21));
    const asked = [];
    for (let i = 0; i < 20; i++) asked.push(await created(qm, booking({ date: day, startTime: `${14 + (i % 3)}:00`, endTime: `${16 + (i % 3)}:00` })));
    const answers = await Promise.all(asked.map((b) => qm.post(`/room-bookings/${b.id}/approval`, { version: b.version })));
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    const winner = asked[answers.indexOf(won[0])];
    const { startTime, endTime } = won[0].body.booking.occurrences[0];
    for (const lost of answers.filter((a) => a.status !== 200)) {
      expect(lost.status).toBe(409);
      expect(lost.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(lost.body.errors[0].detail).toBe(`Der Raum ist am ${german(day)} von ${startTime} bis ${endTime} Uhr schon belegt.`);
    }
    // The lock holds the one approved time; the winner's trail has its approval, the others nothing but their request.
    const locks = await readRoomDays(api.repo, roomId, day, day);
    expect(locks.get(day)!.held).toEqual([expect.objectContaining({ bookingId: winner.id, start: startTime, end: endTime })]);
    expect((await auditOf(winner.id)).map((e: any) => e.action).sort()).toEqual(['create', 'update']);
    for (const b of asked.filter((x) => x !== winner)) {
      expect((await auditOf(b.id)).map((e: any) => e.action)).toEqual(['create']);
      expect((await qm.get(`/room-bookings/${b.id}`)).body.status).toBe('pending');
    }
    // Requests, simultaneous ones too, for the taken time are refused; a free time later that day is not.
    const requests = await Promise.all(Array.from({ length: 5 }, () => caritas.post('/room-bookings', booking({ organisationId: 'caritas', date: day, startTime, endTime }))));
    expect(requests.map((r) => r.status)).toEqual([409, 409, 409, 409, 409]);
    expect((await caritas.post('/room-bookings', booking({ organisationId: 'caritas', date: day, startTime: '19:00', endTime: '21:00' }))).status).toBe(201);

    // Refusing the approved one frees its time (with the reason kept), in the same transaction as the lock.
    const current = (await qm.get(`/room-bookings/${winner.id}`)).body;
    const refused = await qm.post(`/room-bookings/${winner.id}/refusal`, { version: current.version, reason: 'Wasserschaden im Saal' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body.occurrences[0]).toMatchObject({ status: 'cancelled', reason: 'Wasserschaden im Saal' });
    expect((await readRoomDays(api.repo, roomId, day, day)).get(day)!.held).toEqual([]);
  });

  it('a series with a conflicting occurrence: shown before approval, refused as a whole, approved without it when skipped', async () => {
    const first = plainDay(addDays(today(), 28), 2);
    const days = [first, addDays(first, 7), addDays(first, 14), addDays(first, 21)];
    const blocker = await created(qm, booking({ date: days[1], startTime: '11:00', endTime: '13:00' }));
    expect((await qm.post(`/room-bookings/${blocker.id}/approval`, { version: blocker.version })).status).toBe(200);

    const series = await created(qm, booking({ purpose: 'Frauencafé', date: first, startTime: '09:00', endTime: '11:00', recurrence: `FREQ=WEEKLY;BYDAY=TU;COUNT=4` }));
    expect(series.occurrences.map((o: any) => o.id)).toEqual(days.filter((d) => !isHoliday(d)).length === 4 ? days : series.occurrences.map((o: any) => o.id));
    const preview = await qm.get(`/room-bookings/${series.id}/approval`);
    expect(preview.body.occurrences.filter((o: any) => o.conflict)).toEqual([expect.objectContaining({ id: days[1], conflict: `Der Raum ist am ${german(days[1])} von 11:00 bis 13:00 Uhr schon belegt.` })]);
    const refused = await qm.post(`/room-bookings/${series.id}/approval`, { version: series.version });
    expect(refused.status).toBe(409);
    const approved = await qm.post(`/room-bookings/${series.id}/approval`, { version: series.version, skipConflicts: true });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.skipped).toEqual([{ id: days[1], message: expect.stringContaining('11:00 bis 13:00') }]);
    expect(approved.body.booking.occurrences.map((o: any) => o.status)).toEqual(['approved', 'pending', 'approved', 'approved']);
    expect(approved.body.booking.status).toBe('pending');
  });

  it('a proposal of another time, approved there', async () => {
    const b = await created(qm, booking({ date: plainDay(addDays(today(), 35)), startTime: '10:00', endTime: '12:00' }));
    const date = plainDay(addDays(today(), 36));
    const proposed = await qm.post(`/room-bookings/${b.id}/proposal`, { version: b.version, occurrenceId: b.date, date, startTime: '15:00', endTime: '17:00', note: 'Vormittags ist der Saal belegt.' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body).toMatchObject({ status: 'proposed', occurrences: [{ status: 'proposed', proposal: { date, startTime: '15:00' } }] });
    expect(proposed.body.answeredAt).toBeDefined();
    const approved = await qm.post(`/room-bookings/${b.id}/approval`, { version: proposed.body.version });
    expect(approved.body.booking.occurrences[0]).toMatchObject({ id: b.date, date, startTime: '15:00', endTime: '17:00', status: 'approved' });
    expect(approved.body.booking.occurrences[0].proposal).toBeUndefined();
  });
});

describe('the centre\'s own use and the public view', () => {
  it('a room used by a weekly offer is shown as taken (belegt, never who) and cannot be asked for then', async () => {
    const saturday = plainDay(addDays(today(), 14), 6);
    const offer = await qm.post('/offers', { title: 'Nähcafé im Saal', organisationId: 'caritas', socialSpaceIds: ['norden'], centreId, roomId, themes: ['Teilhabe'], targetGroups: ['seniors'], schedules: [{ freq: 'WEEKLY', byday: ['SA'], opens: '15:00', closes: '17:00' }], status: 'published' });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const page = await api.anonymous.get(`/public/centres/${centreId}/rooms`);
    expect(page.status).toBe(200);
    const shown = page.body.rooms.find((r: any) => r.id === roomId);
    expect(shown.days).toHaveLength(56);
    const sat = shown.days.find((d: any) => d.date === saturday);
    expect(sat.taken.map((t: any) => [t.from, t.to])).toContainEqual(['15:00', '17:00']);
    const text = JSON.stringify(page.body);
    expect(text).not.toContain('Nähcafé');
    expect(text).not.toContain('@example.org');
    expect(text).not.toContain('Mietergemeinschaft');
    const refused = await qm.post('/room-bookings', booking({ date: saturday, startTime: '16:00', endTime: '18:00' }));
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toBe(`Der Raum ist am ${german(saturday)} von 15:00 bis 17:00 Uhr schon belegt.`);
    // A room of another centre cannot be named.
    const elsewhere = await qm.post('/offers', { title: 'Falscher Raum', organisationId: 'caritas', socialSpaceIds: ['norden'], roomId, themes: ['Teilhabe'], targetGroups: ['seniors'] });
    expect(elsewhere.status).toBe(400);
  });

  it('the room\'s feed shows occupancy only: events "Belegt", no purpose, group or contact', async () => {
    const res = await api.anonymous.raw(`/public/rooms/${roomId}/calendar.ics`, { method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(5);
    expect(new Set(events.map((e: any) => e.getFirstPropertyValue('summary')))).toEqual(new Set(['Belegt']));
    for (const banned of ['Mietergemeinschaft', 'Frauencafé', 'Nähcafé', '@example.org', 'caritas']) expect(res.body).not.toContain(banned);
  });
});

describe('the room\'s rules and the request', () => {
  it('each broken rule is a German sentence in a 422 naming it', async () => {
    const res = await caritas.post('/room-bookings', booking({ organisationId: 'caritas', date: addDays(today(), 2), expectedPeople: 60, startTime: '09:00', endTime: '15:00' }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: any) => e.code)).toEqual(['capacity', 'max-duration', 'lead-time']);
    expect(res.body.errors[0].detail).toBe('Der Raum fasst höchstens 40 Personen.');
    const late = await qm.post('/room-bookings', booking({ startTime: '21:00', endTime: '23:00' }));
    expect(late.status).toBe(422);
    expect(late.body.errors[0].code).toBe('opening-hours');
  });

  it('the fee of the kind of booker; the key handover, audited without the holder\'s name', async () => {
    const party = await created(qm, booking({ bookerKind: 'private', purpose: 'Geburtstagsfeier' }));
    expect(party.feeCents).toBe(5000);
    const put = await qm.put(`/room-bookings/${party.id}`, { ...party, keyGivenTo: 'Frau Beispiel', keyGivenAt: '2027-01-10T16:00:00+01:00', handoverNotes: 'Schlüssel Nr. 4', occurrences: [], status: 'approved' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ keyGivenTo: 'Frau Beispiel', status: 'pending', occurrences: party.occurrences });
    const update = (await auditOf(party.id)).find((e: any) => e.action === 'update');
    expect(update!.changes.keyGivenTo).toEqual({ to: '[redacted]' });
    expect(JSON.stringify(update)).not.toContain('Beispiel');
  });
});

describe('the requester\'s data', () => {
  it('the data-subject search finds a request by its contact; erasure removes the contact and keeps the booking', async () => {
    const email = `datenschutz.raum${nowMs()}@example.org`;
    const b = await created(qm, booking({ contact: { name: 'Erika Muster', email, phone: '02381 555' } }));
    const found = await admin.post('/data-subject-requests/search', { email });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.findings).toEqual([expect.objectContaining({ type: 'roomBooking', id: b.id, erasure: 'remove-contact', label: expect.stringMatching(/^Raumanfrage „Treffen der Mietergemeinschaft/) })]);
    expect(JSON.stringify(found.body)).not.toContain('Erika');
    expect((await admin.post('/data-subject-requests/erase', { email, confirm: true })).status).toBe(200);
    const after = (await qm.get(`/room-bookings/${b.id}`)).body;
    expect(after.contact).toBeUndefined();
    expect(after).toMatchObject({ status: 'pending', purpose: b.purpose, occurrences: b.occurrences });
  });
});

describe('partners ask with their key for their own organisation', () => {
  it('a partner\'s request is pending, free of charge, and only its own organisation sees it', async () => {
    const mine = await created(caritas, booking({ organisationId: 'caritas', bookerKind: 'private' }));
    expect(mine).toMatchObject({ status: 'pending', bookerKind: 'partner', feeCents: 0, centreId, socialSpaceId: 'norden' });
    expect((await caritas.get(`/room-bookings/${mine.id}`)).status).toBe(200);
    expect((await awo.get(`/room-bookings/${mine.id}`)).status).toBe(403);
    const awoList = (await awo.get('/room-bookings', { filter: { centreId } })).body;
    expect(awoList.some((b: any) => b.organisationId === 'caritas')).toBe(false);
    const own = (await caritas.get('/room-bookings', { filter: { centreId } })).body;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((b: any) => b.organisationId === 'caritas')).toBe(true);
    expect((await caritas.post('/room-bookings', booking({ organisationId: 'awo' }))).status).toBe(403);
    expect((await caritas.post(`/room-bookings/${mine.id}/approval`, { version: mine.version })).status).toBe(403);
  });
});

describe('permissions, written out by hand', () => {
  type Who = 'admin' | 'leitung' | 'koordNorden' | 'qmNorden' | 'qmWesten' | 'praevWesten';
  const users: Record<Who, string> = { admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN, praevWesten: PRAEV_WESTEN };
  // [who, list the centre's requests, read one, approve one, create a room here, read rooms]
  const table: [Who, number, number, number, number, number][] = [
    ['admin', 200, 200, 200, 201, 200],
    ['leitung', 200, 200, 403, 403, 200],
    ['koordNorden', 200, 200, 403, 403, 200],
    ['qmNorden', 200, 200, 200, 201, 200],
    ['qmWesten', 200, 403, 403, 403, 200],
    ['praevWesten', 403, 403, 403, 403, 200],
  ];
  it.each(table)('%s: list %i, read %i, approve %i, create a room %i, read rooms %i', async (who, list, read, approve, createRoom, rooms) => {
    const c = await api.as(users[who]);
    // Each case its own hour (days may fall together where holidays are skipped), clear of the buffers and the Saturday offer.
    const start = ['08:00', '10:00', '12:00', '18:00', '19:45', '21:00'][table.findIndex((t) => t[0] === who)];
    const b = await created(qm, booking({ date: plainDay(addDays(today(), 40)), startTime: start, endTime: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}` }));
    const listed = await c.get('/room-bookings', { filter: { centreId } });
    expect(listed.status).toBe(list);
    // Westen's neighbourhood management may list, but sees none of Norden's requests.
    if (who === 'qmWesten') expect(listed.body).toEqual([]);
    expect((await c.get(`/room-bookings/${b.id}`)).status).toBe(read);
    expect((await c.post(`/room-bookings/${b.id}/approval`, { version: b.version })).status).toBe(approve);
    expect((await c.post('/rooms', { centreId, name: `Raum ${++n}`, capacity: 10 })).status).toBe(createRoom);
    expect((await c.get('/rooms', { filter: { centreId } })).status).toBe(rooms);
  });

  it('the queue: pending first, each with its overdue flag', async () => {
    const queue = (await qm.get('/room-bookings', { filter: { centreId }, range: [0, 200] })).body;
    const firstAnswered = queue.findIndex((b: any) => b.status !== 'pending');
    expect(firstAnswered).toBeGreaterThan(0);
    expect(queue.slice(firstAnswered).some((b: any) => b.status === 'pending')).toBe(false);
    expect(queue.every((b: any) => b.overdue === false)).toBe(true);
  });
});
