/**
 * The room metrics' rules (shared/domain/roomUse.ts), worked out by hand on March 2027 with NRW's
 * holidays: Good Friday 26 March and Easter Monday 29 March; the clocks go forward on Sunday 28 March.
 * A centre open Tuesdays and Fridays 14:00–18:00, closed on Tuesday 16 March: open days are Tuesday
 * 2, 9, 23, 30 and Friday 5, 12, 19 (the 26th is Good Friday), 7 × 4 h = 28 h per room.
 */
import { describe, expect, it } from 'vitest';
import { roomFigures } from '../../functions/reports/roomFigures.ts';
import { approvedOn, daysOfMonths, distinctGroups, groupKey, hoursBy, openingHoursUsed, openingUse, requestsAnswered, type CentreUse, type UseBooking } from '../../shared/domain/roomUse.ts';

const MARCH = daysOfMonths(['2027-03']);
let n = 0;
const booking = (over: Partial<UseBooking> & { on?: [string, string, string, string?][] }): UseBooking => {
  const { on = [], ...rest } = over;
  return {
    id: `b${++n}`, roomId: 'r1', bookerKind: 'residents-group', status: 'approved', createdAt: '2027-02-01T09:00:00.000Z',
    occurrences: on.map(([date, startTime, endTime, status = 'approved']) => ({ id: date, date, startTime, endTime, status })),
    ...rest,
  };
};
const centre = (bookings: UseBooking[], over: Partial<CentreUse> = {}): CentreUse => ({
  id: 'c1', name: 'Zentrum', socialSpaceId: 'norden', days: MARCH,
  hours: { openingHours: [{ freq: 'WEEKLY', byday: ['TU', 'FR'], opens: '14:00', closes: '18:00' }], exceptions: [{ date: '2027-03-16', closed: true, note: 'Putztag' }] },
  rooms: [{ id: 'r1', ownUse: [] }],
  bookings,
  ...over,
});

describe('the counted days', () => {
  it('are the Berlin days of the months, in order', () => {
    expect(MARCH).toHaveLength(31);
    expect([MARCH[0], MARCH[30]]).toEqual(['2027-03-01', '2027-03-31']);
    expect(daysOfMonths(['2028-02'])).toHaveLength(29);
  });
});

describe('hours and groups', () => {
  const c = centre([
    booking({ groupName: 'Frauencafé', on: [['2027-03-02', '14:00', '15:30'], ['2027-03-09', '14:00', '15:30'], ['2027-03-23', '14:00', '15:30', 'pending'], ['2027-02-23', '14:00', '15:30']] }),
    booking({ bookerKind: 'self-help-group', groupName: '  FRAUENCAFÉ ', on: [['2027-03-12', '16:00', '18:00']] }),
    booking({ bookerKind: 'partner', organisationId: 'caritas', groupName: 'Caritas Jugend', on: [['2027-03-05', '16:00', '18:00'], ['2027-03-19', '14:00', '17:00', 'refused']] }),
    booking({ bookerKind: 'partner', organisationId: 'caritas', on: [['2027-03-30', '16:00', '18:00']] }),
    booking({ bookerKind: 'private', on: [['2027-03-19', '14:00', '16:00']] }),
    booking({ bookerKind: 'staff', groupName: 'Stadtteilbüro', on: [['2027-03-23', '14:00', '15:00']] }),
  ]);

  it('count approved occurrences on the counted days only', () => {
    // Frauencafé 2 of 4 (one pending, one in February), self-help 1, Caritas 1 + 1 (one refused), private 1, staff 1.
    expect(approvedOn(c)).toHaveLength(7);
  });

  it("adds residents' and self-help groups' hours, partners' hours, and the groups behind them", () => {
    // 1.5 + 1.5 (Frauencafé) + 2 (self-help, the same group by name) = 5 h from one group.
    expect(hoursBy([c], ['residents-group', 'self-help-group'])).toEqual({ hours: 5, groups: 1 });
    // 2 + 2 = 4 h, both Caritas: one organisation, whatever its bookings call the group.
    expect(hoursBy([c], ['partner'])).toEqual({ hours: 4, groups: 1 });
  });

  it('counts distinct groups by organisation, else by name; no name, no group; staff are the centre itself', () => {
    expect(groupKey({ groupName: ' Frauen  Café ' })).toBe(groupKey({ groupName: 'frauen café' }));
    expect(groupKey({ organisationId: 'caritas', groupName: 'x' })).toBe('org:caritas');
    expect(groupKey({})).toBeUndefined();
    // Frauencafé, Caritas; the private booking has no group, the staff booking is not a group's.
    expect(distinctGroups([c])).toBe(2);
  });
});

describe('share of opening hours in use', () => {
  const offer = { id: 'o1', status: 'published', validFrom: '2027-01-01', schedules: [{ freq: 'WEEKLY' as const, byday: ['TU' as const], opens: '15:00', closes: '16:00', dtstart: '2027-01-05' }] };

  it('is the time taken by approved occurrences and own use, overlaps once, clipped to the hours, over the open time', () => {
    const c = centre(
      [
        booking({ on: [['2027-03-02', '14:00', '15:30'], ['2027-03-23', '14:00', '15:00', 'pending']] }),
        // Outside the hours on the evening of the 5th: only 17:00–18:00 counts.
        booking({ bookerKind: 'partner', organisationId: 'awo', on: [['2027-03-05', '17:00', '20:00']] }),
      ],
      { rooms: [{ id: 'r1', ownUse: [offer] }] },
    );
    // Taken: 2nd 14:00–16:00 (120) · 9th 15–16 (60) · 16th closed · 23rd 15–16 (60, the booking is pending) · 30th 15–16 (60) · 5th 17–18 (60).
    expect(openingUse(c)).toEqual({ used: 360, open: 28 * 60 });
    expect(openingHoursUsed([c])).toBe(21.4);
  });

  it('counts no buffers, and an inactive room only where it was used', () => {
    const c = centre([booking({ roomId: 'r2', on: [['2027-03-12', '14:00', '16:00']] })], {
      rooms: [{ id: 'r1', ownUse: [] }, { id: 'r2', active: false, ownUse: [] }, { id: 'r3', active: false, ownUse: [] }],
    });
    // r1 open 28 h unused; r2 (inactive, used) open 28 h with 2 h; r3 inactive and unused: left out.
    expect(openingUse(c)).toEqual({ used: 120, open: 56 * 60 });
  });

  it('has no value without an open hour', () => {
    expect(openingHoursUsed([centre([], { rooms: [] })])).toBeNull();
    expect(openingHoursUsed([centre([], { hours: { openingHours: [] } })])).toBeNull();
  });
});

describe('requests answered within three working days', () => {
  it('count from when the request reached staff, with holidays, on the Berlin day, leaving out what staff never had to answer', () => {
    const req = (createdAt: string, over: Partial<UseBooking> = {}) => booking({ createdAt, status: 'pending', ...over });
    const c = centre([
      // Monday 1 March, answered Thursday 4 March: the third working day, in time.
      req('2027-03-01T09:00:00.000Z', { answeredAt: '2027-03-04T10:00:00.000Z', status: 'approved' }),
      // Wednesday 24 March: Thursday 25, (Good Friday, Easter Monday), Tuesday 30, Wednesday 31 is due; answered the 30th, in time.
      req('2027-03-24T08:00:00.000Z', { answeredAt: '2027-03-30T08:00:00.000Z', status: 'refused' }),
      // Wednesday 10 March: due Monday 15; answered Tuesday 16, late.
      req('2027-03-10T08:00:00.000Z', { answeredAt: '2027-03-16T08:00:00.000Z' }),
      // Asked in February, confirmed Monday 1 March 08:00 Berlin: counts in March, answered Wednesday 3rd, in time.
      req('2027-02-27T10:00:00.000Z', { confirmedAt: '2027-03-01T07:00:00.000Z', answeredAt: '2027-03-03T07:00:00.000Z' }),
      // 31 March 23:30 Berlin (summer time): March, still unanswered.
      req('2027-03-31T21:30:00.000Z'),
      // 1 April 00:30 Berlin: April.
      req('2027-03-31T22:30:00.000Z'),
      // Not counted: unconfirmed, withdrawn before an answer, the centre's own booking, asked in February.
      req('2027-03-05T08:00:00.000Z', { status: 'unconfirmed' }),
      req('2027-03-06T08:00:00.000Z', { status: 'cancelled' }),
      req('2027-03-07T08:00:00.000Z', { bookerKind: 'staff' }),
      req('2027-02-20T08:00:00.000Z', { answeredAt: '2027-03-01T08:00:00.000Z' }),
    ]);
    expect(requestsAnswered([c])).toEqual({ numerator: 3, denominator: 5 });
  });

  it('counts a request cancelled after its answer', () => {
    const c = centre([booking({ createdAt: '2027-03-01T09:00:00.000Z', status: 'cancelled', answeredAt: '2027-03-02T09:00:00.000Z' })]);
    expect(requestsAnswered([c])).toEqual({ numerator: 1, denominator: 1 });
  });
});

describe("the report's figures per centre, by the small-count rule", () => {
  // Requests on Monday 1 March: answered on Thursday 4th (in time) or Friday 5th (late).
  const requests = (inTime: number, late: number) => [
    ...Array.from({ length: inTime }, () => booking({ createdAt: '2027-03-01T09:00:00.000Z', answeredAt: '2027-03-04T09:00:00.000Z' })),
    ...Array.from({ length: late }, () => booking({ createdAt: '2027-03-01T09:00:00.000Z', answeredAt: '2027-03-05T09:00:00.000Z' })),
  ];
  const groups = (count: number) => Array.from({ length: count }, (_, i) => booking({ groupName: `Gruppe ${i}`, on: [['2027-03-02', '14:00', '15:00']] }));
  const figuresOf = (bookings: UseBooking[]) => roomFigures([centre(bookings)], ['norden'], '2027-03')[0].figures;

  it('shows hours and groups from five groups on, a share of requests only with five on either side', () => {
    const five = figuresOf([...groups(5), ...requests(5, 5)]);
    expect(five['room-hours-groups']).toEqual({ value: 5 });
    expect(five['room-groups']).toEqual({ value: 5 });
    expect(five['room-requests-answered-3wd']).toEqual({ value: 50 });
    const four = figuresOf([...groups(4), ...requests(5, 4)]);
    expect(four['room-hours-groups']).toEqual({ value: null, suppressed: 'small' });
    expect(four['room-groups']).toEqual({ value: null, suppressed: 'small' });
    // 5 of 9: the four late ones could be worked out.
    expect(four['room-requests-answered-3wd']).toEqual({ value: null, suppressed: 'small' });
    // The share of opening hours is about rooms, shown: the four groups share one hour of 28.
    expect(four['room-opening-hours-used']).toEqual({ value: 3.6 });
  });

  it('leaves out centres without rooms and other social spaces', () => {
    expect(roomFigures([centre([], { rooms: [] }), centre([], { id: 'c2', socialSpaceId: 'westen' })], ['norden'], '2027-03')).toEqual([]);
  });
});
