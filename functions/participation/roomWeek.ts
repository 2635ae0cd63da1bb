/**
 * A room's week for staff (issue 34, the admin's week view): Monday to Sunday, the open and approved
 * occurrences of its requests with their purposes, and the centre's own use of it (offers' schedules
 * and meetings), each with its times. Derived on every request, as the public availability is: the
 * own use through `ownUseOn` (the same expansion the availability and the approval check use).
 * Trigger: API Gateway GET /v1/rooms/{id}/week (group `participation`); the wrapper has judged
 * `room-bookings:read` on the room, so every request of the room is readable.
 * Access patterns: 1 (the room; offers, meetings and networks by id), 3 (the centre's requests), 36 (the room's own use).
 */
import { listRoomUse } from '../../shared/db/roomDayStore.ts';
import { entities } from '../../shared/entities.ts';
import { ownUseOn } from '../../shared/domain/roomAvailability.ts';
import type { Room } from '../../shared/schemas/room.ts';
import type { RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { slotOf } from '../../shared/domain/roomBookings.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import type { Call, Impl } from '../http/types.ts';

type Entry = { kind: 'booking' | 'offer' | 'meeting'; id: string; title: string; date: string; startTime: string; endTime: string; status?: string };

/** Occurrences that hold or may hold the room; a proposed one where it was proposed. */
const SHOWN = new Set(['pending', 'proposed', 'approved']);

/** The Monday of the week `day` lies in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

async function bookingEntries(call: Call, room: Room, from: string, to: string): Promise<Entry[]> {
  const all = (await call.deps.repo.listAll(entities.roomBooking, { parentId: room.centreId })) as RoomBooking[];
  // Requests whose sender has not confirmed the address yet are not requests staff can see in the week.
  return all
    .filter((b) => b.roomId === room.id && String(b.status) !== 'unconfirmed')
    .flatMap((b) =>
      b.occurrences
        .filter((o) => SHOWN.has(o.status))
        .map((o) => ({ kind: 'booking' as const, id: b.id, title: b.purpose, ...slotOf(o), status: o.status }))
        .filter((e) => e.date >= from && e.date <= to),
    );
}

async function ownUseEntries(call: Call, room: Room, days: string[]): Promise<Entry[]> {
  const { repo } = call.deps;
  const uses = await listRoomUse(repo, room.id);
  // The same anchor as the public page and the approval check: an offer's rhythm without a start of its own counts from today.
  const anchor = berlinToday(call.deps.now());
  // The projection names no type once read: an offer brings its schedules, a meeting its day.
  const hits = uses.flatMap((u) => days.flatMap((date) => ownUseOn([u], date, anchor).map((t) => ({ u, kind: u.schedules ? ('offer' as const) : ('meeting' as const), date, startTime: t.start, endTime: t.end }))));
  const ids = (kind: Entry['kind']) => hits.filter((h) => h.kind === kind).map((h) => h.u.id);
  const [offers, meetings] = await Promise.all([repo.batchGet(entities.offer, ids('offer')), repo.batchGet(entities.meeting, ids('meeting'))]);
  const networks = await repo.batchGet(entities.network, meetings.filter((m) => !m.publicTitle).map((m) => m.networkId));
  const title = new Map<string, string>([
    ...offers.map((o) => [o.id, o.title] as [string, string]),
    ...meetings.map((m) => [m.id, m.publicTitle ?? networks.find((n) => n.id === m.networkId)?.name ?? m.id] as [string, string]),
  ]);
  return hits.map((h) => ({ kind: h.kind, id: h.u.id, title: title.get(h.u.id) ?? h.u.id, date: h.date, startTime: h.startTime, endTime: h.endTime }));
}

export const roomWeekImpls: Record<string, Impl> = {
  getRoomWeek: async (call) => {
    const room = call.current as Room;
    const from = mondayOf(call.query.from ?? berlinToday(call.deps.now()));
    const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    const to = days[6];
    const [bookings, own] = await Promise.all([bookingEntries(call, room, from, to), ownUseEntries(call, room, days)]);
    const entries = [...bookings, ...own].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.title.localeCompare(b.title, 'de'));
    return { body: { roomId: room.id, centreId: room.centreId, from, to, entries } };
  },
};
