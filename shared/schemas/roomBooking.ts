/**
 * Room booking (Raumanfrage / Belegung): a request for a room on a day, or a series (an RRULE of the
 * subset in shared/domain/roomRecurrence.ts), each occurrence with its own status: staff approve the
 * series or single occurrences, refuse with a reason or propose another time. Approved occurrences
 * hold the room through lock items per room and day (pattern 35), so two can never overlap.
 * Personal data is minimal: a contact (e-mail, optionally name and phone) and whom the key went to;
 * both are personal fields (never copied into audit entries) and the contact is found by the
 * data-subject search.
 */
import * as z from 'zod';
import { Email, entitySchemas, Id, IsoDate, IsoDateTime, NonEmpty, Time } from './common.ts';
import { BookerKind, RoomAccessibility } from './room.ts';
import { parseRecurrence } from '../domain/roomRecurrence.ts';

export const OccurrenceStatus = z.enum(['pending', 'approved', 'refused', 'cancelled', 'proposed']);
export type OccurrenceStatus = z.infer<typeof OccurrenceStatus>;
/** The booking's summary for the queue: pending while any occurrence waits for an answer. */
/** `unconfirmed`: asked through the public form, the e-mail address not yet confirmed; staff see and answer it only then. */
export const BookingStatus = z.enum(['unconfirmed', 'pending', 'proposed', 'approved', 'refused', 'cancelled']);

/** Another time staff propose for one occurrence; the requester accepts it (then it is approved there) or not. */
export const ProposedTime = z.strictObject({ date: IsoDate, startTime: Time, endTime: Time, note: z.string().trim().max(500).optional() });

export const Occurrence = z.object({
  /** Its original day: one occurrence per day at most, so the day names it for good. */
  id: IsoDate,
  date: IsoDate,
  startTime: Time,
  endTime: Time,
  status: OccurrenceStatus,
  /** Why refused or cancelled (German, shown to the requester). */
  reason: z.string().max(1000).optional(),
  proposal: ProposedTime.optional(),
  decidedAt: IsoDateTime.optional(),
  decidedBy: z.string().optional(),
});
export type Occurrence = z.infer<typeof Occurrence>;

export const BookingContact = z.strictObject({
  name: z.string().trim().max(200).optional(),
  email: Email,
  phone: z.string().trim().max(50).optional(),
});

export const timesInOrder = (b: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx) => {
  if (b.startTime && b.endTime && b.endTime <= b.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Ende muss nach Beginn liegen' });
};

export const roomBooking = entitySchemas(
  {
    roomId: Id,
    purpose: NonEmpty(500),
    bookerKind: BookerKind,
    /** A partner organisation asking for itself (required for kind `partner`, and set from a partner's key). */
    organisationId: Id.optional(),
    /** The group's name (no person's), so distinct groups can be counted. */
    groupName: z.string().trim().max(200).optional(),
    expectedPeople: z.number().int().min(1).max(2000),
    accessibilityNeeds: z.array(RoomAccessibility).max(3).default([]),
    accessibilityNote: z.string().trim().max(500).optional(),
    /** The (first) day and the Berlin wall-clock times of each occurrence. */
    date: IsoDate,
    startTime: Time,
    endTime: Time,
    /** A series: `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630`, `FREQ=MONTHLY;BYDAY=2TU;COUNT=6`. */
    recurrence: z
      .string()
      .max(200)
      .refine((r) => parseRecurrence(r).ok, { error: (issue) => `Wiederholung nicht verstanden: ${(parseRecurrence(String(issue.input)) as { error?: string }).error ?? ''}` })
      .optional(),
    contact: BookingContact.optional(),
    /** Key handover: who received the key, when, when it came back, and notes on damage or a no-show. */
    keyGivenTo: z.string().trim().max(200).optional(),
    keyGivenAt: IsoDateTime.optional(),
    keyReturnedAt: IsoDateTime.optional(),
    handoverNotes: z.string().trim().max(2000).optional(),
    noShow: z.boolean().optional(),
  },
  {
    readonly: {
      centreId: Id,
      socialSpaceId: Id,
      occurrences: z.array(Occurrence),
      status: BookingStatus,
      /** The fee per occurrence for this kind of booker, from the room's rules when asked (shown, never charged). */
      feeCents: z.number().int().min(0).optional(),
      /** The first answer (approve, refuse, propose): "answered within three working days". */
      answeredAt: IsoDateTime.optional(),
      /** When a public request's e-mail address was confirmed: its three working days start then. */
      confirmedAt: IsoDateTime.optional(),
      /** The hash of the requester's status link (public requests); the link itself is only in their mail. */
      statusKeyHash: z.string().optional(),
      /** Contact data removed (retention or on request); the booking stays for the counts. */
      anonymised: z.boolean().optional(),
      /** Set by the queue for requests older than three working days without an answer (not stored). */
      overdue: z.boolean().optional(),
    },
    check: (b, ctx) => {
      timesInOrder(b, ctx);
      if (b.bookerKind === 'partner' && !b.organisationId) ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Welche Partnerorganisation fragt an?' });
      if (b.keyGivenAt && b.keyReturnedAt && b.keyReturnedAt < b.keyGivenAt) ctx.addIssue({ code: 'custom', path: ['keyReturnedAt'], message: 'Rückgabe liegt vor der Ausgabe' });
    },
  },
);
export type RoomBooking = z.infer<typeof roomBooking.entity>;
