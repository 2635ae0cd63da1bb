/**
 * A room's week for staff (GET /v1/rooms/{id}/week, issue 34): a request's occurrence, a weekly offer
 * and a meeting using the room, together Monday to Sunday with their times and titles; refused and
 * other rooms' requests left out; prevention, which reads no requests, refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowMs } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, isHoliday } from '../../shared/time/workingDays.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let qm: Client;
let roomId: string;
let otherRoomId: string;
let centreId: string;
/** A week three weeks ahead without a public holiday (its Monday). */
let monday: string;
const day = (i: number) => addDays(monday, i);

beforeAll(async () => {
  api = await startApi();
  qm = await api.as(QM_NORDEN);
  const centre = await qm.post('/centres', { name: `Wochenansicht-Zentrum ${nowMs()}`, socialSpaceId: 'norden', address: { street: 'Nordstraße 2', postalCode: '59065' }, openingHours: [{ freq: 'DAILY', opens: '08:00', closes: '22:00' }] });
  expect(centre.status, JSON.stringify(centre.body)).toBe(201);
  centreId = centre.body.id;
  const room = await qm.post('/rooms', { centreId, name: 'Kleiner Saal', capacity: 20 });
  const other = await qm.post('/rooms', { centreId, name: 'Küche', capacity: 8 });
  expect(room.status, JSON.stringify(room.body)).toBe(201);
  roomId = room.body.id;
  otherRoomId = other.body.id;
  monday = addDays(berlinToday(new Date(nowMs())), 21);
  while (new Date(`${monday}T12:00:00Z`).getUTCDay() !== 1 || Array.from({ length: 7 }, (_, i) => addDays(monday, i)).some(isHoliday)) monday = addDays(monday, 1);
}, 60000);
afterAll(() => api.close());

describe('a room\'s week', () => {
  it('shows a booking, a weekly offer and a meeting together, Monday to Sunday', async () => {
    const ask = (over: Record<string, unknown>) => qm.post('/room-bookings', { roomId, purpose: 'Frauencafé', bookerKind: 'self-help-group', expectedPeople: 10, date: day(1), startTime: '09:00', endTime: '11:00', ...over });
    const approved = (await ask({})).body;
    expect((await qm.post(`/room-bookings/${approved.id}/approval`, { version: approved.version })).status).toBe(200);
    const pending = (await ask({ purpose: 'Chorprobe', date: day(3), startTime: '18:00', endTime: '20:00' })).body;
    const refused = (await ask({ purpose: 'Geburtstag', bookerKind: 'private', date: day(4), startTime: '18:00', endTime: '20:00' })).body;
    expect((await qm.post(`/room-bookings/${refused.id}/refusal`, { version: refused.version, reason: 'Keine Privatfeiern' })).status).toBe(200);
    expect((await qm.post('/room-bookings', { roomId: otherRoomId, purpose: 'Kochkurs', bookerKind: 'staff', expectedPeople: 6, date: day(1), startTime: '12:00', endTime: '14:00' })).status).toBe(201);

    const offer = await qm.post('/offers', { title: 'Nähcafé', organisationId: 'caritas', socialSpaceIds: ['norden'], centreId, roomId, themes: ['Teilhabe'], targetGroups: ['seniors'], schedules: [{ freq: 'WEEKLY', byday: ['WE'], opens: '15:00', closes: '17:00' }], status: 'published' });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const network = await qm.post('/networks', { name: `Stadtteilkonferenz Woche ${nowMs()}`, kind: 'district-conference', socialSpaceIds: ['norden'], targetGroups: ['everyone'], memberOrganisationIds: ['caritas'], cadence: 'quarterly' });
    expect(network.status, JSON.stringify(network.body)).toBe(201);
    const meeting = await qm.post('/meetings', { networkId: network.body.id, date: day(4), centreId, roomId, startTime: '10:00', endTime: '12:30', organisationIds: ['caritas'] });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);

    // Any day of the week names it; the answer starts on its Monday.
    const res = await qm.get(`/rooms/${roomId}/week`, { from: day(2) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ roomId, centreId, from: monday, to: day(6) });
    expect(res.body.entries).toEqual([
      { kind: 'booking', id: approved.id, title: 'Frauencafé', date: day(1), startTime: '09:00', endTime: '11:00', status: 'approved' },
      { kind: 'offer', id: offer.body.id, title: 'Nähcafé', date: day(2), startTime: '15:00', endTime: '17:00' },
      { kind: 'booking', id: pending.id, title: 'Chorprobe', date: day(3), startTime: '18:00', endTime: '20:00', status: 'pending' },
      { kind: 'meeting', id: meeting.body.id, title: network.body.name, date: day(4), startTime: '10:00', endTime: '12:30' },
    ]);
    // The next week: the offer again, nothing else.
    const next = await qm.get(`/rooms/${roomId}/week`, { from: day(7) });
    expect(next.body.entries).toEqual([{ kind: 'offer', id: offer.body.id, title: 'Nähcafé', date: day(9), startTime: '15:00', endTime: '17:00' }]);
  });

  it('is for those who read the room\'s requests: prevention is refused, another space\'s staff too', async () => {
    const status = async (who: string) => (await (await api.as(who)).get(`/rooms/${roomId}/week`, { from: monday })).status;
    expect(await status(ADMIN)).toBe(200);
    expect(await status(LEITUNG)).toBe(200);
    expect(await status(KOORD_NORDEN)).toBe(200);
    expect(await status(PRAEV_WESTEN)).toBe(403);
    expect(await status(QM_WESTEN)).toBe(403);
    expect((await api.anonymous.get(`/rooms/${roomId}/week`)).status).toBe(401);
    expect((await qm.get(`/rooms/${roomId}/week`, { from: 'Montag' })).status).toBe(400);
  });
});
