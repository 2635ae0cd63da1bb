/**
 * What the room metrics read (issue 34), once for every social space: each centre with its hours,
 * its rooms with the offers and meetings using them (36), and its bookings (3) without contact data.
 * The metric job filters per social space; the monthly report breaks a space down per centre with
 * the same catalogue functions (functions/reports/compute.ts).
 * Reads: centres (2), each centre's rooms and bookings (3), each room's own use (36).
 */
import type { Repository } from '../db/repository.ts';
import { listRoomUse } from '../db/roomDayStore.ts';
import { entities } from '../entities.ts';
import { daysOfMonths, type CentreUse, type UseBooking } from '../domain/roomUse.ts';

/** What a metric reads of a booking: never its contact, key handover or texts. */
const BOOKING_FIELDS = ['roomId', 'bookerKind', 'status', 'organisationId', 'groupName', 'createdAt', 'confirmedAt', 'answeredAt', 'occurrences'] as const;
const HOURS_FIELDS = ['socialSpaceId', 'name', 'openingHours', 'exceptions', 'temporarilyClosed'] as const;

export async function loadCentreUse(repo: Repository, months: string[]): Promise<CentreUse[]> {
  const days = daysOfMonths(months);
  const centres = await repo.listAll(entities.centre, { fields: HOURS_FIELDS });
  return Promise.all(
    centres.map(async (c) => {
      const [rooms, bookings] = await Promise.all([repo.listAll(entities.room, { parentId: c.id, fields: ['active'] }), repo.listAll<UseBooking>(entities.roomBooking, { parentId: c.id, fields: BOOKING_FIELDS })]);
      const withUse = await Promise.all(rooms.map(async (r) => ({ id: r.id, active: r.active, ownUse: await listRoomUse(repo, r.id) })));
      return { id: c.id, name: c.name, socialSpaceId: c.socialSpaceId, hours: { openingHours: c.openingHours ?? [], exceptions: c.exceptions, temporarilyClosed: c.temporarilyClosed }, days, rooms: withUse, bookings };
    }),
  );
}
