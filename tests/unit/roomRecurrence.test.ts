/**
 * The RRULE a resident's request form builds (shared/domain/roomRecurrence.ts `recurrenceRule`): it is
 * of the subset the API accepts, and the days it names start with the first day and keep its weekday.
 */
import { describe, expect, it } from 'vitest';
import { recurrenceRule, requestedDays } from '../../shared/domain/roomRecurrence.ts';

describe('recurrenceRule', () => {
  it('weekly and every other week on the first day\'s weekday, until the end day', () => {
    expect(recurrenceRule('2026-12-01', 'weekly', '2026-12-22')).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20261222');
    expect(requestedDays('2026-12-01', recurrenceRule('2026-12-01', 'weekly', '2026-12-22'))).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
    expect(recurrenceRule('2026-12-01', 'fortnightly', '2027-06-30')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630');
    expect(requestedDays('2026-12-01', recurrenceRule('2026-12-01', 'fortnightly', '2026-12-31'))).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('monthly on the same weekday of the month, the last one past the 28th', () => {
    // 12 December 2026 is the second Saturday.
    expect(recurrenceRule('2026-12-12', 'monthly', '2027-03-31')).toBe('FREQ=MONTHLY;BYDAY=2SA;UNTIL=20270331');
    expect(requestedDays('2026-12-12', recurrenceRule('2026-12-12', 'monthly', '2027-03-31'))).toEqual(['2026-12-12', '2027-01-09', '2027-02-13', '2027-03-13']);
    // 29 December 2026, a Tuesday, is the month's last; so is 26 January 2027.
    expect(recurrenceRule('2026-12-29', 'monthly', '2027-01-31')).toBe('FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20270131');
    expect(requestedDays('2026-12-29', recurrenceRule('2026-12-29', 'monthly', '2027-01-31'))).toEqual(['2026-12-29', '2027-01-26']);
  });
});
