/**
 * The calendar matrix: the instants every date-sensitive test runs at (issue 26), and a helper that
 * moves the one clock (shared/time/clock.ts) for a test and back. Instants are UTC; the labels say what
 * they are in Europe/Berlin, where the city works.
 */
import { afterEach, beforeEach } from 'vitest';
import { setClock } from '../../shared/time/clock.ts';

export interface CalendarCase {
  /** What the instant is in Berlin. */
  label: string;
  at: string;
}

export const CALENDAR_MATRIX: CalendarCase[] = [
  { label: 'new year 2027-01-01 00:30 (a holiday; UTC still in 2026)', at: '2026-12-31T23:30:00Z' },
  { label: '2027-03-28 02:30, the hour that does not exist (read as 03:30 summer time)', at: '2027-03-28T01:30:00Z' },
  { label: '2027-10-31 02:30 summer time, the first of the hour that exists twice', at: '2027-10-31T00:30:00Z' },
  { label: '2027-10-31 02:30 winter time, the second of the hour that exists twice', at: '2027-10-31T01:30:00Z' },
  { label: 'leap day 2028-02-29 12:00', at: '2028-02-29T11:00:00Z' },
  { label: '2027-05-01 09:00, the 1st of a month that is a Saturday (and a holiday)', at: '2027-05-01T07:00:00Z' },
  { label: '2027-03-30 10:00, the first working day after Easter Monday', at: '2027-03-30T08:00:00Z' },
  { label: '2027-01-31 23:59, the last minute of a month', at: '2027-01-31T22:59:00Z' },
];

/** Runs each test of the enclosing describe with the clock moved to `at` (and puts it back after). */
export function useClockAt(at: string | (() => string)): void {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    restore = setClock(typeof at === 'function' ? at() : at);
  });
  afterEach(() => restore?.());
}
