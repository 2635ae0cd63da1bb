/** How a room request's days, times and series read: in the UI's language, a series in words (not its RRULE). */
import { useLocaleState, useTranslate } from 'react-admin';
import { recurrenceText } from './recurrence';

/** `14.03.2027` (German) or `14/03/2027` (English) for a calendar day. */
export function useDayFormat(options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' }): (day: string) => string {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { ...options, timeZone: 'UTC' });
  return (day) => format.format(new Date(`${day}T12:00:00Z`));
}

/** A request's when: its (first) day and times, and its series in words. */
export function useWhen(): (r: { date?: string; startTime?: string; endTime?: string; recurrence?: string }) => string {
  const translate = useTranslate();
  const day = useDayFormat();
  return (r) => {
    if (!r.date) return '–';
    const first = `${day(r.date)}, ${translate('app.room_booking.time_range', { start: r.startTime, end: r.endTime })}`;
    return r.recurrence ? `${first}; ${recurrenceText(r.recurrence, translate, day)}` : first;
  };
}
