/**
 * The room metrics (issue 34) against DynamoDB Local: computed by the metric job through the compute
 * route per social space, and broken down per centre in the monthly report with the small-count rule.
 * The fixture, March 2027 (NRW: Good Friday 26 March, Easter Monday 29 March), worked out by hand:
 *
 * Zentrum A (Norden), Tuesdays and Fridays 14:00–18:00, closed Tuesday 16 March: open Tuesday 2, 9,
 * 23, 30 and Friday 5, 12, 19 = 7 × 4 h = 1,680 min per room; rooms A1, A2 and an unused inactive A3.
 *   own use: an offer in A1 on Tuesdays 15:00–16:00.
 *   U1 residents' group Frauencafé, A1: 2nd and 9th 14:00–15:30 approved, 23rd pending, 23 Feb approved
 *   U2 self-help group Selbsthilfe Sucht, A2: 12th 16:00–18:00 · U3 Caritas, A2: 5th 16–18, 19th 14–17
 *   U4 Caritas, A1: 30th 16–18 · U5 private (no group), A1: 19th 14–16 · U6 staff, A2: 23rd 14–15
 *   A1 taken: 2nd 14–16 (120) · 9th 14–16 (120) · 23rd 15–16 (60) · 30th 15–18 (180) · 19th 14–16 (120) = 600
 *   A2 taken: 5th 16–18 (120) · 12th 16–18 (120) · 19th 14–17 (180) · 23rd 14–15 (60) = 480
 *   → A: 1,080 of 3,360 min = 32.1 %; groups' hours 3 + 2 = 5 (2 groups); partners' 5 + 2 = 7 (1 organisation);
 *     groups: Frauencafé, Selbsthilfe Sucht, Caritas = 3.
 *   requests reaching staff in March: R1 Mon 1st answered Thu 4th (in time) · R2 Wed 24th answered Tue 30th
 *     (in time: Good Friday and Easter Monday do not count) · R3 Wed 10th answered Tue 16th (late) · R4 made
 *     in February, confirmed Mon 1 March, answered Wed 3rd (in time) · R5 31st 23:30 Berlin, unanswered;
 *     not counted: R6 (1 April 00:30 Berlin), R7 unconfirmed, R8 withdrawn unanswered, R9 staff → 3 of 5 = 60 %.
 * Zentrum B (Norden), Mondays 10:00–12:00: 1, 8, 15, 22 (29th Easter Monday) = 480 min; one room;
 *   U7 residents' group Nachbarschaftschor: 1st 10–11, 8th 10–12 → 3 h, 180 min = 37.5 %.
 * Norden: groups' hours 8 (3 groups), partners' 7 (1), 1,260 of 3,840 min = 32.8 %, 3 of 5 = 60 %, 4 groups.
 * Zentrum W (Westen), Wednesdays 09:00–19:00: 3, 10, 17, 24, 31 = 3,000 min; five groups one hour each on
 *   the 3rd → 5 h (5 groups), partners 0, 300 min = 10 %, no request, 5 groups.
 * Per centre, the small-count rule: hours only with five groups behind them, a share of requests only
 * with five answered in time and five not, a count of groups only from five.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities, type EntityDef } from '../../shared/entities.ts';
import { computeReport } from '../../functions/reports/compute.ts';
import { renderCsv, renderHtml, renderText } from '../../functions/reports/render.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const PERIOD = '2027-03';
const ACTOR = { actor: 'system:test' };

const tuesdayAndFriday = [{ freq: 'WEEKLY', byday: ['TU', 'FR'], opens: '14:00', closes: '18:00' }];
let n = 0;
/** A booking with its occurrences `[date, start, end, status?]`, made at `at`. */
function booking(id: string, roomId: string, centreId: string, socialSpaceId: string, at: string, over: Record<string, unknown>, on: [string, string, string, string?][]) {
  const occurrences = on.map(([date, startTime, endTime, status = 'approved']) => ({ id: date, date, startTime, endTime, status }));
  const [first] = occurrences;
  return {
    id, at,
    data: {
      roomId, centreId, socialSpaceId, purpose: `Treffen ${++n}`, bookerKind: 'residents-group', expectedPeople: 10, accessibilityNeeds: [],
      date: first.date, startTime: first.startTime, endTime: first.endTime, occurrences, status: occurrences.some((o) => o.status === 'pending') ? 'pending' : 'approved',
      contact: { email: `${id}@example.org` }, ...over,
    },
  };
}
const a1 = (id: string, at: string, over: Record<string, unknown>, on: [string, string, string, string?][]) => booking(id, 'rz-a-1', 'rz-a', 'norden', at, over, on);
const a2 = (id: string, at: string, over: Record<string, unknown>, on: [string, string, string, string?][]) => booking(id, 'rz-a-2', 'rz-a', 'norden', at, over, on);
const APRIL: [string, string, string, string?][] = [['2027-04-06', '14:00', '15:00', 'pending']];
const FEB = '2027-02-10T10:00:00.000Z';

const BOOKINGS = [
  a1('u1', FEB, { groupName: 'Frauencafé' }, [['2027-02-23', '14:00', '15:30'], ['2027-03-02', '14:00', '15:30'], ['2027-03-09', '14:00', '15:30'], ['2027-03-23', '14:00', '15:30', 'pending']]),
  a2('u2', FEB, { bookerKind: 'self-help-group', groupName: 'Selbsthilfe Sucht' }, [['2027-03-12', '16:00', '18:00']]),
  a2('u3', FEB, { bookerKind: 'partner', organisationId: 'caritas', groupName: 'Caritas Jugendtreff' }, [['2027-03-05', '16:00', '18:00'], ['2027-03-19', '14:00', '17:00']]),
  a1('u4', FEB, { bookerKind: 'partner', organisationId: 'caritas' }, [['2027-03-30', '16:00', '18:00']]),
  a1('u5', FEB, { bookerKind: 'private', purpose: 'Geburtstag' }, [['2027-03-19', '14:00', '16:00']]),
  a2('u6', FEB, { bookerKind: 'staff', groupName: 'Stadtteilbüro' }, [['2027-03-23', '14:00', '15:00']]),
  a1('r1', '2027-03-01T09:00:00.000Z', { answeredAt: '2027-03-04T10:00:00.000Z' }, APRIL),
  a1('r2', '2027-03-24T08:00:00.000Z', { answeredAt: '2027-03-30T08:00:00.000Z' }, APRIL),
  a1('r3', '2027-03-10T08:00:00.000Z', { answeredAt: '2027-03-16T08:00:00.000Z' }, APRIL),
  a1('r4', '2027-02-27T10:00:00.000Z', { confirmedAt: '2027-03-01T07:00:00.000Z', answeredAt: '2027-03-03T07:00:00.000Z' }, APRIL),
  a1('r5', '2027-03-31T21:30:00.000Z', {}, APRIL),
  a1('r6', '2027-03-31T22:30:00.000Z', {}, APRIL),
  a1('r7', '2027-03-05T08:00:00.000Z', { status: 'unconfirmed' }, APRIL),
  a1('r8', '2027-03-06T08:00:00.000Z', { status: 'cancelled' }, [['2027-04-06', '14:00', '15:00', 'cancelled']]),
  a1('r9', '2027-03-07T08:00:00.000Z', { bookerKind: 'staff' }, APRIL),
  booking('u7', 'rz-b-1', 'rz-b', 'norden', FEB, { groupName: 'Nachbarschaftschor' }, [['2027-03-01', '10:00', '11:00'], ['2027-03-08', '10:00', '12:00']]),
  ...[1, 2, 3, 4, 5].map((i) => booking(`g${i}`, 'rz-w-1', 'rz-w', 'westen', FEB, { groupName: `Gruppe ${i}` }, [['2027-03-03', `${String(8 + i).padStart(2, '0')}:00`, `${String(9 + i).padStart(2, '0')}:00`]])),
];

const METRIC_IDS: Record<string, string> = {};
const METRICS = ['room-hours-groups', 'room-hours-partners', 'room-opening-hours-used', 'room-requests-answered-3wd', 'room-groups'];

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
  const make = (def: EntityDef, id: string, data: Record<string, unknown>, at?: string) => api.repo.create(def, data, { ...ACTOR, id, ...(at ? { at } : {}) });
  const address = { street: 'Teststraße 1', postalCode: '59065', city: 'Hamm' };
  await make(entities.centre, 'rz-a', { name: 'Raumzentrum A', socialSpaceId: 'norden', address, openingHours: tuesdayAndFriday, exceptions: [{ date: '2027-03-16', closed: true, note: 'Putztag' }] });
  await make(entities.centre, 'rz-b', { name: 'Raumzentrum B', socialSpaceId: 'norden', address, openingHours: [{ freq: 'WEEKLY', byday: ['MO'], opens: '10:00', closes: '12:00' }], exceptions: [] });
  await make(entities.centre, 'rz-w', { name: 'Raumzentrum W', socialSpaceId: 'westen', address, openingHours: [{ freq: 'WEEKLY', byday: ['WE'], opens: '09:00', closes: '19:00' }], exceptions: [] });
  const room = (id: string, centreId: string, socialSpaceId: string, active = true) =>
    make(entities.room, id, { centreId, socialSpaceId, name: id, capacity: 20, equipment: [], accessibility: [], whoMayAsk: 'public', leadDays: 0, maxHours: 8, bufferBeforeMin: 30, bufferAfterMin: 30, fees: [], active });
  await Promise.all([room('rz-a-1', 'rz-a', 'norden'), room('rz-a-2', 'rz-a', 'norden'), room('rz-a-3', 'rz-a', 'norden', false), room('rz-b-1', 'rz-b', 'norden'), room('rz-w-1', 'rz-w', 'westen')]);
  await make(entities.offer, 'rz-offer', {
    title: 'Sprachcafé', organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['everyone'], status: 'published', centreId: 'rz-a', roomId: 'rz-a-1',
    validFrom: '2027-01-01', schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '15:00', closes: '16:00', dtstart: '2027-01-05' }],
  });
  for (const b of BOOKINGS) await make(entities.roomBooking, b.id, b.data, b.at);
  for (const metric of METRICS) {
    const res = await admin.post('/indicators', { goalId: 'goal-3', name: metric, unit: 'Stunden', direction: 'higher-is-better', frequency: 'monthly', source: 'computed', metric });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    METRIC_IDS[metric] = res.body.id;
  }
}, 60000);
afterAll(() => api?.close());

const compute = (metric: string) => admin.post(`/indicators/${METRIC_IDS[metric]}/compute`, { period: PERIOD });
const resultIn = (res: any, space: string) => res.body.results.find((r: any) => r.socialSpaceId === space);

describe('the room metrics per social space, through the metric job', () => {
  it.each([
    ['room-hours-groups', 8, 5],
    ['room-hours-partners', 7, 0],
    ['room-opening-hours-used', 32.8, 10],
    ['room-requests-answered-3wd', 60, null],
    ['room-groups', 4, 5],
  ])('%s: Norden %s, Westen %s', async (metric, norden, westen) => {
    const res = await compute(metric);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(resultIn(res, 'norden').value).toBe(norden);
    expect(resultIn(res, 'westen').value).toBe(westen);
  });

  it('stores each value with what the small-count rule needs: the groups behind the hours, the requests behind the share', async () => {
    const stored = async (metric: string, space: string) => (await api.repo.listByPeriod<any>(entities.measurement, PERIOD)).find((m) => m.indicatorId === METRIC_IDS[metric] && m.socialSpaceId === space);
    expect((await stored('room-hours-groups', 'norden')).basis).toEqual({ numerator: 3 });
    expect((await stored('room-hours-partners', 'norden')).basis).toEqual({ numerator: 1 });
    expect((await stored('room-requests-answered-3wd', 'norden')).basis).toEqual({ numerator: 3, denominator: 5 });
    expect((await stored('room-opening-hours-used', 'norden')).basis).toBeUndefined();
    // No request in Westen: no share, nothing written.
    expect(await stored('room-requests-answered-3wd', 'westen')).toBeUndefined();
    // Computing again changes nothing.
    expect(resultIn(await compute('room-hours-groups'), 'norden').outcome).toBe('unchanged');
  });

  it('shows the stored values in the scorecard of the month, per indicator and social space', async () => {
    for (const metric of METRICS) await compute(metric);
    const { cells } = (await admin.get('/scorecard', { month: PERIOD })).body;
    const cell = (metric: string, space: string) => cells.find((c: any) => c.indicatorId === METRIC_IDS[metric] && c.socialSpaceId === space);
    expect(cell('room-hours-groups', 'norden')).toMatchObject({ value: 8, status: 'no-target' });
    expect(cell('room-opening-hours-used', 'westen')).toMatchObject({ value: 10 });
    expect(cell('room-requests-answered-3wd', 'westen')).toMatchObject({ value: null, status: 'missing' });
  });
});

describe('the monthly report, per centre', () => {
  it('breaks each social space down by centre with the small-count rule, in the e-mail, its text and the CSV', async () => {
    const data = await computeReport(api.repo, PERIOD, new Date('2027-04-01T06:00:00.000Z'));
    const byName = Object.fromEntries(data.rooms.map((c) => [c.name, c]));
    // Centres without rooms (Hamm's own, in the minimal seed) are left out.
    expect(data.rooms.map((c) => c.name)).toEqual(['Raumzentrum A', 'Raumzentrum B', 'Raumzentrum W']);
    const hidden = { value: null, suppressed: 'small' };
    expect(byName['Raumzentrum A'].figures).toEqual({
      'room-hours-groups': hidden, // 5 h from 2 groups
      'room-hours-partners': hidden, // 7 h from 1 organisation
      'room-opening-hours-used': { value: 32.1 },
      'room-requests-answered-3wd': hidden, // 3 of 5
      'room-groups': hidden, // 3
    });
    expect(byName['Raumzentrum B'].figures).toEqual({
      'room-hours-groups': hidden,
      'room-hours-partners': hidden,
      'room-opening-hours-used': { value: 37.5 },
      'room-requests-answered-3wd': { value: null },
      'room-groups': hidden,
    });
    expect(byName['Raumzentrum W'].figures).toEqual({
      'room-hours-groups': { value: 5 },
      'room-hours-partners': hidden,
      'room-opening-hours-used': { value: 10 },
      'room-requests-answered-3wd': { value: null },
      'room-groups': { value: 5 },
    });

    const html = renderHtml(data);
    expect(html).toContain('Räume im Monat');
    expect(html).toContain('Raumstunden von Bewohner- und Selbsthilfegruppen');
    expect(html).toContain('weniger als 5 Gruppen');
    expect(html).toContain('32,1 %');
    const text = renderText(data);
    expect(text).toMatch(/Räume Raumzentrum W: Raumstunden von Bewohner- und Selbsthilfegruppen 5 Std\. · Raumstunden von Partnerorganisationen weniger als 5 Organisationen · .*10 % · .*– · Gruppen, die Räume der Zentren nutzen 5/);
    const csv = renderCsv(data).split(/\r?\n/);
    const w = csv.find((l) => l.startsWith('Räume;') && l.includes('Raumzentrum W'))!.split(';');
    expect(w.slice(3)).toEqual(['5', 'weniger als 5 Organisationen', '10', '', '5']);
    const a = csv.find((l) => l.startsWith('Räume;') && l.includes('Raumzentrum A'))!.split(';');
    expect(a.slice(3)).toEqual(['weniger als 5 Gruppen', 'weniger als 5 Organisationen', '32,1', 'zu wenige Anfragen', 'weniger als 5']);
  });

  it("shows a personal report only its own spaces' centres", async () => {
    const { loadReportInputs, reportFrom } = await import('../../functions/reports/compute.ts');
    const mine = reportFrom(await loadReportInputs(api.repo, PERIOD), new Date('2027-04-01T06:00:00.000Z'), ['westen']);
    expect(mine.rooms.map((c) => c.name)).toEqual(['Raumzentrum W']);
  });
});
