/**
 * Offer (Angebot): meeting point, counselling, course or event. Field names follow
 * HSDS 3 (Open Referral) `service` where they fit: name→title, description, status,
 * eligibility (target groups, ages), languages, cost options, schedules, contacts.
 */
import * as z from 'zod';
import {
  Address,
  Contact,
  entitySchemas,
  ExternalId,
  Geo,
  Id,
  IsoDate,
  IsoDateTime,
  LanguageCode,
  NonEmpty,
  Programme,
  Schedule,
  TargetGroup,
  Theme,
} from './common.ts';
import { TranslationCode, translationBookkeeping } from './translation.ts';

export const OfferStatus = z.enum(['draft', 'published', 'paused', 'ended']);
export const OfferKind = z.enum(['meeting-point', 'counselling', 'course', 'event', 'other']);

export { TranslationCode, TranslationStatus } from './translation.ts';

/** One language's version of the translatable texts (shared/domain/translations.ts); what is missing falls back. */
export const OfferTranslation = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(5000).optional(),
  /** `schedules[i].description` in the same order. */
  scheduleNotes: z.array(z.string().max(200)).max(20).optional(),
  costNote: z.string().max(500).optional(),
  accessibilityNote: z.string().max(1000).optional(),
});

export const offer = entitySchemas(
  {
    title: NonEmpty(200),
    externalId: ExternalId.optional(),
    description: z.string().max(5000).default(''),
    kind: OfferKind.default('other'),
    organisationId: Id,
    socialSpaceIds: z.array(Id).min(1).max(9),
    quarterIds: z.array(Id).max(60).default([]),
    centreId: Id.optional(),
    /** A room of that centre the offer uses: its schedules occupy the room (shared/domain/roomAvailability.ts). */
    roomId: Id.optional(),
    /** A place other than a centre (HSDS `location`). */
    location: z
      .strictObject({ name: z.string().max(200).optional(), address: Address.optional(), geo: Geo.optional() })
      .optional(),
    themes: z.array(Theme).min(1).max(8),
    targetGroups: z.array(TargetGroup).min(1).max(9),
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    programmes: z.array(Programme).max(10).default([]),
    /** ISO 639-1 codes. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'Sprachcode nach ISO 639-1')).max(20).default(['de']),
    accessibility: z
      .strictObject({ wheelchair: z.boolean().default(false), notes: z.string().max(1000).optional() })
      .optional(),
    cost: z
      .strictObject({
        free: z.boolean(),
        amountEur: z.number().min(0).max(100000).optional(),
        notes: z.string().max(500).optional(),
      })
      .default({ free: true }),
    registrationRequired: z.boolean().default(false),
    schedules: z.array(Schedule).max(20).default([]),
    contact: Contact.optional(),
    status: OfferStatus.default('draft'),
    validFrom: IsoDate.optional(),
    validUntil: IsoDate.optional(),
    /**
     * The offer's texts in other languages (shared/i18n/languages.json), keyed by language code. A PUT
     * without it keeps them as stored (clients from before languages know nothing of them); `{}` removes all.
     */
    translations: z.partialRecord(TranslationCode, OfferTranslation).optional(),
  },
  {
    readonly: {
      ...translationBookkeeping,
      /**
       * When someone last confirmed the offer is still current (Goal 3: "known and reachable").
       * Server-owned: only POST /offers/{id}/review sets it, so nobody can date an offer ahead.
       */
      reviewedAt: IsoDateTime.optional(),
    },
    check: (o, ctx) => {
      if (o.minAge !== undefined && o.maxAge !== undefined && o.minAge > o.maxAge)
        ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'Höchstalter liegt unter dem Mindestalter' });
      if (o.roomId && !o.centreId) ctx.addIssue({ code: 'custom', path: ['centreId'], message: 'In welchem Zentrum liegt der Raum?' });
      if (o.validFrom && o.validUntil && o.validFrom > o.validUntil)
        ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Ende liegt vor dem Beginn' });
      if (new Set(o.socialSpaceIds ?? []).size !== (o.socialSpaceIds ?? []).length)
        ctx.addIssue({ code: 'custom', path: ['socialSpaceIds'], message: 'Sozialraum doppelt angegeben' });
    },
  },
);
export type Offer = z.infer<typeof offer.entity>;

/**
 * What residents and other directories see of an offer (/v1/public/*): no author ids, no
 * version, no bookkeeping. Defined once here; the public routes and OpenAPI use it.
 */
export const PublicOffer = offer.entity.omit({ createdBy: true, updatedBy: true, version: true, createdAt: true });
export type PublicOffer = z.infer<typeof PublicOffer>;
const PUBLIC_OFFER_FIELDS = Object.keys(PublicOffer.shape);

/** The public projection of a stored offer: only the fields PublicOffer names. */
export function toPublicOffer(o: Offer): PublicOffer {
  return Object.fromEntries(PUBLIC_OFFER_FIELDS.filter((k) => k in o).map((k) => [k, o[k as keyof Offer]])) as PublicOffer;
}
/** Residents are told plainly that an offer's details may be out of date after this long without review. */
export const RESIDENT_WARNING_AFTER_DAYS = 365;

/**
 * A published offer as the finder and the widget show it: the public projection, with the names
 * residents need resolved (organisation, centre) and the next dates in Berlin time.
 */
export const PublicOfferView = PublicOffer.extend({
  organisationName: z.string().optional(),
  centre: z.object({ id: Id, name: z.string(), address: Address.optional(), accessibility: z.string().optional(), geo: Geo.optional() }).optional(),
  nextDates: z.array(z.object({ date: IsoDate, opens: z.string(), closes: z.string() })),
});
export type PublicOfferView = z.infer<typeof PublicOfferView>;
/** What feeds and HSDS read of an offer: the view with or without its translations. */
export type ShownOffer = Omit<PublicOfferView, 'translations' | 'translationStatus' | 'textVersion'>;

/**
 * A published offer in one language, as the finder, the widget and the feeds get it: each text in the
 * best language there is (shared/domain/translations.ts `localize`), which language that is, and how far
 * to trust a translation. The translations themselves and their bookkeeping stay inside.
 */
export const LocalizedOfferView = PublicOfferView.omit({ translations: true, translationStatus: true, textVersion: true }).extend({
  textLang: z.object({ title: LanguageCode, description: LanguageCode, scheduleNotes: LanguageCode, costNote: LanguageCode, accessibilityNote: LanguageCode }),
  translation: z
    .object({ lang: LanguageCode, machine: z.boolean(), stale: z.boolean(), germanUpdatedAt: IsoDateTime.optional() })
    .optional(),
});
