/**
 * Residents ask for a room without an account (issue 34): the finder's form (checked by the abuse
 * defence of every public submission: honeypot, proof of work, fill time, a daily count per client),
 * a mail with the status link to confirm the address (double opt-in: until then the request is
 * `unconfirmed` and not in staff's queue), and through that link the request's state, cancelling
 * and the answer to a proposed time. The link is derived from the secret and the booking
 * (shared/domain/roomLink.ts); the record keeps only its hash.
 * Trigger: API Gateway, routes of group `participation` under /v1/public/rooms and /v1/public/room-requests.
 * Access patterns: 1 (room, centre, booking), 5 (the link's hash; the submission's challenge), 28 (the client's day), 35, 36.
 */
import { submissionItems } from '../../shared/db/publicSubmissions.ts';
import { roomKeyHash } from '../../shared/domain/roomLink.ts';
import { entities } from '../../shared/entities.ts';
import { addressLine } from '../../shared/format/address.ts';
import { ROOM_CONFIRM_HOURS } from '../../shared/format/roomMail.ts';
import type { Room } from '../../shared/schemas/room.ts';
import type { RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { summaryStatus } from '../../shared/domain/roomBookings.ts';
import { publicUrl } from '../../shared/runtimeConfig.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { transportOf } from '../mail/mailer.ts';
import { roomMessage } from '../mail/roomMails.ts';
import { acceptSubmission, refuseReusedChallenge } from './abuse.ts';
import { sendOrForget } from './confirmationMail.ts';
import { approveOccurrences, changed, releaseOccurrences, requestRoom, tellRequester } from './roomBookings.ts';
import { berlinToday } from '../../shared/time/months.ts';

const def = entities.roomBooking;
const ACTOR = 'anonymous:room-link';

const linkProblem = (detail: string, german: string) =>
  new HttpProblem(409, 'Conflict', detail, { type: 'https://hamm.example/problems/room-request-link', errors: [{ pointer: '/body', detail: german }] });

async function byKey(call: Call): Promise<RoomBooking> {
  const b = await call.deps.repo.findByUnique<RoomBooking>(def, { statusKeyHash: roomKeyHash(call.params.key) });
  if (!b) throw problems.notFound('No room request for this link');
  return b;
}

/**
 * What the requester sees: their request and each date's answer, never who decided; the house rules
 * and the key pick-up (which may name where a key is left) only once a date is approved.
 */
async function view(call: Call, b: RoomBooking) {
  const [room, centre] = await Promise.all([call.deps.repo.get<Room>(entities.room, b.roomId), call.deps.repo.get(entities.centre, b.centreId)]);
  const approved = b.occurrences.some((o) => o.status === 'approved');
  return {
    status: b.status, purpose: b.purpose, bookerKind: b.bookerKind, expectedPeople: b.expectedPeople, ...(b.feeCents ? { feeCents: b.feeCents } : {}),
    ...(b.recurrence ? { recurrence: b.recurrence } : {}),
    room: { id: room.id, name: room.name, ...(approved && room.houseRules ? { houseRules: room.houseRules } : {}), ...(approved && room.keyPickup ? { keyPickup: room.keyPickup } : {}) },
    centre: { id: centre.id, name: centre.name, ...(centre.address ? { address: addressLine(centre.address) } : {}) },
    occurrences: b.occurrences.map(({ decidedBy: _who, decidedAt: _when, ...o }) => o),
  };
}

/** Only a confirmed request is answered or changed through its link; an unconfirmed one may only be confirmed or withdrawn. */
function confirmed(b: RoomBooking): RoomBooking {
  if (b.status === 'unconfirmed') throw linkProblem('The request is not confirmed yet', 'Bitte bestätigen Sie die Anfrage zuerst über den Link in der E-Mail.');
  return b;
}

export const roomRequestImpls: Record<string, Impl> = {
  requestRoomPublicly: async (call) => {
    const room = await call.deps.repo.find<Room>(entities.room, call.params.id);
    if (!room || room.active === false) throw problems.notFound(`No room '${call.params.id}'`);
    const submission = await acceptSubmission(call);
    const { altcha: _pow, website: _honeypot, consent: _yes, ...data } = call.body;
    const created = await requestRoom({ ...call, scopeRef: room, actor: 'anonymous' }, { ...data, roomId: room.id }, { write: submissionItems(call.deps.repo, submission), unconfirmed: true }).catch(refuseReusedChallenge);
    const asked = created.occurrences.filter((o) => o.status === 'pending');
    await sendOrForget(call, def, created, async () => transportOf(call.deps).sendMail((await roomMessage(call.deps.repo, 'confirm', created, asked, { baseUrl: publicUrl(), now: call.deps.now() }))!), '/body/contact/email');
    return { status: 201, body: { status: created.status } };
  },

  getRoomRequest: async (call) => ({ body: await view(call, await byKey(call)) }),

  /** The mail's link: once confirmed, using it again changes nothing; after 48 hours it has expired. */
  confirmRoomRequest: async (call) => {
    const b = await byKey(call);
    if (b.status !== 'unconfirmed') return { body: await view(call, b) };
    if (call.deps.now().getTime() - Date.parse(b.createdAt) > ROOM_CONFIRM_HOURS * 3_600_000)
      throw linkProblem('The link has expired', `Der Link war ${ROOM_CONFIRM_HOURS} Stunden gültig. Bitte fragen Sie den Raum neu an.`);
    const at = call.deps.now().toISOString();
    const updated = await call.deps.repo.update<RoomBooking>(def, b.id, { ...b, status: summaryStatus(b.occurrences), confirmedAt: at }, b.version, { actor: ACTOR, current: b });
    return { body: await view(call, updated) };
  },

  /**
   * Cancels the chosen dates (none named: all still to come); an unconfirmed request is withdrawn as a
   * whole. Past dates stay as they were: they happened, and count.
   */
  cancelRoomRequest: async (call) => {
    const b = await byKey(call);
    const today = berlinToday(call.deps.now());
    const past = (call.body?.occurrenceIds ?? []).filter((id: string) => (b.occurrences.find((o) => o.id === id)?.date ?? today) < today);
    if (past.length) throw linkProblem(`Past dates cannot be cancelled: ${past.join(', ')}`, 'Vergangene Termine können nicht mehr abgesagt werden.');
    const ids = b.status === 'unconfirmed' ? undefined : (call.body?.occurrenceIds ?? b.occurrences.filter((o) => o.date >= today).map((o) => o.id));
    const updated = await releaseOccurrences(call.deps, b, { version: b.version, occurrenceIds: ids, reason: 'Von der anfragenden Person abgesagt.', actor: ACTOR, by: 'requester' });
    return { body: await view(call, updated) };
  },

  /** Accepting a proposed time approves the date there (if it is still free); declining cancels it. */
  answerRoomProposal: async (call) => {
    const b = confirmed(await byKey(call));
    const o = b.occurrences.find((x) => x.id === call.body.occurrenceId);
    if (o?.status !== 'proposed') throw linkProblem(`No proposal for ${call.body.occurrenceId}`, 'Für diesen Termin liegt kein Vorschlag (mehr) vor.');
    if (!call.body.accept) {
      const declined = await releaseOccurrences(call.deps, b, { version: b.version, occurrenceIds: [o.id], reason: 'Vorgeschlagene Zeit abgelehnt.', actor: ACTOR, by: 'requester' });
      return { body: await view(call, declined) };
    }
    const { booking: accepted } = await approveOccurrences(call.deps, b, { version: b.version, occurrenceIds: [o.id], actor: ACTOR });
    // The date is approved now: the approval's mail with the calendar file, as after staff's.
    await tellRequester(call.deps, 'approved', accepted, changed(b, accepted, 'approved'));
    return { body: await view(call, accepted) };
  },
};
