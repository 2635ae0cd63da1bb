/**
 * Retention of room bookings (issue 34): 90 days after a booking's last occurrence (Berlin day) the
 * requester's contact and whom the key went to are removed (an audited update, `anonymised`); the
 * booking stays, so the room metrics still count it. A public request never confirmed loses its
 * contact as soon as its link has expired (as its e-mail promises), as an unconfirmed sign-up does
 * (signUpRetention.ts).
 * Reads: centres (2), each centre's bookings (3) with only the fields that decide, each due booking (1).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { entities } from '../../shared/entities.ts';
import type { RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { ROOM_CONFIRM_HOURS } from '../../shared/format/roomMail.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';

export const ROOM_RETENTION_DAYS = 90;
const CONFIRM_MS = ROOM_CONFIRM_HOURS * 3_600_000;
const DECIDING = ['date', 'status', 'createdAt', 'occurrences', 'contact', 'keyGivenTo'] as const;
type Deciding = Pick<RoomBooking, 'id' | (typeof DECIDING)[number]>;

/** The booking's last day: of its occurrences, or of a time proposed for one of them. */
export const lastDayOf = (b: Pick<RoomBooking, 'date' | 'occurrences'>) =>
  [b.date, ...b.occurrences.flatMap((o) => [o.date, o.proposal?.date])].filter((d): d is string => !!d).sort().at(-1)!;

/** Whether a booking's personal data is due for removal at `now`. */
export function isDue(b: Deciding, now: Date): boolean {
  if (!b.contact && !b.keyGivenTo) return false;
  const expired = b.status === 'unconfirmed' && now.getTime() - Date.parse(b.createdAt) > CONFIRM_MS;
  return expired || lastDayOf(b) < addDays(berlinToday(now), -ROOM_RETENTION_DAYS);
}

export async function anonymiseOldRoomBookings(repo: Repository, now: Date): Promise<string[]> {
  const centres = await repo.listAll(entities.centre, { fields: ['id'] });
  const listed = (await Promise.all(centres.map((c) => repo.listAll<Deciding>(entities.roomBooking, { parentId: c.id, fields: DECIDING })))).flat();
  const done: string[] = [];
  for (const { id } of listed.filter((b) => isDue(b, now))) {
    // The whole record for its audited update; read again, so a change since the list is judged anew.
    const b = await repo.find<RoomBooking>(entities.roomBooking, id);
    if (!b || !isDue(b, now)) continue;
    try {
      await repo.update(entities.roomBooking, b.id, { ...b, contact: undefined, keyGivenTo: undefined, anonymised: true }, b.version, { actor: 'system:retention', current: b });
      done.push(b.id);
    } catch (err) {
      // Changed meanwhile: the next run judges it again.
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return done;
}
