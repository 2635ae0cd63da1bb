/**
 * Whether a community centre (Stadtteilzentrum) is open: its weekly opening hours, the exceptions a clerk
 * enters (closed days or ranges, other hours on a day), the state's public holidays, and a temporary closure.
 * Days are Berlin calendar days (`2026-12-24`), times Berlin wall-clock times (`09:00`), so 09:00 stays
 * 09:00 across a daylight-saving change (08:00Z in winter, 07:00Z in summer).
 *
 * What governs a day, first match wins: a temporary closure, an exception on that date, a public holiday
 * (closed), the weekly hours. Only WEEKLY schedules with BYDAY and DAILY schedules, each with interval 1,
 * count as opening hours: every other week, monthly and one-off schedules are events, not hours, and are
 * ignored here (a single other day is an exception). A schedule's `dtstart`/`until` bound the days it applies.
 *
 * The types are structural (no zod): shared/schemas/centre.ts validates, this module only reads.
 */
import { berlinTime, berlinToday } from '../time/months.ts';
import { addDays, holidayName } from '../time/workingDays.ts';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** One line of opening hours, RFC 5545 style (the Schedule of shared/schemas/common.ts). */
export interface Schedule {
  freq: 'WEEKLY' | 'MONTHLY' | 'DAILY' | 'ONCE';
  interval?: number;
  byday?: Weekday[];
  opens: string;
  closes: string;
  dtstart?: string;
  until?: string;
  description?: string;
}

/**
 * A date (or the days `date`..`until`, inclusive) with other hours: closed, or open `opens`–`closes`.
 * Not closed and without hours: open as usual, which opens a centre on a public holiday.
 */
export interface HoursException {
  date: string;
  until?: string;
  closed: boolean;
  opens?: string;
  closes?: string;
  note?: string;
}

/** Closed until further notice, or to `until` inclusive (a renovation, a water damage). */
export interface TemporarilyClosed {
  note: string;
  until?: string;
}

export interface CentreHours {
  openingHours: Schedule[];
  exceptions?: HoursException[];
  temporarilyClosed?: TemporarilyClosed;
}

export interface Slot {
  opens: string;
  closes: string;
}

/** What decided a day's hours; `none`: no weekly hours on that weekday. */
export type DayReason = 'regular' | 'exception' | 'holiday' | 'closure' | 'temporarily-closed' | 'none';

export interface DayHours {
  /** Ordered, overlapping or touching slots joined (09:00–12:00 and 12:00–15:00 are 09:00–15:00). */
  slots: Slot[];
  reason: DayReason;
  /** The exception's or the temporary closure's note. */
  note?: string;
  /** The German name of the public holiday on that day, whatever decided its hours. */
  holiday?: string;
}

export interface OpenState extends DayHours {
  open: boolean;
  /** The Berlin day and time the answer is for. */
  day: string;
  time: string;
  /** Closing time of the slot the centre is open in. */
  until?: string;
  /** When closed: the next opening within NEXT_OPENING_DAYS days (today later included). */
  next?: { day: string; opens: string };
}

/** A day or run of days with hours other than the weekly ones, for the public page ("Am 24.12. geschlossen"). */
export interface UpcomingException {
  date: string;
  /** Last day of a run of days, inclusive; absent for a single day. */
  until?: string;
  reason: 'exception' | 'closure' | 'holiday';
  closed: boolean;
  slots: Slot[];
  note?: string;
  holiday?: string;
}

/** How far ahead `openNow` looks for the next opening. */
export const NEXT_OPENING_DAYS = 14;
/** How far ahead a centre's closures and other hours are listed (its public page, HSDS): eight weeks. */
export const UPCOMING_DAYS = 56;

const WEEKDAYS: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const weekdayOf = (day: string) => WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()];

/** Whether a schedule is opening hours at all (see the header), and applies on `day`. */
function appliesOn(s: Schedule, day: string): boolean {
  if ((s.interval ?? 1) !== 1) return false;
  if ((s.dtstart && day < s.dtstart) || (s.until && day > s.until)) return false;
  if (s.freq === 'DAILY') return true;
  return s.freq === 'WEEKLY' && !!s.byday?.includes(weekdayOf(day));
}

function joined(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (const s of [...slots].sort((a, b) => a.opens.localeCompare(b.opens))) {
    const last = out.at(-1);
    if (last && s.opens <= last.closes) last.closes = s.closes > last.closes ? s.closes : last.closes;
    else out.push({ opens: s.opens, closes: s.closes });
  }
  return out;
}

/** The weekly hours of `day`, as if no exception, holiday or closure existed. */
function weeklySlots(hours: CentreHours, day: string): Slot[] {
  return joined(hours.openingHours.filter((s) => appliesOn(s, day)));
}

const temporarilyClosedOn = (hours: CentreHours, day: string) => {
  const t = hours.temporarilyClosed;
  return t && (!t.until || day <= t.until) ? t : undefined;
};

/**
 * The exception governing `day`: of those covering it, the one starting latest, so a single open day
 * inside a closed range wins over the range; on a tie, the one listed last.
 */
function exceptionOn(hours: CentreHours, day: string): HoursException | undefined {
  let found: HoursException | undefined;
  for (const e of hours.exceptions ?? []) if (e.date <= day && day <= (e.until ?? e.date) && (!found || e.date >= found.date)) found = e;
  return found;
}

const withNote = (note: string | undefined) => (note ? { note } : {});

/** The hours of a Berlin calendar day, and what decided them. */
export function hoursOn(hours: CentreHours, day: string): DayHours {
  const name = holidayName(day);
  const holiday = name ? { holiday: name } : {};
  const closure = temporarilyClosedOn(hours, day);
  if (closure) return { slots: [], reason: 'temporarily-closed', ...withNote(closure.note), ...holiday };
  const e = exceptionOn(hours, day);
  if (e) {
    if (e.closed) return { slots: [], reason: 'closure', ...withNote(e.note), ...holiday };
    const slots = e.opens && e.closes ? [{ opens: e.opens, closes: e.closes }] : weeklySlots(hours, day);
    return { slots, reason: 'exception', ...withNote(e.note), ...holiday };
  }
  if (name) return { slots: [], reason: 'holiday', ...holiday };
  const slots = weeklySlots(hours, day);
  return { slots, reason: slots.length ? 'regular' : 'none' };
}

/** The first opening after `time` on `day` (pass `''` for the whole day), or on the `withinDays` days after it. */
export function nextOpening(hours: CentreHours, day: string, time: string, withinDays = NEXT_OPENING_DAYS): { day: string; opens: string } | undefined {
  const later = hoursOn(hours, day).slots.find((s) => s.opens > time);
  if (later) return { day, opens: later.opens };
  for (let i = 1; i <= withinDays; i++) {
    const d = addDays(day, i);
    const [first] = hoursOn(hours, d).slots;
    if (first) return { day: d, opens: first.opens };
  }
  return undefined;
}

/** Whether the centre is open at the instant `at` (Berlin wall clock): open from `opens`, closed from `closes`. */
export function openNow(hours: CentreHours, at: Date): OpenState {
  const day = berlinToday(at);
  const time = berlinTime(at);
  const today = hoursOn(hours, day);
  const slot = today.slots.find((s) => s.opens <= time && time < s.closes);
  if (slot) return { open: true, day, time, ...today, until: slot.closes };
  const next = nextOpening(hours, day, time);
  return { open: false, day, time, ...today, ...(next ? { next } : {}) };
}

/**
 * The days from `from` on (`days` days, `from` included) whose hours are not the weekly ones: exceptions,
 * consecutive days of one exception as one entry, and public holidays on which the centre would have
 * opened (a holiday on a Sunday it never opens is no news). Days under a temporary closure are left out:
 * the closure is said once, by `openNow`/`hoursOn`.
 */
export function upcomingExceptions(hours: CentreHours, from: string, days: number): UpcomingException[] {
  const out: UpcomingException[] = [];
  let runOf: HoursException | undefined;
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    const h = hoursOn(hours, day);
    const last = out.at(-1);
    if (h.reason === 'closure' || h.reason === 'exception') {
      const e = exceptionOn(hours, day);
      if (last && runOf === e && (last.until ?? last.date) === addDays(day, -1)) {
        last.until = day;
        delete last.holiday; // a run of days is named by its note, not by one holiday in it
        continue;
      }
      runOf = e;
      out.push({ date: day, reason: h.reason, closed: h.slots.length === 0, slots: h.slots, ...withNote(h.note), ...(h.holiday ? { holiday: h.holiday } : {}) });
    } else if (h.reason === 'holiday' && weeklySlots(hours, day).length) {
      runOf = undefined;
      out.push({ date: day, reason: 'holiday', closed: true, slots: [], holiday: h.holiday });
    }
  }
  return out;
}

/** A range of days, both ends inclusive; an absent end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** How far past the window a closure still running at its end is followed, to find the day the weekly hours return. */
const FOLLOW_DAYS = 366;

/**
 * Per schedule, the ranges of days on which it holds, for directories that know no "except on" (HSDS: a
 * schedule is valid from `valid_from` to `valid_to`). A day the schedule applies on that `breaks` (by
 * default: any day whose hours are not the weekly ones) ends a range, and the next range starts the day
 * after the break; a range holds at least one day of the schedule. Breaks are looked for in the `days` days
 * from `from`; one still running at the window's end is followed for up to a year, so a closure to a date
 * gives a range from its end and one without end gives none. A schedule never broken holds unchanged: `[{}]`
 * (as does one that is not opening hours, see the header).
 */
export function validRanges(hours: CentreHours, schedules: Schedule[], from: string, days: number, breaks: (h: DayHours) => boolean = (h) => h.reason !== 'regular'): DateRange[][] {
  const broken = new Map<string, boolean>(); // one look at a day for all schedules
  const isBreak = (day: string) => broken.get(day) ?? (broken.set(day, breaks(hoursOn(hours, day))), broken.get(day)!);
  return schedules.map((s) => {
    const out: DateRange[] = [];
    let running: DateRange | undefined;
    let lastBreak: string | undefined;
    for (let i = 0; i < days || (lastBreak && !running && i < days + FOLLOW_DAYS); i++) {
      const day = addDays(from, i);
      if (!appliesOn(s, day)) continue;
      if (!isBreak(day)) running ??= lastBreak ? { from: addDays(lastBreak, 1) } : {};
      else {
        if (running) out.push({ ...running, to: addDays(day, -1) });
        running = undefined;
        lastBreak = day;
      }
    }
    if (!lastBreak) return [{}];
    if (running) out.push(running);
    return out;
  });
}

/** What closes a centre on a day (not merely other hours): ends the ranges of hours by appointment. */
export const closedDay = (h: DayHours) => h.reason === 'closure' || h.reason === 'holiday' || h.reason === 'temporarily-closed';
