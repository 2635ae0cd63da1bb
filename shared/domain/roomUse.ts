/**
 * How the centres' rooms are used, for the goals (issue 34): hours of residents' groups and of
 * partners, the share of opening hours in use, requests answered within three working days and the
 * distinct groups using a centre. Pure: one `CentreUse` holds a centre's hours, rooms (with the
 * centre's own use, pattern 36) and bookings; `days` are the Berlin days counted (a metric's window).
 * Taken and open times come from roomAvailability.ts, the answer rule from roomBookings.ts.
 */
import { dayAvailability, minutes, type Held, type Interval, type OwnUse } from './roomAvailability.ts';
import { answeredInTime, askedAt } from './roomBookings.ts';
import type { CentreHours } from './openingHours.ts';
import { berlinToday } from '../time/months.ts';
import { addDays } from '../time/workingDays.ts';

interface Occ { id: string; date: string; startTime: string; endTime: string; status: string }
export interface UseBooking {
  id: string;
  roomId: string;
  bookerKind: string;
  status: string;
  organisationId?: string;
  groupName?: string;
  createdAt: string;
  confirmedAt?: string;
  answeredAt?: string;
  occurrences: Occ[];
}

export interface CentreUse {
  id: string;
  name: string;
  socialSpaceId: string;
  hours: CentreHours;
  /** The Berlin days counted, in order. */
  days: string[];
  rooms: { id: string; active?: boolean; ownUse: OwnUse[] }[];
  bookings: UseBooking[];
}

/** Residents' groups and self-help groups: the neighbourhood's own groups. */
export const GROUP_KINDS = ['residents-group', 'self-help-group'];
export const PARTNER_KINDS = ['partner'];

/** The Berlin days of the months, in order. */
export function daysOfMonths(months: string[]): string[] {
  const out: string[] = [];
  for (const m of months) for (let d = `${m}-01`; d.startsWith(m); d = addDays(d, 1)) out.push(d);
  return out;
}

/** The approved occurrences on the counted days, each with its booking. */
export function approvedOn(c: Pick<CentreUse, 'days' | 'bookings'>): { booking: UseBooking; occ: Occ }[] {
  const days = new Set(c.days);
  return c.bookings.flatMap((booking) => booking.occurrences.filter((o) => o.status === 'approved' && days.has(o.date)).map((occ) => ({ booking, occ })));
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const hoursOf = (o: Occ) => (minutes(o.endTime) - minutes(o.startTime)) / 60;

/** A group by its organisation, else by its name (case and spaces ignored); none for a booking without either. */
export function groupKey(b: Pick<UseBooking, 'organisationId' | 'groupName'>): string | undefined {
  if (b.organisationId) return `org:${b.organisationId}`;
  const name = b.groupName?.trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `name:${name}` : undefined;
}

/** Hours of approved occurrences of bookers of `kinds`, and how many distinct groups they come from. */
export function hoursBy(centres: CentreUse[], kinds: string[]): { hours: number; groups: number } {
  const mine = centres.flatMap(approvedOn).filter(({ booking }) => kinds.includes(booking.bookerKind));
  return { hours: round1(mine.reduce((n, { occ }) => n + hoursOf(occ), 0)), groups: groupsOf(mine.map((m) => m.booking)) };
}

/**
 * The groups using the centres on the counted days: distinct organisations or group names among the
 * approved occurrences. The centre's own staff bookings are its own use, not a group's.
 */
export function distinctGroups(centres: CentreUse[]): number {
  return groupsOf(centres.flatMap(approvedOn).map((m) => m.booking).filter((b) => b.bookerKind !== 'staff'));
}
const groupsOf = (bookings: UseBooking[]) => new Set(bookings.map(groupKey).filter(Boolean)).size;

const span = (list: Interval[]) => list.reduce((n, i) => n + minutes(i.to) - minutes(i.from), 0);

/**
 * Minutes the rooms are open on the counted days (the centre's hours less holidays and closures) and
 * minutes of them in use: approved occurrences (their own times, not the buffers) and the centre's
 * own use, overlaps counted once. Inactive rooms count only where they were used.
 */
export function openingUse(c: CentreUse): { used: number; open: number } {
  const approved = approvedOn(c);
  let used = 0;
  let open = 0;
  for (const room of c.rooms) {
    const mine = approved.filter(({ booking }) => booking.roomId === room.id);
    if (room.active === false && !mine.length) continue;
    const held = new Map<string, Held[]>();
    for (const { booking, occ } of mine) {
      const at = { bookingId: booking.id, occurrenceId: occ.id, start: occ.startTime, end: occ.endTime, from: minutes(occ.startTime), to: minutes(occ.endTime) };
      held.set(occ.date, [...(held.get(occ.date) ?? []), at]);
    }
    // The first counted day anchors an offer's rhythm that names no start of its own.
    for (const day of c.days) {
      const d = dayAvailability({ hours: c.hours, held, ownUse: room.ownUse }, day, c.days[0]);
      used += span(d.taken);
      open += span(d.taken) + span(d.free);
    }
  }
  return { used, open };
}

/** Share of the opening hours in use, in percent; null when no room was open. */
export function openingHoursUsed(centres: CentreUse[]): number | null {
  const sum = centres.map(openingUse).reduce((a, b) => ({ used: a.used + b.used, open: a.open + b.open }), { used: 0, open: 0 });
  return sum.open ? round1((sum.used / sum.open) * 100) : null;
}

/**
 * Requests that reached staff on the counted days (a public one once confirmed), and of them those
 * answered within three working days. Not counted: unconfirmed requests (staff never saw them), the
 * centre's own bookings, and requests withdrawn before any answer.
 */
export function requestsAnswered(centres: CentreUse[]): { numerator: number; denominator: number } {
  const asked = centres.flatMap((c) => {
    const days = new Set(c.days);
    return c.bookings.filter(
      (b) => b.status !== 'unconfirmed' && b.bookerKind !== 'staff' && !(b.status === 'cancelled' && !b.answeredAt) && days.has(berlinToday(new Date(askedAt(b)))),
    );
  });
  return { numerator: asked.filter(answeredInTime).length, denominator: asked.length };
}
