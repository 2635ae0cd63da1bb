/** The report day: the first working day of the month in NRW, checked against the calendars of 2026 and 2027. */
import { describe, expect, it } from 'vitest';
import { firstWorkingDay, isWorkingDay, reportDay } from '../../shared/time/workingDays.ts';
import { reminderMonth } from '../../functions/reports/reminders.ts';

// Written from the printed calendar: weekends and the NRW holidays of each year.
const FIRST_WORKING_DAYS: Record<string, string> = {
  '2026-01': '2026-01-02', // Thu 1 Jan: New Year
  '2026-02': '2026-02-02', // Sun 1 Feb
  '2026-03': '2026-03-02', // Sun 1 Mar
  '2026-04': '2026-04-01',
  '2026-05': '2026-05-04', // Fri 1 May: Labour Day, then the weekend
  '2026-06': '2026-06-01',
  '2026-07': '2026-07-01',
  '2026-08': '2026-08-03', // Sat 1 Aug
  '2026-09': '2026-09-01',
  '2026-10': '2026-10-01',
  '2026-11': '2026-11-02', // Sun 1 Nov: All Saints on a Sunday
  '2026-12': '2026-12-01',
  '2027-01': '2027-01-04', // Fri 1 Jan: New Year, then the weekend
  '2027-02': '2027-02-01',
  '2027-03': '2027-03-01',
  '2027-04': '2027-04-01', // Easter Monday was 29 Mar
  '2027-05': '2027-05-03', // Sat 1 May
  '2027-06': '2027-06-01',
  '2027-07': '2027-07-01',
  '2027-08': '2027-08-02', // Sun 1 Aug
  '2027-09': '2027-09-01',
  '2027-10': '2027-10-01',
  '2027-11': '2027-11-02', // Mon 1 Nov: All Saints
  '2027-12': '2027-12-01',
};

describe('first working day (NRW)', () => {
  it.each(Object.entries(FIRST_WORKING_DAYS))('%s → %s', (month, day) => {
    expect(firstWorkingDay(month)).toBe(day);
  });

  it('skips 1 January, Easter Monday, 1 May and 3 October, whatever the weekday', () => {
    for (const holiday of ['2026-01-01', '2027-01-01', '2026-04-06', '2027-03-29', '2026-05-01', '2027-05-01', '2026-10-03', '2027-10-03', '2025-10-03'])
      expect(isWorkingDay(holiday), holiday).toBe(false);
    // A Friday 3 October (2025) and an ordinary Friday.
    expect(isWorkingDay('2025-10-02')).toBe(true);
    // Easter Monday on the 1st: April 2024 starts on the 2nd.
    expect(firstWorkingDay('2024-04')).toBe('2024-04-02');
    // Good Friday on the 1st and Easter Monday on the 4th: April 2067 starts on the 5th, the latest in this century (so the schedule fires on days 1–7).
    expect(firstWorkingDay('2067-04')).toBe('2067-04-05');
  });

  it('the report of a month goes out on the first working day of the next', () => {
    expect(reportDay('2026-12')).toBe('2027-01-04');
    expect(reportDay('2026-04')).toBe('2026-05-04');
  });
});

describe('reminder window', () => {
  it('opens five days before the report day and closes on it', () => {
    // The November 2026 report goes out on Tue 1 Dec 2026.
    expect(reminderMonth('2026-11-25')).toBeUndefined();
    expect(reminderMonth('2026-11-26')).toBe('2026-11');
    expect(reminderMonth('2026-11-30')).toBe('2026-11');
    expect(reminderMonth('2026-12-01')).toBeUndefined();
    // The December 2026 report goes out on Mon 4 Jan 2027: the window spans the turn of the year.
    expect(reminderMonth('2026-12-29')).toBeUndefined();
    expect(reminderMonth('2026-12-30')).toBe('2026-12');
    expect(reminderMonth('2027-01-03')).toBe('2026-12');
    expect(reminderMonth('2027-01-04')).toBeUndefined();
    expect(reminderMonth('2027-01-15')).toBeUndefined();
  });
});
