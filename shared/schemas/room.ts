/**
 * Room (Raum) of a community centre: what residents' groups, self-help groups, partners and the
 * neighbourhood itself may ask for (issue 34). Its social space is its centre's, set by the server.
 * When it is free is never typed: shared/domain/roomAvailability.ts derives it from the centre's
 * hours, holidays, closures, approved bookings (with the buffers below) and the centre's own use.
 */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const RoomEquipment = z.enum(['kitchen', 'projector', 'chairs-tables', 'sound-system', 'whiteboard', 'wifi', 'childrens-corner']);
export const RoomAccessibility = z.enum(['step-free', 'accessible-toilet', 'hearing-loop']);
/** Who may ask for the room: anyone (also without an account), partner organisations (and staff), staff only. */
export const WhoMayAsk = z.enum(['public', 'partners', 'staff']);
/** The kind of booker decides the fee (residents' groups and partners free) and counts toward the goals. */
export const BookerKind = z.enum(['residents-group', 'self-help-group', 'partner', 'private', 'commercial', 'staff']);
export type BookerKind = z.infer<typeof BookerKind>;
/** Kinds that never pay: the concept promises the rooms to the neighbourhood's own groups. */
export const FREE_BOOKER_KINDS: readonly BookerKind[] = ['residents-group', 'self-help-group', 'partner', 'staff'];

/** A stated amount for one kind of booker, per occurrence or per hour. Shown, never charged here. */
export const RoomFee = z.strictObject({
  bookerKind: BookerKind,
  cents: z.number().int().min(0).max(1_000_000),
  per: z.enum(['occurrence', 'hour']).default('occurrence'),
});
export type RoomFee = z.infer<typeof RoomFee>;

export const room = entitySchemas(
  {
    centreId: Id,
    name: NonEmpty(200),
    capacity: z.number().int().min(1).max(2000),
    sizeSqm: z.number().min(1).max(10000).optional(),
    equipment: z.array(RoomEquipment).max(20).default([]),
    accessibility: z.array(RoomAccessibility).max(3).default([]),
    houseRules: z.string().trim().max(5000).optional(),
    /** Where and when the key is picked up (and returned): sent with every approval. */
    keyPickup: z.string().trim().max(1000).optional(),
    whoMayAsk: WhoMayAsk.default('public'),
    /** A request must name a day at least this many Berlin days ahead. */
    leadDays: z.number().int().min(0).max(365).default(7),
    /** The longest occurrence, in hours. */
    maxHours: z.number().min(0.5).max(24).multipleOf(0.25).default(4),
    /** Kept free before and after each booking (setting up, airing, cleaning). */
    bufferBeforeMin: z.number().int().min(0).max(240).default(0),
    bufferAfterMin: z.number().int().min(0).max(240).default(0),
    /** Kinds not listed use the room free of charge. */
    fees: z.array(RoomFee).max(6).default([]),
    /** An inactive room is shown to nobody and cannot be asked for. */
    active: z.boolean().default(true),
  },
  {
    readonly: { socialSpaceId: Id },
    check: (r, ctx) => {
      const kinds = (r.fees ?? []).map((f) => f.bookerKind);
      if (new Set(kinds).size !== kinds.length) ctx.addIssue({ code: 'custom', path: ['fees'], message: 'Jede Art von Nutzenden nur einmal' });
      (r.fees ?? []).forEach((f, i) => {
        if (f.cents > 0 && FREE_BOOKER_KINDS.includes(f.bookerKind)) ctx.addIssue({ code: 'custom', path: ['fees', i, 'cents'], message: 'Bewohnergruppen, Selbsthilfegruppen, Partner und die Stadtteilarbeit nutzen Räume kostenlos' });
      });
    },
  },
);
export type Room = z.infer<typeof room.entity>;
