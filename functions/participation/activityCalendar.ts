/**
 * One activity as an iCalendar file (RFC 5545), times in Europe/Berlin with a VTIMEZONE, and a UID
 * that stays the same, so a second download updates the entry. Loaded with the first file asked for.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TIME_ZONE } from '../../shared/time/months.ts';

interface CalendarActivity { id: string; title: string; date: string; endDate?: string; startTime?: string; endTime?: string; meetingPoint?: string; centre?: { name: string; address?: string } }

/** A wall-clock time as ical-generator expects it with a zone set (see functions/public/calendar.ts). */
const wallClock = (day: string, time: string) => new Date(`${day}T${time}:00`);

export function activityCalendar(a: CalendarActivity, now: Date): string {
  const cal = ical({ name: a.title, prodId: { company: 'Stadt Hamm', product: 'Stadtteilarbeit Beteiligung', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: getVtimezoneComponent } });
  const start = wallClock(a.date, a.startTime ?? '00:00');
  const end = wallClock(a.endDate ?? a.date, a.endTime ?? a.startTime ?? '23:59');
  cal.createEvent({
    id: `activity-${a.id}@stadtteilarbeit.hamm`,
    start,
    end: end > start ? end : new Date(start.getTime() + 2 * 3_600_000),
    allDay: !a.startTime,
    summary: a.title,
    location: [a.meetingPoint, a.centre?.name, a.centre?.address].filter(Boolean).join(', ') || undefined,
    stamp: now,
    timezone: TIME_ZONE,
  });
  return cal.toString();
}
