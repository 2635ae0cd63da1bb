/**
 * The calendar matrix (tests/support/calendar.ts): every date-sensitive pure function of the city,
 * run at each instant of the matrix, against expectations worked out by hand from the printed
 * calendar of Europe/Berlin and the public holidays of Nordrhein-Westfalen (Easter 2027 is 28 March:
 * Good Friday 26 March, Easter Monday 29 March, Ascension 6 May, Whit Monday 17 May, Corpus Christi
 * 27 May; All Saints 1 November). Summer time 2027 runs from 28 March 01:00 UTC to 31 October 01:00 UTC.
 *
 * Nothing below computes an expectation with the code under test: every value is a literal.
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR_MATRIX, useClockAt } from '../support/calendar.ts';
import { now } from '../../shared/time/clock.ts';
import { berlinDayStart, berlinToday, longDateDe, monthOf, monthRange, previousMonth } from '../../shared/time/months.ts';
import { calendarRule, nextOccurrences, type Schedule } from '../../shared/domain/schedule.ts';
import { firstWorkingDay, isWorkingDay, nextMonth, reportDay } from '../../shared/time/workingDays.ts';
import { periodFor, periodsNeeded, shiftPeriod } from '../../shared/domain/scorecard.ts';
import { LINK_VALID_DAYS, signOfferLink, verifyOfferLink } from '../../shared/domain/offerLink.ts';
import { isStale } from '../../shared/domain/offerReview.ts';
import type { PublicOfferView } from '../../shared/schemas/offer.ts';
import { STALE_AFTER_DAYS } from '../../shared/domain/offerReview.ts';
import { offerCalendar } from '../../shared/format/calendar.ts';
import { reminderMonth } from '../../functions/reports/reminders.ts';

interface Expected {
  at: string;
  /** Berlin wall-clock time at the instant (the `nowTime` of nextOccurrences). */
  berlinTime: string;
  berlinDay: string;
  /** The Berlin day after, and the UTC instants both start at (a DST day is 23 or 25 hours long). */
  nextDay: string;
  dayStart: string;
  nextDayStart: string;
  longDate: string;
  month: string;
  previousMonth: string;
  nextMonth: string;
  monthRange: { start: string; end: string };
  /** isWorkingDay of the Berlin day, and of a few days around it (holidays nearby). */
  workingDay: boolean;
  workingDaysAround: Record<string, boolean>;
  firstWorkingDayOfMonth: string;
  /** reportDay(previousMonth): the report the instant's month sends. */
  reportDayForPreviousMonth: string;
  /** The reminder window the Berlin day lies in: [opens, due), and the day before it opens. */
  reminders: { month: string | undefined; opens: string; due: string; dayBefore: string };
  /** periodFor(month, …) for the instant's own month. */
  periodsOfMonth: { quarterly: string; yearly: string };
  /** periodsNeeded(previousMonth): the default scorecard's periods (current, previous, a year ago per frequency). */
  scorecardPeriods: string[];
  /** The next three dates of a WEEKLY MO/WE 09:00–11:00 offer from the Berlin today. */
  weekly: string[];
  /** The first date of a DAILY 09:00–11:00 offer from the Berlin today, skipping today once 11:00 is past. */
  dailyFirst: string;
  /** signOfferLink at the instant: its expiry; valid at +13 d 23 h, expired at +14 d 1 min. */
  link: { expiresAt: string; stillValidAt: string; expiredAt: string };
  /** reviewedAt values one day beyond and one day within the stale threshold (183 days). */
  review: { stale: string; fresh: string };
}

/** One row per matrix case. */
const EXPECTED: Expected[] = [
  {
    // New Year at 00:30: UTC still says 31 December 2026, a Thursday and a working day; Berlin says holiday, January, 2027.
    at: '2026-12-31T23:30:00Z',
    berlinTime: '00:30',
    berlinDay: '2027-01-01',
    nextDay: '2027-01-02',
    dayStart: '2026-12-31T23:00:00.000Z',
    nextDayStart: '2027-01-01T23:00:00.000Z',
    longDate: '1. Januar 2027',
    month: '2027-01',
    previousMonth: '2026-12',
    nextMonth: '2027-02',
    monthRange: { start: '2026-12-31T23:00:00.000Z', end: '2027-01-31T23:00:00.000Z' },
    workingDay: false,
    workingDaysAround: { '2026-12-31': true, '2027-01-01': false, '2027-01-02': false, '2027-01-03': false, '2027-01-04': true },
    firstWorkingDayOfMonth: '2027-01-04',
    reportDayForPreviousMonth: '2027-01-04',
    reminders: { month: '2026-12', opens: '2026-12-30', due: '2027-01-04', dayBefore: '2026-12-29' },
    periodsOfMonth: { quarterly: '2026-Q4', yearly: '2026' },
    scorecardPeriods: ['2026-12', '2026-11', '2025-12', '2026-Q4', '2026-Q3', '2025-Q4', '2026', '2025', '2025'],
    weekly: ['2027-01-04', '2027-01-06', '2027-01-11'],
    dailyFirst: '2027-01-01',
    link: { expiresAt: '2027-01-14T23:30:00.000Z', stillValidAt: '2027-01-14T22:30:00Z', expiredAt: '2027-01-14T23:31:00Z' },
    review: { stale: '2026-06-30T23:30:00Z', fresh: '2026-07-02T23:30:00Z' },
  },
  {
    // Easter Sunday, 03:30 CEST: the day began in winter time (23:00 UTC) and ends in summer time (22:00 UTC), 23 hours.
    at: '2027-03-28T01:30:00Z',
    berlinTime: '03:30',
    berlinDay: '2027-03-28',
    nextDay: '2027-03-29',
    dayStart: '2027-03-27T23:00:00.000Z',
    nextDayStart: '2027-03-28T22:00:00.000Z',
    longDate: '28. März 2027',
    month: '2027-03',
    previousMonth: '2027-02',
    nextMonth: '2027-04',
    monthRange: { start: '2027-02-28T23:00:00.000Z', end: '2027-03-31T22:00:00.000Z' },
    workingDay: false,
    workingDaysAround: { '2027-03-25': true, '2027-03-26': false, '2027-03-27': false, '2027-03-28': false, '2027-03-29': false, '2027-03-30': true },
    firstWorkingDayOfMonth: '2027-03-01',
    reportDayForPreviousMonth: '2027-03-01',
    // The March report goes out on Thu 1 April; the window counts calendar days, Easter or not.
    reminders: { month: '2027-03', opens: '2027-03-27', due: '2027-04-01', dayBefore: '2027-03-26' },
    periodsOfMonth: { quarterly: '2027-Q1', yearly: '2026' },
    scorecardPeriods: ['2027-02', '2027-01', '2026-02', '2026-Q4', '2026-Q3', '2025-Q4', '2026', '2025', '2025'],
    weekly: ['2027-03-29', '2027-03-31', '2027-04-05'],
    dailyFirst: '2027-03-28',
    link: { expiresAt: '2027-04-11T01:30:00.000Z', stillValidAt: '2027-04-11T00:30:00Z', expiredAt: '2027-04-11T01:31:00Z' },
    review: { stale: '2026-09-25T01:30:00Z', fresh: '2026-09-27T01:30:00Z' },
  },
  {
    // 02:30 CEST on the day summer time ends (25 hours long: 22:00 UTC to 23:00 UTC).
    at: '2027-10-31T00:30:00Z',
    berlinTime: '02:30',
    berlinDay: '2027-10-31',
    nextDay: '2027-11-01',
    dayStart: '2027-10-30T22:00:00.000Z',
    nextDayStart: '2027-10-31T23:00:00.000Z',
    longDate: '31. Oktober 2027',
    month: '2027-10',
    previousMonth: '2027-09',
    nextMonth: '2027-11',
    monthRange: { start: '2027-09-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' },
    workingDay: false,
    workingDaysAround: { '2027-10-29': true, '2027-10-30': false, '2027-10-31': false, '2027-11-01': false, '2027-11-02': true },
    firstWorkingDayOfMonth: '2027-10-01',
    reportDayForPreviousMonth: '2027-10-01',
    // All Saints is a Monday: the October report goes out on Tue 2 November.
    reminders: { month: '2027-10', opens: '2027-10-28', due: '2027-11-02', dayBefore: '2027-10-27' },
    periodsOfMonth: { quarterly: '2027-Q3', yearly: '2026' },
    scorecardPeriods: ['2027-09', '2027-08', '2026-09', '2027-Q3', '2027-Q2', '2026-Q3', '2026', '2025', '2025'],
    weekly: ['2027-11-01', '2027-11-03', '2027-11-08'],
    dailyFirst: '2027-10-31',
    link: { expiresAt: '2027-11-14T00:30:00.000Z', stillValidAt: '2027-11-13T23:30:00Z', expiredAt: '2027-11-14T00:31:00Z' },
    review: { stale: '2027-04-30T00:30:00Z', fresh: '2027-05-02T00:30:00Z' },
  },
  {
    // The same wall-clock time an hour later, now CET: every calendar answer is the same as the case before.
    at: '2027-10-31T01:30:00Z',
    berlinTime: '02:30',
    berlinDay: '2027-10-31',
    nextDay: '2027-11-01',
    dayStart: '2027-10-30T22:00:00.000Z',
    nextDayStart: '2027-10-31T23:00:00.000Z',
    longDate: '31. Oktober 2027',
    month: '2027-10',
    previousMonth: '2027-09',
    nextMonth: '2027-11',
    monthRange: { start: '2027-09-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' },
    workingDay: false,
    workingDaysAround: { '2027-10-29': true, '2027-10-30': false, '2027-10-31': false, '2027-11-01': false, '2027-11-02': true },
    firstWorkingDayOfMonth: '2027-10-01',
    reportDayForPreviousMonth: '2027-10-01',
    reminders: { month: '2027-10', opens: '2027-10-28', due: '2027-11-02', dayBefore: '2027-10-27' },
    periodsOfMonth: { quarterly: '2027-Q3', yearly: '2026' },
    scorecardPeriods: ['2027-09', '2027-08', '2026-09', '2027-Q3', '2027-Q2', '2026-Q3', '2026', '2025', '2025'],
    weekly: ['2027-11-01', '2027-11-03', '2027-11-08'],
    dailyFirst: '2027-10-31',
    link: { expiresAt: '2027-11-14T01:30:00.000Z', stillValidAt: '2027-11-14T00:30:00Z', expiredAt: '2027-11-14T01:31:00Z' },
    review: { stale: '2027-04-30T01:30:00Z', fresh: '2027-05-02T01:30:00Z' },
  },
  {
    // Leap day, a Tuesday at noon: February has 29 days, so the March report's window opens on 25 February.
    at: '2028-02-29T11:00:00Z',
    berlinTime: '12:00',
    berlinDay: '2028-02-29',
    nextDay: '2028-03-01',
    dayStart: '2028-02-28T23:00:00.000Z',
    nextDayStart: '2028-02-29T23:00:00.000Z',
    longDate: '29. Februar 2028',
    month: '2028-02',
    previousMonth: '2028-01',
    nextMonth: '2028-03',
    monthRange: { start: '2028-01-31T23:00:00.000Z', end: '2028-02-29T23:00:00.000Z' },
    workingDay: true,
    // Rosenmontag (28 February 2028) is no public holiday in NRW.
    workingDaysAround: { '2028-02-26': false, '2028-02-28': true, '2028-02-29': true, '2028-03-01': true },
    firstWorkingDayOfMonth: '2028-02-01',
    reportDayForPreviousMonth: '2028-02-01',
    reminders: { month: '2028-02', opens: '2028-02-25', due: '2028-03-01', dayBefore: '2028-02-24' },
    periodsOfMonth: { quarterly: '2027-Q4', yearly: '2027' },
    scorecardPeriods: ['2028-01', '2027-12', '2027-01', '2027-Q4', '2027-Q3', '2026-Q4', '2027', '2026', '2026'],
    weekly: ['2028-03-01', '2028-03-06', '2028-03-08'],
    // Noon: today's 09:00–11:00 is over, so the next is tomorrow, 1 March.
    dailyFirst: '2028-03-01',
    link: { expiresAt: '2028-03-14T11:00:00.000Z', stillValidAt: '2028-03-14T10:00:00Z', expiredAt: '2028-03-14T11:01:00Z' },
    review: { stale: '2027-08-29T11:00:00Z', fresh: '2027-08-31T11:00:00Z' },
  },
  {
    // Labour Day on a Saturday: the first working day of May is Monday the 3rd.
    at: '2027-05-01T07:00:00Z',
    berlinTime: '09:00',
    berlinDay: '2027-05-01',
    nextDay: '2027-05-02',
    dayStart: '2027-04-30T22:00:00.000Z',
    nextDayStart: '2027-05-01T22:00:00.000Z',
    longDate: '1. Mai 2027',
    month: '2027-05',
    previousMonth: '2027-04',
    nextMonth: '2027-06',
    monthRange: { start: '2027-04-30T22:00:00.000Z', end: '2027-05-31T22:00:00.000Z' },
    workingDay: false,
    // Ascension (Thu 6 May), Whit Monday (17 May) and Corpus Christi (Thu 27 May) fall in this month too.
    workingDaysAround: { '2027-04-30': true, '2027-05-01': false, '2027-05-03': true, '2027-05-06': false, '2027-05-17': false, '2027-05-27': false, '2027-05-28': true },
    firstWorkingDayOfMonth: '2027-05-03',
    reportDayForPreviousMonth: '2027-05-03',
    reminders: { month: '2027-04', opens: '2027-04-28', due: '2027-05-03', dayBefore: '2027-04-27' },
    periodsOfMonth: { quarterly: '2027-Q1', yearly: '2026' },
    scorecardPeriods: ['2027-04', '2027-03', '2026-04', '2027-Q1', '2026-Q4', '2026-Q1', '2026', '2025', '2025'],
    weekly: ['2027-05-03', '2027-05-05', '2027-05-10'],
    // 09:00: today's 09:00–11:00 has begun but is not over.
    dailyFirst: '2027-05-01',
    link: { expiresAt: '2027-05-15T07:00:00.000Z', stillValidAt: '2027-05-15T06:00:00Z', expiredAt: '2027-05-15T07:01:00Z' },
    review: { stale: '2026-10-29T07:00:00Z', fresh: '2026-10-31T07:00:00Z' },
  },
  {
    // Tuesday after Easter Monday, 10:00 CEST: a working day again.
    at: '2027-03-30T08:00:00Z',
    berlinTime: '10:00',
    berlinDay: '2027-03-30',
    nextDay: '2027-03-31',
    dayStart: '2027-03-29T22:00:00.000Z',
    nextDayStart: '2027-03-30T22:00:00.000Z',
    longDate: '30. März 2027',
    month: '2027-03',
    previousMonth: '2027-02',
    nextMonth: '2027-04',
    monthRange: { start: '2027-02-28T23:00:00.000Z', end: '2027-03-31T22:00:00.000Z' },
    workingDay: true,
    workingDaysAround: { '2027-03-26': false, '2027-03-29': false, '2027-03-30': true, '2027-03-31': true, '2027-04-01': true },
    firstWorkingDayOfMonth: '2027-03-01',
    reportDayForPreviousMonth: '2027-03-01',
    reminders: { month: '2027-03', opens: '2027-03-27', due: '2027-04-01', dayBefore: '2027-03-26' },
    periodsOfMonth: { quarterly: '2027-Q1', yearly: '2026' },
    scorecardPeriods: ['2027-02', '2027-01', '2026-02', '2026-Q4', '2026-Q3', '2025-Q4', '2026', '2025', '2025'],
    weekly: ['2027-03-31', '2027-04-05', '2027-04-07'],
    dailyFirst: '2027-03-30',
    link: { expiresAt: '2027-04-13T08:00:00.000Z', stillValidAt: '2027-04-13T07:00:00Z', expiredAt: '2027-04-13T08:01:00Z' },
    review: { stale: '2026-09-27T08:00:00Z', fresh: '2026-09-29T08:00:00Z' },
  },
  {
    // 23:59 on Sunday 31 January: still January in Berlin (UTC 22:59), one minute before the month ends.
    at: '2027-01-31T22:59:00Z',
    berlinTime: '23:59',
    berlinDay: '2027-01-31',
    nextDay: '2027-02-01',
    dayStart: '2027-01-30T23:00:00.000Z',
    nextDayStart: '2027-01-31T23:00:00.000Z',
    longDate: '31. Januar 2027',
    month: '2027-01',
    previousMonth: '2026-12',
    nextMonth: '2027-02',
    monthRange: { start: '2026-12-31T23:00:00.000Z', end: '2027-01-31T23:00:00.000Z' },
    workingDay: false,
    workingDaysAround: { '2027-01-29': true, '2027-01-30': false, '2027-01-31': false, '2027-02-01': true },
    firstWorkingDayOfMonth: '2027-01-04',
    reportDayForPreviousMonth: '2027-01-04',
    reminders: { month: '2027-01', opens: '2027-01-27', due: '2027-02-01', dayBefore: '2027-01-26' },
    periodsOfMonth: { quarterly: '2026-Q4', yearly: '2026' },
    scorecardPeriods: ['2026-12', '2026-11', '2025-12', '2026-Q4', '2026-Q3', '2025-Q4', '2026', '2025', '2025'],
    weekly: ['2027-02-01', '2027-02-03', '2027-02-08'],
    dailyFirst: '2027-02-01',
    link: { expiresAt: '2027-02-14T22:59:00.000Z', stillValidAt: '2027-02-14T21:59:00Z', expiredAt: '2027-02-14T23:00:00Z' },
    review: { stale: '2026-07-31T22:59:00Z', fresh: '2026-08-02T22:59:00Z' },
  },
];

const WEEKLY: Schedule = { freq: 'WEEKLY', byday: ['MO', 'WE'], opens: '09:00', closes: '11:00' };
const DAILY: Schedule = { freq: 'DAILY', opens: '09:00', closes: '11:00' };
const SECRET = 'calendar-matrix-secret';

/** A published offer with the weekly schedule and no validFrom, so its feed starts from `today`. */
const weeklyOffer = {
  id: 'offer-matrix',
  title: 'Offener Treff',
  description: '',
  status: 'published',
  organisationId: 'org-1',
  socialSpaceIds: ['space-1'],
  themes: [],
  targetGroups: [],
  schedules: [WEEKLY],
  nextDates: [],
} as unknown as PublicOfferView;

const compact = (day: string) => day.replace(/-/g, '');
const expectedFor = (at: string) => EXPECTED.find((e) => e.at === at)!;

describe('the calendar matrix table', () => {
  it('has exactly one row of expectations per matrix case', () => {
    expect(EXPECTED.map((e) => e.at)).toEqual(CALENDAR_MATRIX.map((c) => c.at));
    // The offsets of the staleness and link rows are written for these constants.
    expect(STALE_AFTER_DAYS).toBe(183);
    expect(LINK_VALID_DAYS).toBe(14);
  });
});

describe.each(CALENDAR_MATRIX)('$label ($at)', (c) => {
  const e = expectedFor(c.at);
  const at = new Date(c.at);
  useClockAt(c.at);

  it('months: monthOf, previousMonth, monthRange, berlinDayStart, longDateDe', () => {
    expect(monthOf(at)).toBe(e.month);
    expect(previousMonth(at)).toBe(e.previousMonth);
    const range = monthRange(e.month);
    expect({ start: range.start.toISOString(), end: range.end.toISOString() }).toEqual(e.monthRange);
    // The instant lies inside its month and inside its Berlin day.
    expect(range.start.getTime() <= at.getTime() && at.getTime() < range.end.getTime()).toBe(true);
    expect(berlinDayStart(e.berlinDay).toISOString()).toBe(e.dayStart);
    expect(berlinDayStart(e.nextDay).toISOString()).toBe(e.nextDayStart);
    expect(longDateDe(c.at)).toBe(e.longDate);
    expect(longDateDe(e.berlinDay)).toBe(e.longDate);
  });

  it('the Berlin today, from the instant and from the moved clock', () => {
    expect(berlinToday(at)).toBe(e.berlinDay);
    expect(berlinToday(now())).toBe(e.berlinDay);
    expect(monthOf(now())).toBe(e.month);
  });

  it('schedules: the next dates from the Berlin today, never before it, today only while not over', () => {
    const weekly = nextOccurrences([WEEKLY], e.berlinDay, { count: 3, nowTime: e.berlinTime });
    expect(weekly).toEqual(e.weekly.map((date) => ({ date, opens: '09:00', closes: '11:00' })));
    // Without nowTime (as the public catalogue calls it) the weekly dates are the same: none falls on today.
    expect(nextOccurrences([WEEKLY], e.berlinDay, { count: 3 }).map((o) => o.date)).toEqual(e.weekly);
    expect(nextOccurrences([DAILY], e.berlinDay, { count: 1, nowTime: e.berlinTime })).toEqual([{ date: e.dailyFirst, opens: '09:00', closes: '11:00' }]);
    expect(calendarRule(WEEKLY, e.berlinDay)).toEqual({ first: e.weekly[0], rule: 'FREQ=WEEKLY;BYDAY=MO,WE' });
  });

  it('working days: isWorkingDay, firstWorkingDay, nextMonth, reportDay (NRW)', () => {
    expect(isWorkingDay(e.berlinDay)).toBe(e.workingDay);
    for (const [day, working] of Object.entries(e.workingDaysAround)) expect(isWorkingDay(day), day).toBe(working);
    expect(firstWorkingDay(e.month)).toBe(e.firstWorkingDayOfMonth);
    expect(nextMonth(e.month)).toBe(e.nextMonth);
    expect(reportDay(e.previousMonth)).toBe(e.reportDayForPreviousMonth);
  });

  it('reminders: the five days before the report day', () => {
    expect(reminderMonth(e.berlinDay)).toBe(e.reminders.month);
    expect(reportDay(e.reminders.month!)).toBe(e.reminders.due);
    expect(reminderMonth(e.reminders.opens)).toBe(e.reminders.month);
    expect(reminderMonth(e.reminders.dayBefore)).toBeUndefined();
    // On the report day itself the window has closed.
    expect(reminderMonth(e.reminders.due)).toBeUndefined();
  });

  it('scorecard periods: periodFor, shiftPeriod, periodsNeeded', () => {
    expect(periodFor(e.month, 'monthly')).toBe(e.month);
    expect(periodFor(e.month, 'quarterly')).toBe(e.periodsOfMonth.quarterly);
    expect(periodFor(e.month, 'yearly')).toBe(e.periodsOfMonth.yearly);
    expect(shiftPeriod(e.month, 1)).toBe(e.previousMonth);
    expect(shiftPeriod(e.month, -1)).toBe(e.nextMonth);
    expect(periodsNeeded(e.previousMonth)).toEqual(e.scorecardPeriods);
  });

  it('the "still current" link: valid 13 days 23 hours later, expired 14 days and a minute later', () => {
    const token = signOfferLink({ id: 'offer-1', version: 3 }, SECRET, at, 'hamm');
    const check = verifyOfferLink(token, SECRET, at, 'hamm');
    expect(check).toMatchObject({ ok: true, claims: { offerId: 'offer-1', version: 3, expiresAt: e.link.expiresAt } });
    expect(verifyOfferLink(token, SECRET, new Date(e.link.stillValidAt), 'hamm').ok).toBe(true);
    expect(verifyOfferLink(token, SECRET, new Date(e.link.expiredAt), 'hamm')).toEqual({ ok: false, reason: 'expired' });
  });

  it('offer staleness: one day past the threshold is stale, one day short is not', () => {
    expect(isStale({ reviewedAt: e.review.stale }, at)).toBe(true);
    expect(isStale({ reviewedAt: e.review.fresh }, at)).toBe(false);
    expect(isStale({}, at)).toBe(true);
  });

  it('iCalendar feed: DTSTART on or after the Berlin today, in Europe/Berlin wall-clock time', () => {
    const ics = offerCalendar([weeklyOffer], { name: 'Matrix', today: e.berlinDay });
    const lines = ics.split(/\r?\n/);
    expect(lines).toContain(`DTSTART;TZID=Europe/Berlin:${compact(e.weekly[0])}T090000`);
    expect(lines).toContain(`DTEND;TZID=Europe/Berlin:${compact(e.weekly[0])}T110000`);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE');
    expect(e.weekly[0] >= e.berlinDay).toBe(true);
  });

  // DTSTAMP "MUST be specified in the UTC time format" (RFC 5545, 3.8.7.2): `…Z`, the same digits
  // whatever zone the process runs in. At New Year 00:30 a floating stamp even names the wrong year.
  it('iCalendar feed: DTSTAMP of an updated offer is its updatedAt in UTC', () => {
    const utc = c.at.replace(/[-:]/g, ''); // 2026-12-31T23:30:00Z → 20261231T233000Z
    const lines = offerCalendar([{ ...weeklyOffer, updatedAt: c.at }], { name: 'Matrix', today: e.berlinDay }).split(/\r?\n/);
    expect(lines.filter((l) => l.startsWith('DTSTAMP'))).toEqual([`DTSTAMP:${utc}`]);
  });

  // Without updatedAt the stamp is "now": the one clock (shared/time/clock.ts), moved to the case's instant.
  // Compared to the minute, since the moved clock runs on from the instant.
  it('iCalendar feed: DTSTAMP of an offer never updated is the clock\'s now, in UTC', () => {
    const utcMinute = c.at.replace(/[-:]/g, '').slice(0, 13); // 20261231T2330
    const lines = offerCalendar([weeklyOffer], { name: 'Matrix', today: e.berlinDay }).split(/\r?\n/);
    expect(lines.filter((l) => l.startsWith('DTSTAMP')).map((l) => l.replace(/\d\dZ?$/, ''))).toEqual([`DTSTAMP:${utcMinute}`]);
    expect(lines.find((l) => l.startsWith('DTSTAMP'))).toMatch(/Z$/);
  });
});
