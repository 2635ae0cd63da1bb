/**
 * Days, dates and times in words in the page's language, all through Intl with the language's
 * locale: "Di., 3. Dez., 15:00–17:00 Uhr", "jeden Dienstag und Donnerstag, 15:00–17:00 Uhr". Times and
 * dates are isolated on right-to-left pages, so each stays whole inside an Arabic sentence.
 */
import { dateLabel } from '../../shared/time/months';
import { isolate, type T } from './i18n';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const formats = new Map<string, Intl.DateTimeFormat>();
const formatOf = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale} ${JSON.stringify(options)}`;
  return formats.get(key) ?? formats.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).get(key)!;
};
/** A calendar day (`2026-12-03`) at noon UTC, so no time zone moves it. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
/** A time of day (`15:00`, local to the offer) on a fixed day, to be formatted in UTC. */
const clock = (time: string) => new Date(`2024-01-01T${time}:00Z`);
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** "Dienstag" for `TU`. */
export const dayName = (t: T, code: string) => formatOf(t.locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(code))));

/** "15:00" (the time as given where Intl cannot read it). */
export function timeOfDay(t: T, time: string) {
  const at = clock(time);
  return isolate(t, Number.isNaN(at.getTime()) ? time : formatOf(t.locale, TIME).format(at));
}

/** "15:00–17:00 Uhr": the times as the language writes them, in the catalogue's words for a span ("von 15:00 bis 17:00 Uhr"). */
export const timeSpan = (t: T, opens: string, closes: string) => t('time.range', { start: timeOfDay(t, opens), end: timeOfDay(t, closes) });

/** A calendar day in words, with the parts asked for ("Donnerstag, 3. Dezember 2026"); without options the short date. */
export const calendarDay = (t: T, day: string, options: Intl.DateTimeFormatOptions = {}) => isolate(t, formatOf(t.locale, options).format(noon(day)));

/** The day of an instant in Berlin (`2026-12-03T09:15:00Z` → "3.12.2026"). */
export const instantDay = (t: T, instant: string | Date) => isolate(t, dateLabel(instant, t.locale));

/** "Di., 3. Dez., 15:00–17:00 Uhr" */
export const dateInWords = (t: T, d: { date: string; opens: string; closes: string }) =>
  t('dateTime', { date: calendarDay(t, d.date, { weekday: 'short', day: 'numeric', month: 'short' }), time: timeSpan(t, d.opens, d.closes) });

type Schedule = { freq: string; interval?: number; byday?: string[]; opens: string; closes: string; dtstart?: string };

/** "jeden Dienstag und Donnerstag, 15:00–17:00 Uhr" */
export function scheduleInWords(t: T, s: Schedule) {
  const days = new Intl.ListFormat(t.locale, { type: 'conjunction' }).format((s.byday ?? []).map((d) => dayName(t, d)));
  const when =
    s.freq === 'DAILY' ? t('schedule.daily')
    : s.freq === 'ONCE' ? t('schedule.once', { date: s.dtstart ? calendarDay(t, s.dtstart) : '' })
    : s.freq === 'MONTHLY' ? (days ? t('schedule.monthlyOn', { days }) : t('schedule.monthly'))
    : (s.interval ?? 1) > 1 ? t('schedule.everyNWeeks', { count: s.interval!, days })
    : t('schedule.weekly', { days });
  return t('dateTime', { date: when, time: timeSpan(t, s.opens, s.closes) });
}
