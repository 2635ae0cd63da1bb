/**
 * Calendar feeds (RFC 5545) of published offers, and the file of an activity residents sign up for,
 * built with ical-generator: one event per schedule
 * with its RRULE, times in Europe/Berlin with a VTIMEZONE, and UIDs that stay the same on every
 * download (offer id and schedule position), so calendar apps update instead of duplicating.
 */
import { tenantFacts } from '../tenancy/scope.ts';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { berlinDayStart, TIME_ZONE } from '../time/months.ts';
import { addDays } from '../time/workingDays.ts';
import { calendarRule } from '../domain/schedule.ts';
import { now } from '../time/clock.ts';
import type { ShownOffer } from '../schemas/offer.ts';
import { addressLine } from './address.ts';

/** `2026-06-30` in Berlin, as the UTC instant its day ends (RFC 5545 wants UNTIL in UTC when DTSTART has a zone). */
function untilUtc(day: string): string {
  return utcStamp(new Date(berlinDayStart(addDays(day, 1)).getTime() - 1000));
}

/** An instant in RFC 5545's UTC form, `20270101T003000Z`. */
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * A wall-clock time as ical-generator expects it with a zone set: a string without offset, which
 * JavaScript reads as local time, so the same digits come out whatever zone the process runs in.
 */
const wallClock = (day: string, time: string) => new Date(`${day}T${time}:00`);

export function offerCalendar(offers: ShownOffer[], opts: { name: string; url?: string; today: string }): string {
  const cal = ical({ name: opts.name, prodId: { company: tenantFacts().name, product: 'Stadtteilarbeit Angebote', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: getVtimezoneComponent } });
  // DTSTAMP must be UTC (RFC 5545 3.8.7.2); with a calendar zone set, ical-generator writes it as floating
  // local time, so each event's stamp is kept here and written in UTC after rendering.
  const stamps: string[] = [];
  const stampOf = (o: ShownOffer) => {
    const stamp = o.updatedAt ? new Date(o.updatedAt) : now();
    stamps.push(utcStamp(stamp));
    return stamp;
  };
  for (const o of offers) {
    (o.schedules ?? []).forEach((s, i) => {
      const rule = calendarRule(s, o.validFrom ?? s.dtstart ?? opts.today);
      if (!rule) return;
      const until = [s.until, o.validUntil].filter(Boolean).sort()[0];
      const place = o.centre ? [o.centre.name, o.centre.address && addressLine(o.centre.address)].filter(Boolean).join(', ') : o.location?.name;
      cal.createEvent({
        id: `${o.id}-${i}@stadtteilarbeit.hamm.de`,
        start: wallClock(rule.first, s.opens),
        end: wallClock(rule.first, s.closes),
        timezone: TIME_ZONE,
        stamp: stampOf(o),
        summary: o.title,
        description: [o.description, o.organisationName && `Träger: ${o.organisationName}`].filter(Boolean).join('\n\n'),
        ...(place ? { location: place } : {}),
        ...(opts.url ? { url: `${opts.url}?angebot=${encodeURIComponent(o.id)}` } : {}),
        ...(rule.rule ? { repeating: `RRULE:${rule.rule}${until ? `;UNTIL=${untilUtc(until)}` : ''}` } : {}),
      });
    });
  }
  let k = 0;
  return cal.toString().replace(/^DTSTAMP:\d{8}T\d{6}Z?\r$/gm, () => `DTSTAMP:${stamps[k++]}\r`);
}

/** One activity residents sign up for (functions/participation), as a single event with a UID of its own. */
export function activityCalendar(a: { id: string; title: string; date: string; endDate?: string; startTime?: string; endTime?: string; meetingPoint?: string; updatedAt?: string }, place: string | undefined): string {
  const cal = ical({ name: a.title, prodId: { company: tenantFacts().name, product: 'Stadtteilarbeit Beteiligung', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: getVtimezoneComponent } });
  const start = wallClock(a.date, a.startTime ?? '00:00');
  const end = wallClock(a.endDate ?? a.date, a.endTime ?? a.startTime ?? '23:59');
  const stamp = a.updatedAt ? new Date(a.updatedAt) : now();
  cal.createEvent({
    id: `activity-${a.id}@stadtteilarbeit.hamm.de`,
    start,
    end: end > start ? end : new Date(start.getTime() + 2 * 3_600_000),
    timezone: TIME_ZONE,
    stamp,
    summary: a.title,
    ...([a.meetingPoint, place].filter(Boolean).length ? { location: [a.meetingPoint, place].filter(Boolean).join(', ') } : {}),
  });
  // As for offers: DTSTAMP in UTC (RFC 5545 3.8.7.2).
  return cal.toString().replace(/^DTSTAMP:\d{8}T\d{6}Z?\r$/gm, () => `DTSTAMP:${utcStamp(stamp)}\r`);
}


/**
 * A room's occupancy (issue 34): one event "Belegt" per time taken, bookings and the centre's own use
 * alike, never who or why (no personal data). UIDs name the room, day and time, so a feed re-read
 * updates rather than duplicates; a time freed disappears with the next download.
 */
export function roomCalendar(room: { id: string; name: string }, taken: { date: string; from: string; to: string }[], stampAt: Date): string {
  const cal = ical({ name: `Belegung ${room.name}`, prodId: { company: tenantFacts().name, product: 'Stadtteilarbeit Räume', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: getVtimezoneComponent } });
  for (const t of taken)
    cal.createEvent({ id: `room-${room.id}-${t.date}-${t.from.replace(':', '')}@stadtteilarbeit.hamm.de`, start: wallClock(t.date, t.from), end: wallClock(t.date, t.to), timezone: TIME_ZONE, stamp: stampAt, summary: 'Belegt' });
  return cal.toString().replace(/^DTSTAMP:\d{8}T\d{6}Z?\r$/gm, () => `DTSTAMP:${utcStamp(stampAt)}\r`);
}

/**
 * A room booking's approved dates (issue 34), the file attached to the answer mail: one event per
 * occurrence, UIDs by booking and occurrence so a later answer's file updates the same events.
 */
export function bookingCalendar(b: { id: string; purpose: string; occurrences: { id: string; date: string; startTime: string; endTime: string; status: string }[] }, place: string, stampAt: Date): string {
  const cal = ical({ name: b.purpose, prodId: { company: tenantFacts().name, product: 'Stadtteilarbeit Räume', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: getVtimezoneComponent } });
  for (const o of b.occurrences.filter((x) => x.status === 'approved'))
    cal.createEvent({ id: `roombooking-${b.id}-${o.id}@stadtteilarbeit.hamm.de`, start: wallClock(o.date, o.startTime), end: wallClock(o.date, o.endTime), timezone: TIME_ZONE, stamp: stampAt, summary: b.purpose, location: place });
  return cal.toString().replace(/^DTSTAMP:\d{8}T\d{6}Z?\r$/gm, () => `DTSTAMP:${utcStamp(stampAt)}\r`);
}
