/**
 * A room booking's e-mail to its requester, ready to send (issue 34): the German text of
 * shared/format/roomMail.ts with the room, the centre and the status link (derived again, never
 * stored), and for an approval the approved dates as a calendar file. Used by the participation
 * function (confirmation, answers) and the reports function (the reminder the day before).
 * Reads: the room and the centre (1).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import { roomMail, type RoomMailKind } from '../../shared/format/roomMail.ts';
import { roomRequestKey, roomRequestUrl } from '../../shared/domain/roomLink.ts';
import type { Occurrence, RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { mailFrom, type MailMessage } from './mailer.ts';
import { addressLine } from '../../shared/format/address.ts';

/** The message about `slots` of `booking`, or undefined when the booking has no e-mail address (any more). */
export async function roomMessage(repo: Repository, kind: RoomMailKind, booking: RoomBooking, slots: Occurrence[], opts: { baseUrl: string; now: Date }): Promise<MailMessage | undefined> {
  const to = booking.contact?.email;
  if (!to) return undefined;
  const [room, centre] = await Promise.all([repo.get(entities.room, booking.roomId), repo.get(entities.centre, booking.centreId)]);
  const address = centre.address ? addressLine(centre.address) : undefined;
  const mail = roomMail(kind, {
    purpose: booking.purpose,
    room: { name: room.name, houseRules: room.houseRules, keyPickup: room.keyPickup },
    centre: { name: centre.name, ...(address ? { address } : {}) },
    slots,
    feeCents: booking.feeCents,
    stillOpen: booking.occurrences.filter((o) => o.status === 'pending' || o.status === 'proposed').length,
    link: roomRequestUrl(opts.baseUrl, await roomRequestKey(booking.id)),
    name: booking.contact?.name,
  });
  const attachments = kind === 'approved' ? await calendarFile(booking, slots, [room.name, centre.name, address].filter(Boolean).join(', '), opts.now) : undefined;
  return { from: mailFrom(), to, ...mail, ...(attachments ? { attachments } : {}) };
}

/** The calendar generator is loaded with the first approval mail, not at every cold start. */
async function calendarFile(booking: RoomBooking, slots: Occurrence[], place: string, now: Date) {
  const { bookingCalendar } = await import('../../shared/format/calendar.ts');
  return [{ filename: 'raum.ics', content: bookingCalendar({ ...booking, occurrences: slots }, place, now), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
}
