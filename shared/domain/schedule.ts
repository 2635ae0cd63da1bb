/**
 * Offer schedules (RFC 5545 style: FREQ, INTERVAL, BYDAY with local opens/closes) in Europe/Berlin:
 * the next occurrences for the finder, and the RRULE for calendar feeds. Dates are calendar days
 * (`2026-12-03`), times wall-clock times, so 15:00 stays 15:00 across a daylight-saving change.
 */
import { addDays } from '../time/workingDays.ts';
import type * as z from 'zod';
import type { Schedule as ScheduleSchema, Weekday } from '../schemas/common.ts';
import { berlinToday } from '../time/months.ts';

export type Schedule = z.infer<typeof ScheduleSchema>;
type Day = z.infer<typeof Weekday>;

export const WEEKDAYS: Day[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface Occurrence {
  date: string;
  opens: string;
  closes: string;
}

/** How far ahead the follow-up list looks: agreements overdue or due within two weeks (dashboard). */
export const DUE_SOON_DAYS = 14;

/** The last due date the follow-up list shows at `now`: the Berlin day two weeks on. */
export const dueSoonUntil = (now: Date) => addDays(berlinToday(now), DUE_SOON_DAYS);

const weekdayOf = (day: string): Day => WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()];
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86400000);

/** The first day of a schedule: its `dtstart`, else the day given (an offer's start, or today). */
function anchorOf(s: Schedule, fallback: string) {
  return s.dtstart ?? fallback;
}

/** Does the schedule meet on `day`? (`anchor` fixes the rhythm of an INTERVAL.) */
export function meetsOn(s: Schedule, day: string, anchor: string): boolean {
  if (day < anchor || (s.until && day > s.until)) return false;
  const interval = s.interval ?? 1;
  const byday = s.byday?.length ? s.byday : [weekdayOf(anchor)];
  switch (s.freq) {
    case 'ONCE':
      return day === anchor;
    case 'DAILY':
      return daysBetween(anchor, day) % interval === 0;
    case 'WEEKLY':
      return byday.includes(weekdayOf(day)) && Math.floor(daysBetween(addDays(anchor, -((new Date(`${anchor}T12:00:00Z`).getUTCDay() + 6) % 7)), day) / 7) % interval === 0;
    case 'MONTHLY': {
      const months = (Number(day.slice(0, 4)) - Number(anchor.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(anchor.slice(5, 7));
      return months % interval === 0 && (s.byday?.length ? byday.includes(weekdayOf(day)) : day.slice(8) === anchor.slice(8));
    }
  }
}

/**
 * The next `count` occurrences on or after `from` (Berlin day), within `horizonDays`; ones that
 * already ended today are skipped when `nowTime` (HH:MM) is given.
 */
export function nextOccurrences(schedules: Schedule[], from: string, opts: { count?: number; horizonDays?: number; startOf?: string; nowTime?: string } = {}): Occurrence[] {
  const out: Occurrence[] = [];
  const count = opts.count ?? 1;
  for (let i = 0; i <= (opts.horizonDays ?? 400) && out.length < count; i++) {
    const day = addDays(from, i);
    const today = schedules
      .filter((s) => meetsOn(s, day, anchorOf(s, opts.startOf ?? from)))
      .filter((s) => !(i === 0 && opts.nowTime && s.closes <= opts.nowTime))
      .sort((a, b) => a.opens.localeCompare(b.opens));
    for (const s of today) if (out.length < count) out.push({ date: day, opens: s.opens, closes: s.closes });
  }
  return out;
}

/**
 * The first occurring day of a schedule on or after `start` (the DTSTART of its calendar event),
 * and its RRULE (without UNTIL, which the caller states in UTC).
 */
export function calendarRule(s: Schedule, start: string): { first: string; rule?: string } | undefined {
  const anchor = anchorOf(s, start);
  const [first] = nextOccurrences([{ ...s, dtstart: anchor }], anchor, { count: 1 });
  if (!first) return undefined;
  if (s.freq === 'ONCE') return { first: first.date };
  const parts = [`FREQ=${s.freq}`];
  if (s.interval && s.interval > 1) parts.push(`INTERVAL=${s.interval}`);
  if (s.byday?.length) parts.push(`BYDAY=${s.byday.join(',')}`);
  return { first: first.date, rule: parts.join(';') };
}
