/**
 * Is the community centre open? Worked out by hand on a calendar of 2026/27 with the holidays of NRW
 * (the test tenant is Hamm): slot boundaries, the two clock changes (instants written in UTC, so the
 * Berlin wall clock is what moves), holidays with their German names, exceptions, temporary closures,
 * the next opening, and the list of coming exceptions for the public page.
 */
import { describe, expect, it } from 'vitest';
import { closedDay, hoursOn, nextOpening, openNow, upcomingExceptions, validRanges, type CentreHours, type Schedule } from '../../shared/domain/openingHours.ts';
import { holidayName, isHoliday, isWorkingDay } from '../../shared/time/workingDays.ts';

const MORNINGS: Schedule = { freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '12:00' };
const AFTERNOONS: Schedule = { freq: 'WEEKLY', byday: ['TU', 'TH'], opens: '14:00', closes: '17:00' };
const centre: CentreHours = { openingHours: [MORNINGS, AFTERNOONS] };
const at = (iso: string) => new Date(iso);
const isOpen = (hours: CentreHours, iso: string) => openNow(hours, at(iso)).open;

describe('openNow: within and outside a slot', () => {
  // Tuesday 2026-12-01, winter time: Berlin is UTC+1.
  it('open from the minute it opens, closed from the minute it closes', () => {
    expect(isOpen(centre, '2026-12-01T07:59:00Z')).toBe(false); // 08:59
    expect(isOpen(centre, '2026-12-01T08:00:00Z')).toBe(true); // 09:00
    expect(isOpen(centre, '2026-12-01T10:59:00Z')).toBe(true); // 11:59
    expect(isOpen(centre, '2026-12-01T11:00:00Z')).toBe(false); // 12:00
    expect(isOpen(centre, '2026-12-01T13:00:00Z')).toBe(true); // 14:00
    expect(isOpen(centre, '2026-12-01T16:00:00Z')).toBe(false); // 17:00
  });

  it('says until when it is open, and when it opens next when it is closed', () => {
    expect(openNow(centre, at('2026-12-01T09:30:00Z'))).toEqual({
      open: true,
      day: '2026-12-01',
      time: '10:30',
      reason: 'regular',
      slots: [
        { opens: '09:00', closes: '12:00' },
        { opens: '14:00', closes: '17:00' },
      ],
      until: '12:00',
    });
    const lunch = openNow(centre, at('2026-12-01T12:00:00Z'));
    expect(lunch).toMatchObject({ open: false, reason: 'regular', time: '13:00', next: { day: '2026-12-01', opens: '14:00' } });
    expect(lunch.until).toBeUndefined();
    // Wednesday has mornings only: after 12:00 the next opening is Thursday morning.
    expect(openNow(centre, at('2026-12-02T11:00:00Z')).next).toEqual({ day: '2026-12-03', opens: '09:00' });
  });

  it('a weekend day without hours is closed for no reason but the week', () => {
    expect(openNow(centre, at('2026-12-05T10:00:00Z'))).toMatchObject({ open: false, reason: 'none', slots: [], next: { day: '2026-12-07', opens: '09:00' } });
  });

  it('slots that touch or overlap are one: open through, closing at the later end', () => {
    const hours: CentreHours = {
      openingHours: [
        { freq: 'DAILY', opens: '12:00', closes: '15:00' },
        { freq: 'DAILY', opens: '09:00', closes: '12:00' },
        { freq: 'WEEKLY', byday: ['MO'], opens: '14:00', closes: '16:00' },
      ],
    };
    expect(hoursOn(hours, '2026-12-07').slots).toEqual([{ opens: '09:00', closes: '16:00' }]);
    expect(openNow(hours, at('2026-12-07T10:59:00Z'))).toMatchObject({ open: true, until: '16:00' });
    expect(openNow(hours, at('2026-12-08T10:59:00Z'))).toMatchObject({ open: true, until: '15:00' });
  });

  it('the Berlin day, not the UTC day: 23:30Z on 24 December is Christmas Day in Berlin', () => {
    const daily: CentreHours = { openingHours: [{ freq: 'DAILY', opens: '00:00', closes: '23:59' }] };
    expect(openNow(daily, at('2026-12-24T23:30:00Z'))).toMatchObject({ open: false, day: '2026-12-25', time: '00:30', reason: 'holiday', holiday: '1. Weihnachtstag' });
  });
});

describe('openNow across the clock changes', () => {
  // Summer time began on Sunday 2027-03-28 (Easter Sunday). The Friday before and the Monday after are
  // Good Friday and Easter Monday, so the weekdays compared are Thursday 25 and Tuesday 30 March.
  it('March: 09:00 is 08:00Z before the change and 07:00Z after it', () => {
    expect(isOpen(centre, '2027-03-25T07:30:00Z')).toBe(false); // 08:30 CET
    expect(isOpen(centre, '2027-03-25T08:30:00Z')).toBe(true); // 09:30 CET
    expect(isOpen(centre, '2027-03-25T10:30:00Z')).toBe(true); // 11:30 CET
    expect(isOpen(centre, '2027-03-30T06:59:00Z')).toBe(false); // 08:59 CEST
    expect(isOpen(centre, '2027-03-30T07:00:00Z')).toBe(true); // 09:00 CEST
    expect(isOpen(centre, '2027-03-30T07:30:00Z')).toBe(true); // 09:30 CEST
    expect(isOpen(centre, '2027-03-30T08:30:00Z')).toBe(true); // 10:30 CEST
    expect(isOpen(centre, '2027-03-30T10:00:00Z')).toBe(false); // 12:00 CEST
  });

  it('March, on the day of the change itself', () => {
    const daily: CentreHours = { openingHours: [{ freq: 'DAILY', opens: '09:00', closes: '12:00' }] };
    expect(openNow(daily, at('2027-03-27T07:30:00Z'))).toMatchObject({ open: false, time: '08:30' }); // Saturday, CET
    expect(openNow(daily, at('2027-03-28T07:30:00Z'))).toMatchObject({ open: true, time: '09:30' }); // Sunday, CEST
    expect(openNow(daily, at('2027-03-28T08:30:00Z'))).toMatchObject({ open: true, time: '10:30' });
    expect(openNow(daily, at('2027-03-27T10:30:00Z'))).toMatchObject({ open: true, time: '11:30' });
    expect(openNow(daily, at('2027-03-28T10:30:00Z'))).toMatchObject({ open: false, time: '12:30' });
  });

  it('Easter Monday after the change is closed, though 08:30Z is 10:30 in Berlin', () => {
    expect(openNow(centre, at('2027-03-29T08:30:00Z'))).toMatchObject({ open: false, time: '10:30', reason: 'holiday', holiday: 'Ostermontag' });
  });

  // Winter time began on Sunday 2026-10-25.
  it('October: 07:30Z is 09:30 before the change, 08:30 after it', () => {
    expect(isOpen(centre, '2026-10-23T06:59:00Z')).toBe(false); // Friday 08:59 CEST
    expect(isOpen(centre, '2026-10-23T07:00:00Z')).toBe(true); // 09:00 CEST
    expect(isOpen(centre, '2026-10-23T07:30:00Z')).toBe(true); // 09:30 CEST
    expect(isOpen(centre, '2026-10-26T07:30:00Z')).toBe(false); // Monday 08:30 CET
    expect(isOpen(centre, '2026-10-26T08:00:00Z')).toBe(true); // 09:00 CET
    expect(isOpen(centre, '2026-10-26T10:30:00Z')).toBe(true); // 11:30 CET
    expect(isOpen(centre, '2026-10-26T11:00:00Z')).toBe(false); // 12:00 CET
  });
});

describe('public holidays of NRW close the centre', () => {
  it.each([
    ['2026-12-25', '1. Weihnachtstag'], // Friday
    ['2027-05-27', 'Fronleichnam'], // Thursday: Corpus Christi 2027 (Easter 28 March + 60 days)
    ['2027-11-01', 'Allerheiligen'], // Monday
    ['2027-01-01', 'Neujahrstag'], // Friday
    ['2026-10-03', 'Tag der Deutschen Einheit'], // Saturday: a name, though closed anyway
  ])('%s: %s', (day, name) => {
    expect(isHoliday(day)).toBe(true);
    expect(holidayName(day)).toBe(name);
    const hours = { openingHours: [{ freq: 'DAILY' as const, opens: '09:00', closes: '17:00' }] };
    expect(hoursOn(hours, day)).toEqual({ slots: [], reason: 'holiday', holiday: name });
    expect(openNow(hours, at(`${day}T10:00:00Z`))).toMatchObject({ open: false, reason: 'holiday', holiday: name });
  });

  it('ordinary days are none: the Thursday a week after Corpus Christi, Christmas Eve, a Sunday', () => {
    for (const day of ['2027-06-03', '2026-12-24', '2026-12-27']) {
      expect(isHoliday(day), day).toBe(false);
      expect(holidayName(day), day).toBeUndefined();
    }
    expect(openNow(centre, at('2027-06-03T08:00:00Z'))).toMatchObject({ open: true, reason: 'regular' }); // 10:00 CEST
  });

  it('working days are unchanged by the holiday look-up', () => {
    expect(isWorkingDay('2027-05-27')).toBe(false);
    expect(isWorkingDay('2027-06-03')).toBe(true);
    expect(isWorkingDay('2027-03-27')).toBe(false);
  });
});

describe('exceptions and temporary closures', () => {
  const winter: CentreHours = {
    openingHours: [MORNINGS, AFTERNOONS],
    exceptions: [
      { date: '2026-12-24', until: '2026-12-31', closed: true, note: 'Weihnachtsferien' },
      { date: '2026-12-30', closed: false, opens: '10:00', closes: '12:00', note: 'Sprechstunde zwischen den Jahren' },
      { date: '2027-01-08', closed: false, opens: '15:00', closes: '20:00', note: 'Neujahrsempfang' },
      { date: '2027-11-01', closed: false, note: 'Allerheiligen geöffnet' },
    ],
  };

  it('a closed range closes every day in it, its first and last included, and names the holiday within', () => {
    expect(hoursOn(winter, '2026-12-23').reason).toBe('regular');
    expect(hoursOn(winter, '2026-12-24')).toEqual({ slots: [], reason: 'closure', note: 'Weihnachtsferien' });
    expect(hoursOn(winter, '2026-12-25')).toEqual({ slots: [], reason: 'closure', note: 'Weihnachtsferien', holiday: '1. Weihnachtstag' });
    expect(hoursOn(winter, '2026-12-29')).toEqual({ slots: [], reason: 'closure', note: 'Weihnachtsferien' });
    expect(hoursOn(winter, '2026-12-31')).toEqual({ slots: [], reason: 'closure', note: 'Weihnachtsferien' });
    expect(hoursOn(winter, '2027-01-04').reason).toBe('regular');
    expect(openNow(winter, at('2026-12-29T09:00:00Z'))).toMatchObject({ open: false, reason: 'closure', note: 'Weihnachtsferien', next: { day: '2026-12-30', opens: '10:00' } });
  });

  it('a single day inside a closed range wins over the range', () => {
    expect(hoursOn(winter, '2026-12-30')).toEqual({ slots: [{ opens: '10:00', closes: '12:00' }], reason: 'exception', note: 'Sprechstunde zwischen den Jahren' });
    expect(openNow(winter, at('2026-12-30T08:30:00Z')).open).toBe(false); // 09:30: regular hours do not apply
    expect(openNow(winter, at('2026-12-30T09:00:00Z'))).toMatchObject({ open: true, reason: 'exception', until: '12:00' });
  });

  it('other hours on a day replace the weekly ones', () => {
    expect(isOpen(winter, '2027-01-08T09:00:00Z')).toBe(false); // Friday 10:00: no morning hours today
    expect(isOpen(winter, '2027-01-08T14:00:00Z')).toBe(true); // 15:00
    expect(openNow(winter, at('2027-01-08T18:59:00Z'))).toMatchObject({ open: true, until: '20:00', note: 'Neujahrsempfang' });
    expect(isOpen(winter, '2027-01-08T19:00:00Z')).toBe(false); // 20:00
  });

  it('not closed and without hours: open as usual, on a holiday too', () => {
    expect(hoursOn(winter, '2027-11-01')).toEqual({ slots: [{ opens: '09:00', closes: '12:00' }], reason: 'exception', note: 'Allerheiligen geöffnet', holiday: 'Allerheiligen' });
    expect(isOpen(winter, '2027-11-01T09:00:00Z')).toBe(true);
  });

  it('temporarily closed without an end: closed on every day, with no next opening', () => {
    const hours: CentreHours = { ...winter, temporarilyClosed: { note: 'Wasserschaden' } };
    expect(hoursOn(hours, '2027-01-08')).toEqual({ slots: [], reason: 'temporarily-closed', note: 'Wasserschaden' });
    const state = openNow(hours, at('2027-02-02T09:00:00Z'));
    expect(state).toMatchObject({ open: false, reason: 'temporarily-closed', note: 'Wasserschaden', slots: [] });
    expect(state.next).toBeUndefined();
  });

  it('temporarily closed to a day: closed to it inclusive, open after, and the next opening says so', () => {
    const hours: CentreHours = { ...winter, temporarilyClosed: { note: 'Renovierung', until: '2027-02-15' } };
    expect(isOpen(hours, '2027-02-15T09:00:00Z')).toBe(false); // Monday, the last day
    expect(isOpen(hours, '2027-02-16T09:00:00Z')).toBe(true);
    expect(openNow(hours, at('2027-02-10T09:00:00Z')).next).toEqual({ day: '2027-02-16', opens: '09:00' });
    // A temporary closure outranks a holiday and an exception: the reason is the closure, the holiday still named.
    const overChristmas: CentreHours = { ...winter, temporarilyClosed: { note: 'Renovierung', until: '2026-12-27' } };
    expect(hoursOn(overChristmas, '2026-12-25')).toEqual({ slots: [], reason: 'temporarily-closed', note: 'Renovierung', holiday: '1. Weihnachtstag' });
  });
});

describe('the next opening', () => {
  it('over Christmas Day (a Friday) and the weekend: Monday morning', () => {
    expect(openNow(centre, at('2026-12-24T16:30:00Z')).next).toEqual({ day: '2026-12-28', opens: '09:00' }); // Thu 17:30
  });

  it('over Good Friday, the weekend, Easter Monday and the clock change: Tuesday 09:00 CEST', () => {
    expect(openNow(centre, at('2027-03-25T16:00:00Z'))).toMatchObject({ open: false, time: '17:00', next: { day: '2027-03-30', opens: '09:00' } });
  });

  it('later the same day first, and within 14 days only', () => {
    expect(nextOpening(centre, '2026-12-01', '12:00')).toEqual({ day: '2026-12-01', opens: '14:00' });
    expect(nextOpening(centre, '2026-12-01', '')).toEqual({ day: '2026-12-01', opens: '09:00' });
    const far: CentreHours = { openingHours: [{ ...MORNINGS, dtstart: '2027-01-15' }] };
    expect(nextOpening(far, '2027-01-01', '10:00')).toEqual({ day: '2027-01-15', opens: '09:00' }); // 14 days on
    expect(nextOpening(far, '2026-12-31', '10:00')).toBeUndefined(); // 15 days on
  });
});

describe('which schedules are opening hours', () => {
  it('weekly by day and daily count, each within its dtstart and until', () => {
    const summer: Schedule = { freq: 'WEEKLY', byday: ['WE'], opens: '17:00', closes: '20:00', dtstart: '2027-06-01', until: '2027-08-31' };
    const hours: CentreHours = { openingHours: [MORNINGS, summer] };
    expect(hoursOn(hours, '2027-05-26').slots).toEqual([{ opens: '09:00', closes: '12:00' }]);
    expect(hoursOn(hours, '2027-06-02').slots).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '17:00', closes: '20:00' },
    ]);
    expect(hoursOn(hours, '2027-09-01').slots).toHaveLength(1);
  });

  it('every other week, monthly, one-off and weekly without days are ignored', () => {
    const hours: CentreHours = {
      openingHours: [
        { freq: 'WEEKLY', interval: 2, byday: ['SA'], opens: '10:00', closes: '12:00', dtstart: '2026-12-05' },
        { freq: 'MONTHLY', byday: ['SA'], opens: '10:00', closes: '12:00', dtstart: '2026-12-05' },
        { freq: 'ONCE', opens: '10:00', closes: '12:00', dtstart: '2026-12-05' },
        { freq: 'WEEKLY', opens: '10:00', closes: '12:00', dtstart: '2026-12-05' },
        { freq: 'DAILY', interval: 2, opens: '10:00', closes: '12:00', dtstart: '2026-12-05' },
      ],
    };
    expect(hoursOn(hours, '2026-12-05')).toEqual({ slots: [], reason: 'none' });
  });
});

describe('upcomingExceptions', () => {
  const winter: CentreHours = {
    openingHours: [MORNINGS],
    exceptions: [
      { date: '2026-12-24', until: '2026-12-31', closed: true, note: 'Weihnachtsferien' },
      { date: '2026-12-30', closed: false, opens: '10:00', closes: '12:00' },
      { date: '2027-01-08', closed: false, opens: '15:00', closes: '20:00', note: 'Neujahrsempfang' },
      { date: '2027-02-01', closed: true },
    ],
  };

  it('runs of one exception as one entry, a single day inside split out, holidays the centre would have opened on', () => {
    expect(upcomingExceptions(winter, '2026-12-20', 20)).toEqual([
      { date: '2026-12-24', until: '2026-12-29', reason: 'closure', closed: true, slots: [], note: 'Weihnachtsferien' },
      { date: '2026-12-30', reason: 'exception', closed: false, slots: [{ opens: '10:00', closes: '12:00' }] },
      { date: '2026-12-31', reason: 'closure', closed: true, slots: [], note: 'Weihnachtsferien' },
      { date: '2027-01-01', reason: 'holiday', closed: true, slots: [], holiday: 'Neujahrstag' },
      { date: '2027-01-08', reason: 'exception', closed: false, slots: [{ opens: '15:00', closes: '20:00' }], note: 'Neujahrsempfang' },
    ]);
  });

  it('the window: from included, `days` days long; a range begun before it is shown from the window’s first day', () => {
    expect(upcomingExceptions(winter, '2026-12-28', 2)).toEqual([{ date: '2026-12-28', until: '2026-12-29', reason: 'closure', closed: true, slots: [], note: 'Weihnachtsferien' }]);
    expect(upcomingExceptions(winter, '2027-01-09', 23).map((e) => e.date)).toEqual([]);
    expect(upcomingExceptions(winter, '2027-01-09', 24).map((e) => e.date)).toEqual(['2027-02-01']);
  });

  it('a holiday on a day without hours is no news; with daily hours it is', () => {
    expect(upcomingExceptions(centre, '2026-10-30', 5)).toEqual([]); // Sunday 1 November 2026
    const daily: CentreHours = { openingHours: [{ freq: 'DAILY', opens: '09:00', closes: '12:00' }] };
    expect(upcomingExceptions(daily, '2026-10-30', 5)).toEqual([{ date: '2026-11-01', reason: 'holiday', closed: true, slots: [], holiday: 'Allerheiligen' }]);
  });

  it('days under a temporary closure are left out', () => {
    const hours: CentreHours = { ...winter, temporarilyClosed: { note: 'Renovierung', until: '2026-12-27' } };
    expect(upcomingExceptions(hours, '2026-12-20', 12)[0]).toEqual({ date: '2026-12-28', until: '2026-12-29', reason: 'closure', closed: true, slots: [], note: 'Weihnachtsferien' });
  });
});

describe('validRanges: the weekly hours cut around the days they do not hold (HSDS valid_from/valid_to)', () => {
  // 20 December 2026 is a Sunday; closed 24–31 December but for other hours on the 30th, Christmas and New Year's Day are holidays.
  const winter: CentreHours = {
    openingHours: [MORNINGS, AFTERNOONS],
    exceptions: [
      { date: '2026-12-24', until: '2026-12-31', closed: true, note: 'Weihnachtsferien' },
      { date: '2026-12-30', closed: false, opens: '10:00', closes: '12:00' },
      { date: '2027-01-08', closed: false, opens: '15:00', closes: '20:00', note: 'Neujahrsempfang' },
    ],
  };

  it('each schedule ends the day before its first day off and starts again the day after its last; a break at the window’s end is followed', () => {
    expect(validRanges(winter, winter.openingHours, '2026-12-20', 20)).toEqual([
      // Mornings: off 24 Dec to 1 Jan (closure, other hours, holidays), again on 8 January, the window’s last day.
      [{ to: '2026-12-23' }, { from: '2027-01-02', to: '2027-01-07' }, { from: '2027-01-09' }],
      // Tuesday and Thursday afternoons: only the closure touches them.
      [{ to: '2026-12-23' }, { from: '2027-01-01' }],
    ]);
  });

  it('hours by appointment break on closed days only, not on days with other hours', () => {
    expect(validRanges(winter, [MORNINGS], '2026-12-20', 20, closedDay)).toEqual([[{ to: '2026-12-23' }, { from: '2026-12-30', to: '2026-12-30' }, { from: '2027-01-02' }]]);
  });

  it('a temporary closure to a day: from the day after, found beyond the window; without an end: no range at all', () => {
    const closed = (until?: string): CentreHours => ({ openingHours: [MORNINGS], temporarilyClosed: { note: 'Renovierung', ...(until ? { until } : {}) } });
    expect(validRanges(closed('2027-03-31'), [MORNINGS], '2026-12-20', 14)).toEqual([[{ from: '2027-04-01' }]]);
    expect(validRanges(closed(), [MORNINGS], '2026-12-20', 14)).toEqual([[]]);
  });

  it('a schedule never broken in the window, or not opening hours at all, holds unchanged', () => {
    const monthly: Schedule = { freq: 'MONTHLY', byday: ['1MO' as never], opens: '18:00', closes: '20:00' };
    expect(validRanges(centre, [AFTERNOONS, monthly], '2027-01-11', 7)).toEqual([[{}], [{}]]);
    // A holiday on a day the schedule does not apply on breaks nothing: Good Friday 2027 for Tuesday/Thursday afternoons.
    expect(validRanges(centre, [AFTERNOONS], '2027-03-22', 14)).toEqual([[{}]]);
  });
});
