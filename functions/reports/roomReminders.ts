/**
 * The day before a room is used, its requester gets a reminder with the key pick-up, exactly once
 * (a delivery item per booking and day, pattern 17, as for sign-ups). Part of the daily reminder run.
 * Reads: centres (2), each centre's bookings (3), their room and centre (1).
 */
import { keys } from '../../shared/db/keys.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import type { RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import type { MailTransport } from '../mail/mailer.ts';
import { roomMessage } from '../mail/roomMails.ts';
import { sendOnce, type SendOutcome } from './sendOnce.ts';

export async function remindRoomBookings(repo: Repository, opts: { day: string; actor: string; now: () => Date; transport: MailTransport; baseUrl: string }): Promise<{ bookingId: string; outcome: SendOutcome['outcome'] }[]> {
  const tomorrow = addDays(opts.day, 1);
  const centres = await repo.listAll(entities.centre);
  const bookings = (await Promise.all(centres.map((c) => repo.listAll<RoomBooking>(entities.roomBooking, { parentId: c.id })))).flat();
  const out: { bookingId: string; outcome: SendOutcome['outcome'] }[] = [];
  for (const b of bookings) {
    const due = b.occurrences.filter((o) => o.status === 'approved' && o.date === tomorrow);
    const message = due.length ? await roomMessage(repo, 'reminder', b, due, { baseUrl: opts.baseUrl, now: opts.now() }) : undefined;
    if (!message) continue;
    const result = await sendOnce(repo, { key: keys.delivery('room-reminder', tomorrow, `booking:${b.id}`), audit: { entityType: 'delivery', entityId: `room-reminder:${tomorrow}:${b.id}` } }, opts, () => opts.transport.sendMail(message));
    out.push({ bookingId: b.id, outcome: result.outcome });
  }
  return out;
}
