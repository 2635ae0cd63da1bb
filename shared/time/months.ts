/** Calendar months in Europe/Berlin, where the city works (reports, dashboards, seeding). */
export const TIME_ZONE = 'Europe/Berlin';

/**
 * A formatter made on first use and kept: these run on request paths, and building a formatter costs
 * far more than using one. Not at import: the first one loads the time-zone data (≈ 20 ms), which a
 * function's cold start should pay only when a request needs a Berlin date.
 */
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) => {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }));
};
const BERLIN_DAY = formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
const BERLIN_TIME = formatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const BERLIN_MONTH = formatter('en-CA', { year: 'numeric', month: '2-digit' });
const BERLIN_OFFSET = formatter('en-US', { timeZoneName: 'longOffset' });
const LONG_DATE = formatter('de-DE', { dateStyle: 'long' });

/** Today's calendar day in Berlin. */
export function berlinToday(now: Date): string {
  return BERLIN_DAY().format(now);
}

/** The time of day in Berlin, `HH:MM` (an occurrence that closed before it is over for today). */
export function berlinTime(now: Date): string {
  return BERLIN_TIME().format(now);
}

/** YYYY-MM of the month `instant` falls in, in Berlin. */
export function monthOf(instant: Date): string {
  const parts = BERLIN_MONTH().formatToParts(instant);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** The calendar month before the one `instant` falls in, in Berlin (the report's default). */
export function previousMonth(instant: Date): string {
  const [y, m] = monthOf(instant).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Offset of Berlin from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: Date): number {
  const name = BERLIN_OFFSET().formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Midnight at the start of a Berlin calendar day, as a UTC instant. */
function berlinMidnight(y: number, m: number, d: number): Date {
  const guess = new Date(Date.UTC(y, m - 1, d));
  const offset = berlinOffsetMinutes(new Date(guess.getTime() - 12 * 3600000));
  return new Date(guess.getTime() - offset * 60000);
}

/** Midnight at the start of a Berlin calendar day (`2026-03-29`), as a UTC instant. */
export function berlinDayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return berlinMidnight(y, m, d);
}

/**
 * A Berlin wall-clock time on a Berlin day (`2027-03-28`, `15:00`) as its UTC instant, right on the
 * days the clocks change (15:00 is 13:00Z on the last Sunday of March, 14:00Z the day before).
 */
export function berlinInstant(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, h, min);
  return new Date(guess - berlinOffsetMinutes(new Date(guess - berlinOffsetMinutes(new Date(guess)) * 60000)) * 60000);
}

/** [start, end) of a Berlin calendar month as UTC instants. */
export function monthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  return { start: berlinMidnight(y, m, 1), end: m === 12 ? berlinMidnight(y + 1, 1, 1) : berlinMidnight(y, m + 1, 1) };
}

/** The period formats, one per indicator frequency: `2026-10`, `2026-Q3`, `2026`. Written once here. */
export const PERIOD_PATTERNS = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  yearly: /^\d{4}$/,
} as const;
export type Frequency = keyof typeof PERIOD_PATTERNS;
export const MONTH_PATTERN = PERIOD_PATTERNS.monthly;

export const isMonth = (s: string) => MONTH_PATTERN.test(s);

/** The calendar months of a period (`2026-10`, `2026-Q3`, `2026`), in order. */
export function monthsOfPeriod(period: string): string[] {
  if (PERIOD_PATTERNS.monthly.test(period)) return [period];
  const year = period.slice(0, 4);
  const [first, count] = PERIOD_PATTERNS.quarterly.test(period) ? [(Number(period.slice(6)) - 1) * 3 + 1, 3] : [1, 12];
  return Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** The `count` months ending with `last`, oldest first (a rolling window, e.g. the last 12 months). */
export function monthsEndingWith(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number);
  const end = y * 12 + (m - 1);
  return Array.from({ length: count }, (_, i) => {
    const k = end - count + 1 + i;
    return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** "1. Dezember 2026": a calendar day (`2026-12-01`) or an instant, as a Berlin date in German words. */
export function longDateDe(dayOrInstant: string): string {
  return LONG_DATE().format(new Date(dayOrInstant.length === 10 ? `${dayOrInstant}T12:00:00Z` : dayOrInstant));
}

/** The calendar year `instant` falls in, in Berlin (a year's work plan, budget, key figures). */
export function yearOf(instant: Date): number {
  return Number(monthOf(instant).slice(0, 4));
}

/** "November 2026" (or "November 2026" in `locale`): a month as people say it, never `2026-11`. */
export function monthLabel(month: string, locale = 'de-DE'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "3.2.2027": the Berlin day of an instant, whatever zone the browser or server runs in. */
export function dateLabel(instant: string | Date, locale = 'de-DE'): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Whether a period (`2026-11`, `2026-Q3`, `2026`) is of the form an indicator's frequency uses. */
export function periodMatchesFrequency(period: string, frequency: Frequency): boolean {
  return PERIOD_PATTERNS[frequency].test(period);
}
