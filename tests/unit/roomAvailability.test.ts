/**
 * When is a room free? Worked out by hand on the calendar of 2027 with NRW's holidays: a centre open
 * every day 10:00–20:00, closed on 24 December, a weekly offer using the room on Saturdays 15:00–17:00,
 * approved bookings with buffers, the lead time, and both clock changes (28 March and 31 October 2027,
 * both Sundays: the wall clock stays, the UTC instants move by an hour).
 */
import { describe, expect, it } from 'vitest';
import { conflictOn, dayAvailability, dayViolations, requestViolations, roomAvailability, type AvailabilityInput, type Held, type OwnUse, type RoomRules } from '../../shared/domain/roomAvailability.ts';
import { expandRecurrence, parseRecurrence, requestedDays } from '../../shared/domain/roomRecurrence.ts';
import { isOverdue, summaryStatus, feeOf } from '../../shared/domain/roomBookings.ts';
import type { CentreHours } from '../../shared/domain/openingHours.ts';

const hours: CentreHours = {
  openingHours: [{ freq: 'DAILY', opens: '10:00', closes: '20:00' }],
  exceptions: [{ date: '2027-12-24', closed: true, note: 'Heiligabend' }],
};
const room: RoomRules = { capacity: 30, leadDays: 7, maxHours: 4, bufferBeforeMin: 30, bufferAfterMin: 15, whoMayAsk: 'public' };
const saturdayOffer: OwnUse = { id: 'o1', status: 'published', schedules: [{ freq: 'WEEKLY', byday: ['SA'], opens: '15:00', closes: '17:00' }] };
const held = (day: string, start: string, end: string, bookingId = 'b1'): [string, Held[]] => {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return [day, [{ bookingId, occurrenceId: day, start, end, from: sh * 60 + sm - room.bufferBeforeMin, to: eh * 60 + em + room.bufferAfterMin }]];
};
const input = (extra: Partial<AvailabilityInput> = {}): AvailabilityInput => ({ hours, held: new Map(), ownUse: [], ...extra });

describe('availability of a day', () => {
  it('is the opening hours when nothing uses the room', () => {
    const d = dayAvailability(input(), '2027-03-10', '2027-03-10');
    expect(d.free.map((i) => [i.from, i.to])).toEqual([['10:00', '20:00']]);
    expect(d.taken).toEqual([]);
  });

  it('shows a room used by a weekly offer as taken on its weekday only, never saying by whom', () => {
    const sat = dayAvailability(input({ ownUse: [saturdayOffer] }), '2027-03-13', '2027-03-01');
    expect(sat.taken.map((i) => [i.from, i.to])).toEqual([['15:00', '17:00']]);
    expect(sat.free.map((i) => [i.from, i.to])).toEqual([['10:00', '15:00'], ['17:00', '20:00']]);
    expect(JSON.stringify(sat)).not.toContain('o1');
    expect(dayAvailability(input({ ownUse: [saturdayOffer] }), '2027-03-12', '2027-03-01').taken).toEqual([]);
    // An ended offer leaves the room.
    expect(dayAvailability(input({ ownUse: [{ ...saturdayOffer, status: 'ended' }] }), '2027-03-13', '2027-03-01').taken).toEqual([]);
  });

  it('takes an approved booking with its buffers (30 minutes before, 15 after)', () => {
    const d = dayAvailability(input({ held: new Map([held('2027-03-10', '14:00', '16:00')]) }), '2027-03-10', '2027-03-10');
    expect(d.taken.map((i) => [i.from, i.to])).toEqual([['13:30', '16:15']]);
    expect(d.free.map((i) => [i.from, i.to])).toEqual([['10:00', '13:30'], ['16:15', '20:00']]);
  });

  it('is closed on a public holiday and on the centre\'s closure, and says why', () => {
    const easterMonday = dayAvailability(input(), '2027-03-29', '2027-03-29');
    expect(easterMonday).toMatchObject({ reason: 'holiday', holiday: 'Ostermontag', free: [], taken: [] });
    expect(dayAvailability(input(), '2027-12-24', '2027-12-24')).toMatchObject({ reason: 'closure', free: [] });
  });

  it('keeps 15:00 at 15:00 across both clock changes; the instants move', () => {
    const use = input({ ownUse: [{ id: 'o2', schedules: [{ freq: 'DAILY', opens: '15:00', closes: '17:00' }] }] });
    const [sat, sun, mon] = roomAvailability(use, '2027-03-27', 3);
    expect(sat.taken[0]).toEqual({ from: '15:00', to: '17:00', startsAt: '2027-03-27T14:00:00.000Z', endsAt: '2027-03-27T16:00:00.000Z' });
    expect(sun.taken[0]).toEqual({ from: '15:00', to: '17:00', startsAt: '2027-03-28T13:00:00.000Z', endsAt: '2027-03-28T15:00:00.000Z' });
    expect(sun.free[0]).toMatchObject({ from: '10:00', startsAt: '2027-03-28T08:00:00.000Z' });
    expect(mon.reason).toBe('holiday'); // Ostermontag
    const [oct30, oct31] = roomAvailability(use, '2027-10-30', 2);
    expect(oct30.taken[0].startsAt).toBe('2027-10-30T13:00:00.000Z');
    expect(oct31.taken[0].startsAt).toBe('2027-10-31T14:00:00.000Z');
    expect(oct31.free.map((i) => [i.from, i.to])).toEqual([['10:00', '15:00'], ['17:00', '20:00']]);
  });

  it('covers eight weeks by default', () => {
    const weeks = roomAvailability(input({ ownUse: [saturdayOffer] }), '2027-03-01');
    expect(weeks).toHaveLength(56);
    expect(weeks.filter((d) => d.taken.length).map((d) => d.date)).toEqual(['2027-03-06', '2027-03-13', '2027-03-20', '2027-03-27', '2027-04-03', '2027-04-10', '2027-04-17', '2027-04-24']);
  });
});

describe('conflicts, named in German', () => {
  const state = { held: new Map([held('2027-03-14', '15:00', '17:00')]), ownUse: [saturdayOffer] };
  const at = (day: string, startTime: string, endTime: string) => conflictOn(room, state, { bookingId: 'b2', day, startTime, endTime }, '2027-03-01');

  it('an overlap with an approved booking names its time', () => {
    expect(at('2027-03-14', '16:00', '18:00')).toBe('Der Raum ist am 14.03.2027 von 15:00 bis 17:00 Uhr schon belegt.');
  });

  it('buffers count on both sides: 17:00 right after 17:00 collides, 17:45 does not', () => {
    expect(at('2027-03-14', '17:00', '18:00')).toBeDefined(); // their 15 min after, our 30 min before
    expect(at('2027-03-14', '17:30', '18:00')).toBeDefined();
    expect(at('2027-03-14', '17:45', '19:00')).toBeUndefined();
    expect(at('2027-03-14', '11:00', '14:30')).toBeDefined(); // our 15 min after reaches into their 30 min before
    expect(at('2027-03-14', '11:00', '14:15')).toBeUndefined(); // 14:30 meets 14:30: touching is no overlap
  });

  it('the centre\'s own use collides too, and a booking never collides with itself', () => {
    expect(at('2027-03-13', '16:30', '18:00')).toBe('Der Raum ist am 13.03.2027 von 15:00 bis 17:00 Uhr schon belegt.');
    expect(conflictOn(room, state, { bookingId: 'b1', day: '2027-03-14', startTime: '15:00', endTime: '17:00' }, '2027-03-01')).toBeUndefined();
  });
});

describe('the rules of a request', () => {
  const req = { date: '2027-03-20', startTime: '14:00', endTime: '17:00', expectedPeople: 20, asker: 'public' as const };

  it('lead time in Berlin days: seven days ahead, not six', () => {
    expect(requestViolations(room, req, '2027-03-13')).toEqual([]);
    expect(requestViolations(room, req, '2027-03-14')).toEqual([
      { rule: 'lead-time', day: '2027-03-20', message: 'Bitte fragen Sie mindestens 7 Tage vorher an (frühestens für den 21.03.2027).' },
    ]);
    expect(requestViolations(room, { ...req, asker: 'staff' }, '2027-03-19')).toEqual([]);
  });

  it('capacity, longest duration and who may ask, each named', () => {
    const broken = requestViolations({ ...room, whoMayAsk: 'partners' }, { ...req, expectedPeople: 31, endTime: '18:30' }, '2027-03-01');
    expect(broken.map((v) => v.rule)).toEqual(['who-may-ask', 'capacity', 'max-duration']);
    expect(broken[2].message).toBe('Der Raum kann höchstens 4 Stunden am Stück genutzt werden.');
  });

  it('the centre open then: hours, holidays, closures', () => {
    expect(dayViolations(hours, '2027-03-20', '14:00', '17:00')).toEqual([]);
    expect(dayViolations(hours, '2027-03-20', '18:00', '21:00')[0]).toMatchObject({ rule: 'opening-hours', message: 'Am 20.03.2027 ist das Zentrum 10:00–20:00 Uhr geöffnet; 18:00–21:00 Uhr liegt außerhalb.' });
    expect(dayViolations(hours, '2027-03-29', '14:00', '17:00')[0]).toMatchObject({ rule: 'holiday', message: 'Am 29.03.2027 (Ostermontag) ist das Zentrum geschlossen.' });
    expect(dayViolations(hours, '2027-12-24', '14:00', '17:00')[0]).toMatchObject({ rule: 'closure', message: 'Am 24.12.2027 ist das Zentrum geschlossen (Heiligabend).' });
  });
});

describe('recurrence (the RRULE subset)', () => {
  it('every Tuesday until a day, every other Thursday by count, the second Tuesday of the month', () => {
    expect(requestedDays('2027-03-02', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270323')).toEqual(['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23']);
    expect(requestedDays('2027-03-04', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3')).toEqual(['2027-03-04', '2027-03-18', '2027-04-01']);
    expect(requestedDays('2027-01-12', 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4')).toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13']);
    expect(requestedDays('2027-01-29', 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270430')).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
  });

  it('refuses what it does not know, an endless series, and a first day that does not fit', () => {
    expect(parseRecurrence('FREQ=DAILY;COUNT=3')).toMatchObject({ ok: false });
    expect(parseRecurrence('FREQ=WEEKLY;BYDAY=TU')).toEqual({ ok: false, error: 'ein Ende fehlt (UNTIL oder COUNT)' });
    expect(parseRecurrence('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=2')).toMatchObject({ ok: false });
    expect(requestedDays('2027-03-03', 'FREQ=WEEKLY;BYDAY=TU;COUNT=2')).toEqual([]);
    expect(expandRecurrence('2027-01-05', { freq: 'WEEKLY', interval: 1, byday: ['TU'], count: 500 })).toHaveLength(53);
  });
});

describe('booking states', () => {
  it('pending first in the summary; overdue after three NRW working days without an answer', () => {
    expect(summaryStatus([{ status: 'approved' }, { status: 'pending' }])).toBe('pending');
    expect(summaryStatus([{ status: 'approved' }, { status: 'refused' }])).toBe('approved');
    // Asked on Wednesday 24 March 2027: Thursday, Monday (after Good Friday and Easter Monday: Tuesday) … due Wednesday 31 March.
    const asked = { status: 'pending' as const, createdAt: '2027-03-24T10:00:00+01:00' };
    expect(isOverdue(asked, new Date('2027-03-31T18:00:00+02:00'))).toBe(false);
    expect(isOverdue(asked, new Date('2027-04-01T08:00:00+02:00'))).toBe(true);
    expect(isOverdue({ ...asked, answeredAt: '2027-03-25T09:00:00+01:00' }, new Date('2027-04-01T08:00:00+02:00'))).toBe(false);
  });

  it('fees by kind of booker: stated per occurrence or per hour, free when not stated', () => {
    const fees = [{ bookerKind: 'private', cents: 5000 }, { bookerKind: 'commercial', cents: 2000, per: 'hour' as const }];
    expect(feeOf(fees, 'private', '14:00', '17:00')).toBe(5000);
    expect(feeOf(fees, 'commercial', '14:00', '17:30')).toBe(7000);
    expect(feeOf(fees, 'residents-group', '14:00', '17:00')).toBe(0);
  });
});
