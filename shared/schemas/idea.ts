/**
 * Idea (Anliegen / Idee): what a resident says is missing or could be better in their quarter,
 * sent through the finder without an account (functions/participation). Nothing of it is public
 * until staff release it; the way to contact the resident is not part of the record at all but an
 * item of its own (shared/db/ideaStore.ts), readable by the staff of its social space only and
 * deleted 90 days after the idea is closed.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDateTime, TargetGroup, Theme } from './common.ts';
import { IDEA_STATUSES, MODERATION_STATES } from './values.ts';

export const IdeaStatus = z.enum(IDEA_STATUSES);
export const Moderation = z.enum(MODERATION_STATES);
/** Plain text: stored as written, always shown escaped (never as HTML or a link). */
const IdeaText = z.string().trim().min(10, 'Bitte beschreiben Sie Ihr Anliegen in mindestens 10 Zeichen').max(1500);
const Reply = z.string().trim().max(1000);
export const LatLng = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const idea = entitySchemas(
  {
    socialSpaceId: Id,
    quarterId: Id.optional(),
    /** Where the resident placed it on the map (the quarter is assigned from it). */
    location: LatLng.optional(),
    text: IdeaText,
    theme: Theme,
    targetGroups: z.array(TargetGroup).max(3).default([]),
    moderation: Moderation.default('pending'),
    /** Why an idea is not published (for staff; the resident sees it on the status page). */
    rejectionReason: Reply.optional(),
    status: IdeaStatus.default('received'),
    /** Staff's answer, shown on the public status page and, once released, in the list. */
    answer: Reply.optional(),
    /** The idea this one repeats: merged, it shows the other's status and is not listed itself. */
    duplicateOf: Id.optional(),
  },
  {
    check: (i, ctx) => {
      if (i.moderation === 'rejected' && !i.rejectionReason) ctx.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'Bitte begründen Sie, warum das Anliegen nicht veröffentlicht wird' });
      if (i.status === 'not-feasible' && !i.answer) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Bitte begründen Sie, warum das Anliegen nicht umsetzbar ist' });
    },
    readonly: {
      /** How many neighbours said "Das betrifft mich auch" (one per device). */
      meToo: z.number().int().min(0),
      /** The need it was taken up as (POST /v1/ideas/{id}/take-up). */
      needId: Id.optional(),
      /** The measure of the current work plan it was taken up as (POST /v1/ideas/{id}/take-up-as-measure). */
      measureId: Id.optional(),
      /** First time staff answered or moved it on from `received` (metric: answered within 14 days). */
      answeredAt: IsoDateTime.optional(),
      /** When it reached `done` or `not-feasible` (retention of the contact counts from here). */
      closedAt: IsoDateTime.optional(),
      /** Whether a way to contact the resident is still stored. */
      hasContact: z.boolean(),
      /** SHA-256 of the status link's key; the key itself is shown once, to the resident. */
      statusKeyHash: z.string().optional(),
    },
  },
);
export type Idea = z.infer<typeof idea.entity>;

/** A way to contact the resident: e-mail or phone, and a name if they like. */
export const IdeaContact = z.strictObject({
  name: z.string().trim().max(100).optional(),
  email: z.email('Bitte geben Sie eine gültige E-Mail-Adresse an').max(254).optional(),
  phone: z.string().trim().regex(/^[+0-9 ()/-]{6,30}$/, 'Bitte geben Sie eine gültige Telefonnummer an').optional(),
});
export type IdeaContact = z.infer<typeof IdeaContact>;

/** What the public list and the status page show of an idea: never contact data, never staff notes. */
export const PublicIdeaView = z.object({
  id: Id,
  socialSpaceId: Id,
  quarterId: Id.optional(),
  text: z.string(),
  theme: z.string(),
  targetGroups: z.array(z.string()),
  status: IdeaStatus,
  answer: z.string().optional(),
  meToo: z.number().int(),
  createdAt: IsoDateTime,
});
export type PublicIdeaView = z.infer<typeof PublicIdeaView>;
