/** User: a clerk who signs in with Cognito, with role assignments scoped to social spaces. */
import * as z from 'zod';
import { Email, entitySchemas, Id, IsoDateTime, NonEmpty, PhotoKey, Schedule } from './common.ts';

export const Role = z.enum(['admin', 'leadership', 'coordination', 'neighbourhood-management', 'prevention']);
export type Role = z.infer<typeof Role>;

export const RoleAssignment = z.strictObject({
  role: Role,
  /** Social spaces the role covers. Ignored for admin and leadership, who see the whole city. */
  socialSpaceIds: z.array(Id).max(9).default([]),
});

/**
 * The Cognito password rule, written once: the user pool (CDK and cognito-local) and the
 * temporary password field of the user form are derived from it.
 */
export const PASSWORD_POLICY = { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true } as const;
export const Password = z
  .string()
  .min(PASSWORD_POLICY.minLength, `Mindestens ${PASSWORD_POLICY.minLength} Zeichen`)
  .max(256)
  .regex(/\d/, 'Mindestens eine Ziffer')
  .regex(/[a-zäöüß]/, 'Mindestens ein Kleinbuchstabe')
  .regex(/[A-ZÄÖÜ]/, 'Mindestens ein Großbuchstabe')
  .regex(/[^A-Za-z0-9ÄÖÜäöüß\s]/, 'Mindestens ein Sonderzeichen');

/** The reminders a user can switch off in their own settings (each arrives in the monthly digest). */
export const ReminderKind = z.enum(['missing-values', 'stale-offers', 'agreements', 'reviews']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/**
 * How residents reach a staff member as the contact person of their social spaces (issue 33): shown
 * publicly only while `publicConsent` is recorded. Kept by the person in their own settings.
 */
export const PublicContact = z.strictObject({
  /** Shown under the name ("Quartiersmanagerin Hammer Norden"); without one, the role's name. */
  title: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
  email: Email.optional(),
  /** Consultation hours (Sprechzeiten), weekly. */
  consultationHours: z.array(Schedule).max(14).default([]),
  /** Where and how ("im Stadtteilbüro, Raum 2; auch nach Vereinbarung"). */
  consultationNote: z.string().trim().max(500).optional(),
  photo: PhotoKey.optional(),
});
export type PublicContact = z.infer<typeof PublicContact>;
/** Who agreed to be shown publicly, and when (the person themselves, in their own settings). */
export const PublicConsent = z.strictObject({ at: IsoDateTime, by: z.string() });

const userShape = {
  /** Contact address and sign-in name. Never identity: the authorizer binds a token by `sub`. */
  email: Email,
  name: NonEmpty(200),
  active: z.boolean().default(true),
  assignments: z.array(RoleAssignment).max(10).default([]),
  /** Users of a role that receives a report (leadership, coordination by default) get it unless they opt out. */
  receivesReport: z.boolean().default(true),
  /** Reminders this user does not want (own settings). */
  remindersOff: z.array(ReminderKind).max(4).default([]),
};

/**
 * What a user changes in their own settings (GET/PUT /v1/me/settings), including their public contact
 * data and whether they consent to be shown publicly (the server records who and when).
 */
export const OwnSettings = z.strictObject({
  receivesReport: userShape.receivesReport,
  remindersOff: userShape.remindersOff,
  publicContact: PublicContact.optional(),
  publicConsent: z.boolean().default(false),
});

export const user = entitySchemas(userShape, {
  readonly: {
    /** The Cognito account's immutable subject, set when the account is created. */
    sub: z.string().max(64).optional(),
    /** Set and removed only through one's own settings: an admin cannot consent for someone, nor change what is published in their name. */
    publicConsent: PublicConsent.optional(),
    publicContact: PublicContact.optional(),
  },
});
export type User = z.infer<typeof user.entity>;

/**
 * POST /v1/users: the user plus an optional temporary password. Without one, Cognito makes one
 * and e-mails the invitation; either way the new user must set their own at first sign-in.
 * The password is handed to Cognito and never stored.
 */
export const UserCreateBody = z.strictObject({ ...userShape, temporaryPassword: Password.optional() });
