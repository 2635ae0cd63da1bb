/**
 * When a room is free, derived and never typed twice (issue 34): the centre's opening hours
 * (shared/domain/openingHours.ts: weekly slots, exceptions, closures, the state's public holidays),
 * minus the approved occurrences held in the room's day locks (with their buffers), minus the
 * centre's own use (offers and meetings naming the room). And the rules a request must keep, each
 * broken one a German sentence naming it (the 422's `errors`).
 * Times are Berlin wall-clock minutes of a Berlin day, so 15:00 stays 15:00 across a clock change;
 * `startsAt`/`endsAt` give the instants for calendars. Pure: the callers read the records.
 */
import { hoursOn, type CentreHours, type DayReason } from './openingHours.ts';
import { meetsOn, type Schedule } from './schedule.ts';
import { berlinInstant } from '../time/months.ts';
import { addDays } from '../time/workingDays.ts';

/** The public page and the feed look eight weeks ahead. */
export const AVAILABILITY_DAYS = 56;
/** A meeting with a start but no end holds the room this long. */
export const MEETING_DEFAULT_MINUTES = 120;

export interface RoomRules {
  capacity: number;
  leadDays: number;
  maxHours: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  whoMayAsk: 'public' | 'partners' | 'staff';
}

/** An approved occurrence as its day lock holds it: its own times, and `from`–`to` with the buffers (minutes). */
export interface Held {
  bookingId: string;
  occurrenceId: string;
  start: string;
  end: string;
  from: number;
  to: number;
}

/** An offer or meeting naming the room (the projection items of pattern 36). */
export interface OwnUse {
  _of?: string;
  id: string;
  status?: string;
  schedules?: Schedule[];
  validFrom?: string;
  validUntil?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
}

export interface Interval {
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
}

export interface DayAvailability {
  date: string;
  /** What decided the centre's hours that day (openingHours.ts). */
  reason: DayReason;
  holiday?: string;
  free: Interval[];
  /** "belegt": bookings (with their buffers) and the centre's own use together, never who. */
  taken: Interval[];
}

export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** `14.03.2027`, as the German messages name a day. */
export const germanDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** Offers that no longer run (or are paused) leave the room. */
const INACTIVE_OFFER = new Set(['ended', 'paused']);

/** The centre's own use of the room on `day` (minutes), from offers' schedules and meetings. `anchor`: an offer's rhythm without its own start. */
export function ownUseOn(uses: OwnUse[], day: string, anchor: string): { from: number; to: number; start: string; end: string }[] {
  const out: { from: number; to: number; start: string; end: string }[] = [];
  for (const u of uses) {
    if (u.schedules) {
      if ((u.status && INACTIVE_OFFER.has(u.status)) || (u.validFrom && day < u.validFrom) || (u.validUntil && day > u.validUntil)) continue;
      for (const s of u.schedules)
        if (meetsOn(s, day, s.dtstart ?? u.validFrom ?? anchor)) out.push({ from: minutes(s.opens), to: minutes(s.closes), start: s.opens, end: s.closes });
    } else if (u.date === day && u.startTime) {
      const from = minutes(u.startTime);
      const to = u.endTime && u.endTime > u.startTime ? minutes(u.endTime) : Math.min(from + MEETING_DEFAULT_MINUTES, 24 * 60 - 1);
      out.push({ from, to, start: u.startTime, end: clock(to) });
    }
  }
  return out;
}

function merged(list: { from: number; to: number }[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const i of [...list].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1);
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

const interval = (day: string, from: number, to: number): Interval => ({
  from: clock(from),
  to: clock(to),
  startsAt: berlinInstant(day, clock(from)).toISOString(),
  endsAt: berlinInstant(day, clock(to)).toISOString(),
});

export interface AvailabilityInput {
  hours: CentreHours;
  /** Day → the approved occurrences its lock holds. */
  held: Map<string, Held[]>;
  ownUse: OwnUse[];
}

/** One day: the open slots minus what is taken; taken times outside the hours are not shown (the room is closed anyway). */
export function dayAvailability(input: AvailabilityInput, day: string, anchor: string): DayAvailability {
  const h = hoursOn(input.hours, day);
  const open = h.slots.map((s) => ({ from: minutes(s.opens), to: minutes(s.closes) }));
  const busy = merged([...(input.held.get(day) ?? []), ...ownUseOn(input.ownUse, day, anchor)]);
  const free: Interval[] = [];
  const taken: Interval[] = [];
  for (const slot of open) {
    let cursor = slot.from;
    for (const b of busy) {
      if (b.to <= slot.from || b.from >= slot.to) continue;
      const from = Math.max(b.from, slot.from);
      if (from > cursor) free.push(interval(day, cursor, from));
      const to = Math.min(b.to, slot.to);
      if (to > from) taken.push(interval(day, from, to));
      cursor = Math.max(cursor, to);
    }
    if (cursor < slot.to) free.push(interval(day, cursor, slot.to));
  }
  return { date: day, reason: h.reason, ...(h.holiday ? { holiday: h.holiday } : {}), free, taken };
}

/** The `days` days from `from` on (eight weeks by default). */
export function roomAvailability(input: AvailabilityInput, from: string, days = AVAILABILITY_DAYS): DayAvailability[] {
  return Array.from({ length: days }, (_, i) => dayAvailability(input, addDays(from, i), from));
}

/** A rule a request breaks: which, for which occurrence (its day), in German. */
export interface Violation {
  rule: 'who-may-ask' | 'capacity' | 'max-duration' | 'lead-time' | 'opening-hours' | 'holiday' | 'closure' | 'series' | 'inactive';
  day?: string;
  message: string;
}

export interface RequestShape {
  date: string;
  startTime: string;
  endTime: string;
  expectedPeople: number;
  /** Who asks: staff, a partner's key, or anyone. */
  asker: 'staff' | 'partner' | 'public';
}

const ASKERS: Record<RoomRules['whoMayAsk'], RequestShape['asker'][]> = { public: ['public', 'partner', 'staff'], partners: ['partner', 'staff'], staff: ['staff'] };
const WHO_DE: Record<RoomRules['whoMayAsk'], string> = { public: 'alle', partners: 'Partnerorganisationen und die Stadtteilarbeit', staff: 'die Stadtteilarbeit' };

/** The rules of the request as a whole: who may ask, capacity, longest duration, lead time (Berlin days; staff are exempt). */
export function requestViolations(room: RoomRules & { active?: boolean }, req: RequestShape, today: string): Violation[] {
  const out: Violation[] = [];
  if (room.active === false) out.push({ rule: 'inactive', message: 'Dieser Raum wird zurzeit nicht vergeben.' });
  if (!ASKERS[room.whoMayAsk].includes(req.asker)) out.push({ rule: 'who-may-ask', message: `Diesen Raum können nur ${WHO_DE[room.whoMayAsk]} anfragen.` });
  if (req.expectedPeople > room.capacity) out.push({ rule: 'capacity', message: `Der Raum fasst höchstens ${room.capacity} Personen.` });
  const hours = (minutes(req.endTime) - minutes(req.startTime)) / 60;
  if (hours > room.maxHours) out.push({ rule: 'max-duration', message: `Der Raum kann höchstens ${String(room.maxHours).replace('.', ',')} Stunden am Stück genutzt werden.` });
  if (req.asker !== 'staff' && req.date < addDays(today, room.leadDays))
    out.push({ rule: 'lead-time', day: req.date, message: `Bitte fragen Sie mindestens ${room.leadDays} Tage vorher an (frühestens für den ${germanDay(addDays(today, room.leadDays))}).` });
  return out;
}

/** The rules of one occurrence's day: the centre open then, not a holiday or closure. */
export function dayViolations(hours: CentreHours, day: string, startTime: string, endTime: string): Violation[] {
  const h = hoursOn(hours, day);
  if (h.reason === 'holiday') return [{ rule: 'holiday', day, message: `Am ${germanDay(day)} (${h.holiday}) ist das Zentrum geschlossen.` }];
  if (h.reason === 'closure' || h.reason === 'temporarily-closed') return [{ rule: 'closure', day, message: `Am ${germanDay(day)} ist das Zentrum geschlossen${h.note ? ` (${h.note})` : ''}.` }];
  if (!h.slots.some((s) => s.opens <= startTime && endTime <= s.closes)) {
    const hoursText = h.slots.length ? h.slots.map((s) => `${s.opens}–${s.closes} Uhr`).join(', ') : 'gar nicht';
    return [{ rule: 'opening-hours', day, message: `Am ${germanDay(day)} ist das Zentrum ${hoursText} geöffnet; ${startTime}–${endTime} Uhr liegt außerhalb.` }];
  }
  return [];
}

/** The time an occurrence blocks, buffers included (minutes). */
export function blocked(room: Pick<RoomRules, 'bufferBeforeMin' | 'bufferAfterMin'>, startTime: string, endTime: string) {
  return { from: Math.max(0, minutes(startTime) - room.bufferBeforeMin), to: Math.min(24 * 60, minutes(endTime) + room.bufferAfterMin) };
}

/**
 * What an occurrence would collide with on `day`: an approved occurrence of another booking (both with
 * their buffers) or the centre's own use, named in German ("Der Raum ist am 14.03.2027 von 15:00 bis
 * 17:00 Uhr schon belegt."); undefined when the time is free.
 */
export function conflictOn(
  room: Pick<RoomRules, 'bufferBeforeMin' | 'bufferAfterMin'>,
  input: Pick<AvailabilityInput, 'held' | 'ownUse'>,
  occ: { bookingId: string; day: string; startTime: string; endTime: string },
  anchor: string,
): string | undefined {
  const mine = blocked(room, occ.startTime, occ.endTime);
  const hit =
    (input.held.get(occ.day) ?? []).find((h) => h.bookingId !== occ.bookingId && h.from < mine.to && mine.from < h.to) ??
    ownUseOn(input.ownUse, occ.day, anchor).find((u) => u.from < mine.to && mine.from < u.to);
  return hit ? `Der Raum ist am ${germanDay(occ.day)} von ${hit.start} bis ${hit.end} Uhr schon belegt.` : undefined;
}
