/**
 * The rooms of a centre as the public sees them (issue 34): each with its free and taken times for
 * the next eight weeks, "belegt" only, never who; and a room's occupancy as an iCalendar feed.
 * Derived on every request from the centre's hours, the room's day locks (35) and own use (36).
 * Access patterns: 1 (centre, room), 3 (a centre's rooms), 35, 36.
 */
import { listRoomUse, readRoomDays, heldByDay } from '../../shared/db/roomDayStore.ts';
import { entities } from '../../shared/entities.ts';
import { AVAILABILITY_DAYS, ownUseOn, roomAvailability, clock } from '../../shared/domain/roomAvailability.ts';
import type { Room } from '../../shared/schemas/room.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';

/** What the public may know of a room: no ids of who uses it, no bookings. */
const publicRoom = (r: Room) => ({
  id: r.id, name: r.name, capacity: r.capacity, ...(r.sizeSqm ? { sizeSqm: r.sizeSqm } : {}), equipment: r.equipment, accessibility: r.accessibility,
  ...(r.houseRules ? { houseRules: r.houseRules } : {}), whoMayAsk: r.whoMayAsk, leadDays: r.leadDays, maxHours: r.maxHours, fees: r.fees,
});

async function activeRoom(call: Call): Promise<Room> {
  const room = await call.deps.repo.find(entities.room, call.params.id);
  if (!room || room.active === false) throw problems.notFound(`No room '${call.params.id}'`);
  return room;
}

export const roomImpls: Record<string, Impl> = {
  getPublicCentreRooms: async (call) => {
    const centre = await call.deps.repo.find(entities.centre, call.params.id);
    if (!centre) throw problems.notFound(`No centre '${call.params.id}'`);
    const from = berlinToday(call.deps.now());
    const to = addDays(from, AVAILABILITY_DAYS - 1);
    const rooms = (await call.deps.repo.listAll(entities.room, { parentId: centre.id })).filter((r) => r.active !== false).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const shown = await Promise.all(
      rooms.map(async (r) => {
        const [locks, ownUse] = await Promise.all([readRoomDays(call.deps.repo, r.id, from, to), listRoomUse(call.deps.repo, r.id)]);
        return { ...publicRoom(r), days: roomAvailability({ hours: centre, held: heldByDay(locks), ownUse }, from) };
      }),
    );
    return { body: { centreId: centre.id, from, to, rooms: shown } };
  },

  getRoomCalendar: async (call) => {
    const room = await activeRoom(call);
    const from = berlinToday(call.deps.now());
    const to = addDays(from, AVAILABILITY_DAYS - 1);
    const [locks, ownUse] = await Promise.all([readRoomDays(call.deps.repo, room.id, from, to), listRoomUse(call.deps.repo, room.id)]);
    const taken = Array.from({ length: AVAILABILITY_DAYS }, (_, i) => addDays(from, i)).flatMap((date) => [
      ...(locks.get(date)?.held ?? []).map((h) => ({ date, from: h.start, to: h.end })),
      ...ownUseOn(ownUse, date, from).map((u) => ({ date, from: clock(u.from), to: clock(u.to) })),
    ]);
    const { roomCalendar } = await import('../../shared/format/calendar.ts');
    return { text: roomCalendar(room, taken, new Date(room.updatedAt)), headers: { 'Content-Disposition': `attachment; filename="raum-${room.id}.ics"` } };
  },
};
