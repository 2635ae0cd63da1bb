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

/** Days since 1970-01-01: the walk over days counts in numbers and names only the days it keeps. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86400000);
const dayString = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);
/** 1970-01-01 was a Thursday: 0 is Sunday, as in WEEKDAYS. */
const weekdayNumber = (n: number) => (n + 4) % 7;
const weekdayOf = (day: string): Day => WEEKDAYS[weekdayNumber(dayNumber(day))];

/** The first day of a schedule: its `dtstart`, else the day given (an offer's start, or today). */
function anchorOf(s: Schedule, fallback: string) {
  return s.dtstart ?? fallback;
}

/** A schedule with its days as numbers, for testing many days against it. */
interface Rhythm {
  s: Schedule;
  anchor: number;
  anchorDay: string;
  until: number;
  interval: number;
  weekdays: Set<number>;
  /** The Monday of the anchor's week: weekly intervals count whole weeks from it. */
  anchorWeek: number;
}

function rhythmOf(s: Schedule, anchorDay: string): Rhythm {
  const anchor = dayNumber(anchorDay);
  return {
    s,
    anchor,
    anchorDay,
    until: s.until ? dayNumber(s.until) : Infinity,
    interval: s.interval ?? 1,
    weekdays: new Set((s.byday?.length ? s.byday : [WEEKDAYS[weekdayNumber(anchor)]]).map((d) => WEEKDAYS.indexOf(d))),
    anchorWeek: anchor - ((weekdayNumber(anchor) + 6) % 7),
  };
}

function meets(r: Rhythm, n: number): boolean {
  if (n < r.anchor || n > r.until) return false;
  switch (r.s.freq) {
    case 'ONCE':
      return n === r.anchor;
    case 'DAILY':
      return (n - r.anchor) % r.interval === 0;
    case 'WEEKLY':
      return r.weekdays.has(weekdayNumber(n)) && Math.floor((n - r.anchorWeek) / 7) % r.interval === 0;
    case 'MONTHLY': {
      const day = dayString(n);
      const months = (Number(day.slice(0, 4)) - Number(r.anchorDay.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(r.anchorDay.slice(5, 7));
      return months % r.interval === 0 && (r.s.byday?.length ? r.weekdays.has(weekdayNumber(n)) : day.slice(8) === r.anchorDay.slice(8));
    }
  }
}

/** Does the schedule meet on `day`? (`anchor` fixes the rhythm of an INTERVAL.) */
export function meetsOn(s: Schedule, day: string, anchor: string): boolean {
  return meets(rhythmOf(s, anchor), dayNumber(day));
}

/**
 * The next `count` occurrences on or after `from` (Berlin day), within `horizonDays`; ones that
 * already ended today are skipped when `nowTime` (HH:MM) is given.
 */
export function nextOccurrences(schedules: Schedule[], from: string, opts: { count?: number; horizonDays?: number; startOf?: string; nowTime?: string } = {}): Occurrence[] {
  const out: Occurrence[] = [];
  const count = opts.count ?? 1;
  const start = dayNumber(from);
  // Schedules that ended, and days before every schedule begins, need no day-by-day walk.
  const live = schedules.map((s) => rhythmOf(s, anchorOf(s, opts.startOf ?? from))).filter((r) => r.until >= start && !(r.s.freq === 'ONCE' && r.anchor < start));
  if (!live.length) return out;
  const first = Math.max(start, Math.min(...live.map((r) => r.anchor)));
  for (let n = first; n <= start + (opts.horizonDays ?? 400) && out.length < count; n++) {
    const today = live
      .filter((r) => meets(r, n))
      .filter((r) => !(n === start && opts.nowTime && r.s.closes <= opts.nowTime))
      .sort((a, b) => a.s.opens.localeCompare(b.s.opens));
    for (const { s } of today) if (out.length < count) out.push({ date: dayString(n), opens: s.opens, closes: s.closes });
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
