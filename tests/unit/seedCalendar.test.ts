/**
 * A seed that stays alive: the demo data laid out at any instant of the calendar matrix shows
 * recent work in the last whole month (Berlin), this year's work plans, agreements due soon or
 * overdue, stale offers, and entered values for the last month — so a first `npm start` in any
 * month shows a working system, not one that stopped the month the seed was written.
 * Pure: the items are checked as `allSeedItems` makes them (tests/integration/seed.test.ts writes them).
 */
import { describe, expect, it } from 'vitest';
import { allSeedItems } from '../../shared/seed/seed.ts';
import { isStale } from '../../shared/domain/offerReview.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { CALENDAR_MATRIX } from '../support/calendar.ts';
import { dayViolations } from '../../shared/domain/roomAvailability.ts';
import { isOverdue } from '../../shared/domain/roomBookings.ts';
import { SATURDAY_ROOM } from '../../shared/seed/rooms.ts';

/** What each instant is in Berlin, worked out by hand: today, the last whole month, the year. */
const BERLIN: Record<string, { today: string; lastMonth: string; year: number }> = {
  '2026-12-31T23:30:00Z': { today: '2027-01-01', lastMonth: '2026-12', year: 2027 },
  '2027-03-28T01:30:00Z': { today: '2027-03-28', lastMonth: '2027-02', year: 2027 },
  '2027-10-31T00:30:00Z': { today: '2027-10-31', lastMonth: '2027-09', year: 2027 },
  '2027-10-31T01:30:00Z': { today: '2027-10-31', lastMonth: '2027-09', year: 2027 },
  '2028-02-29T11:00:00Z': { today: '2028-02-29', lastMonth: '2028-01', year: 2028 },
  '2027-05-01T07:00:00Z': { today: '2027-05-01', lastMonth: '2027-04', year: 2027 },
  '2027-03-30T08:00:00Z': { today: '2027-03-30', lastMonth: '2027-02', year: 2027 },
  '2027-01-31T22:59:00Z': { today: '2027-01-31', lastMonth: '2026-12', year: 2027 },
};


describe.each(CALENDAR_MATRIX)('the demo seed at $label', ({ at }) => {
  const items = allSeedItems(new Date(at));
  const of = (type: string) => items.filter((i) => i.type === type).map((i) => i.data as Record<string, any>);
  const berlin = BERLIN[at];

  it('holds meetings and activities in the last whole month, and none after today but those open for sign-up', () => {
    expect(berlin).toBeDefined();
    for (const type of ['meeting', 'activity']) {
      const records = of(type);
      expect(records.some((r) => r.date.startsWith(berlin.lastMonth)), `${type} in ${berlin.lastMonth}`).toBe(true);
      // An activity residents sign up for, and a public meeting (the festival on the public page), are announced
      // before they happen, and have had nobody yet.
      expect(records.filter((r) => r.date > berlin.today && !r.signUp && !r.public).map((r) => r.date)).toEqual([]);
      for (const r of records.filter((x) => x.date > berlin.today)) expect([r.participants, r.volunteers]).toEqual([undefined, undefined]);
    }
    expect(of('activity').filter((a) => a.signUp && a.date > berlin.today)).toHaveLength(1);
  });

  it("has this year's work plans, confirmations and expenses only up to today", () => {
    const plans = of('workPlan');
    expect(plans.map((p) => p.year)).toEqual([berlin.year, berlin.year]);
    for (const p of plans) for (const c of Object.values<any>(p.confirmations)) expect(c.at.slice(0, 10) <= berlin.today).toBe(true);
    for (const e of of('expense')) expect(e.date <= berlin.today && e.date.startsWith(String(berlin.year))).toBe(true);
    // Each line's spent amount is the sum of its seeded expenses.
    for (const line of items.filter((i) => i.type === 'budgetLine'))
      expect(line.data.spentCents).toBe(of('expense').filter((e) => e.budgetLineId === line.id).reduce((n, e) => n + e.amountCents, 0));
  });

  it('has open agreements that are overdue or due within two weeks, and stale published offers', () => {
    const open = of('meeting').flatMap((m) => m.agreements).filter((a: any) => a.status === 'open');
    expect(open.some((a: any) => a.dueDate <= addDays(berlin.today, 14))).toBe(true);
    const stale = of('offer').filter((o) => o.status === 'published' && isStale(o, new Date(at)));
    expect(stale.length).toBeGreaterThan(0);
  });

  it('has entered values for the last month (with the usual gaps)', () => {
    const monthly = of('measurement').filter((m) => m.period === berlin.lastMonth);
    const socialSpaces = of('socialSpace').length;
    expect(socialSpaces).toBe(9);
    expect(monthly.length).toBeGreaterThanOrEqual(socialSpaces);
  });

  it('has rooms to ask for: the Frauencafé\'s Tuesdays ahead, the requests ahead (the residents\' one overdue), Saturday afternoons in the Gruppenraum', () => {
    const bookings = items.filter((i) => i.type === 'roomBooking');
    const eightWeeks = addDays(berlin.today, 55);
    const series = of('roomBooking').find((b) => b.purpose.startsWith('Frauencafé'))!;
    expect(series.occurrences.filter((o: any) => o.status === 'approved' && o.date >= berlin.today && o.date <= eightWeeks).length).toBeGreaterThanOrEqual(6);
    const waiting = bookings.filter((b) => b.data.status === 'pending');
    expect(waiting).toHaveLength(2);
    for (const b of waiting) {
      expect(String(b.data.date) > berlin.today).toBe(true);
      expect(isOverdue({ ...(b.data as any), createdAt: b.at }, new Date(at))).toBe(b.data.bookerKind === 'residents-group');
    }
    const room = items.find((i) => i.id === SATURDAY_ROOM)!.data;
    const centre = items.find((i) => i.id === room.centreId)!.data as any;
    const saturdays = Array.from({ length: 56 }, (_, i) => addDays(berlin.today, Number(room.leadDays) + i)).filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 6);
    expect(saturdays.filter((d) => !dayViolations(centre, d, '14:00', '17:00').length).length).toBeGreaterThanOrEqual(6);
  });
});
