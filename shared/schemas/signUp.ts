/**
 * Sign-up (Anmeldung) of a resident for an activity neighbourhood management publishes: confirmed by
 * e-mail (double opt-in) before it takes a place, on the waiting list once the places are taken, and
 * managed (confirm, cancel, delete my data) through one unguessable link mailed to the address. Name
 * and address are personal data: never in audit entries, removed 90 days after the activity.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDateTime } from './common.ts';

export const SignUpStatus = z.enum(['unconfirmed', 'confirmed', 'waitlisted', 'cancelled']);
export const MAX_GUESTS = 5;

export const signUp = entitySchemas(
  {
    activityId: Id,
    /** The activity's, so lists and the policy see where it belongs. */
    socialSpaceId: Id,
    name: z.string().trim().max(100).optional(),
    email: z.email('Bitte geben Sie eine gültige E-Mail-Adresse an').max(254).optional(),
    /** People coming along (each takes a place). */
    guests: z.number().int().min(0).max(MAX_GUESTS).default(0),
    status: SignUpStatus,
    /** Staff mark who came; the activity's participants are taken from it. */
    attended: z.boolean().optional(),
  },
  {
    readonly: {
      manageKeyHash: z.string().optional(),
      confirmedAt: IsoDateTime.optional(),
      /** Name and address removed (by the resident, or 90 days after the activity). */
      anonymised: z.boolean().optional(),
    },
  },
);
export type SignUp = z.infer<typeof signUp.entity>;
