/**
 * Community centre (Stadtteilzentrum): stands in one social space. Its public page (issue 33) shows
 * its regular opening hours (weekly time slots, `openingHours`), exceptions on given dates (closed, or
 * other hours), a "vorübergehend geschlossen" notice, hours by appointment, accessibility and the
 * languages spoken there; whether it is open now is computed (shared/domain/openingHours.ts).
 */
import * as z from 'zod';
import { Address, Contact, entitySchemas, ExternalId, Geo, Id, IsoDate, NonEmpty, Schedule, Time } from './common.ts';
import { translationBookkeeping, translationsOf } from './translation.ts';

/** A date (or days, up to `until`) on which the centre is closed or keeps other hours than usual. */
export const HoursException = z
  .strictObject({
    date: IsoDate,
    until: IsoDate.optional(),
    closed: z.boolean().default(true),
    opens: Time.optional(),
    closes: Time.optional(),
    /** Why, in a few words ("Betriebsferien", "Weihnachtsfeier"). */
    note: z.string().trim().max(200).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.until && e.until < e.date) ctx.addIssue({ code: 'custom', path: ['until'], message: 'Ende liegt vor dem Beginn' });
    if (!e.closed && !(e.opens && e.closes)) ctx.addIssue({ code: 'custom', path: ['opens'], message: 'Geöffnet von wann bis wann?' });
    if (!e.closed && e.opens && e.closes && e.opens >= e.closes) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'Ende muss nach Beginn liegen' });
  });
export type HoursException = z.infer<typeof HoursException>;

/** Closed until further notice (or until `until`): shown before anything else on the public page. */
export const TemporarilyClosed = z.strictObject({ note: NonEmpty(500), until: IsoDate.optional() });

/** A language spoken at the centre (ISO 639-1/-3 code, any language, not only the pages' languages). */
export const SpokenLanguage = z.string().regex(/^[a-z]{2,3}$/, 'Sprachcode wie „tr“ oder „ar“');

/** One language's version of the notes the public reads (shared/domain/staffTexts.ts `centreTexts`). */
const CentreTexts = {
  hoursNote: z.string().trim().max(500).optional(),
  appointmentNote: z.string().trim().max(500).optional(),
  /** `temporarilyClosed.note`. */
  closedNote: z.string().trim().max(500).optional(),
  /** `exceptions[i].note`, in the same order. */
  exceptionNotes: z.array(z.string().trim().max(200)).max(60).optional(),
  accessibility: z.string().max(1000).optional(),
};

export const centre = entitySchemas({
  name: NonEmpty(200),
  externalId: ExternalId.optional(),
  socialSpaceId: Id,
  quarterId: Id.optional(),
  address: Address,
  geo: Geo.optional(),
  /** Regular opening hours: weekly time slots per weekday. */
  openingHours: z.array(Schedule).max(21).default([]),
  /** A note on the opening hours the public reads ("In den Ferien nur vormittags"). */
  hoursNote: z.string().trim().max(500).optional(),
  exceptions: z.array(HoursException).max(60).default([]),
  temporarilyClosed: TemporarilyClosed.optional(),
  /** Hours by appointment only ("nach Vereinbarung"). */
  appointmentHours: z.array(Schedule).max(14).default([]),
  appointmentNote: z.string().trim().max(500).optional(),
  contact: Contact.optional(),
  accessibility: z.string().max(1000).optional(),
  languages: z.array(SpokenLanguage).max(20).default([]),
  translations: translationsOf(CentreTexts),
}, { readonly: translationBookkeeping });
export type Centre = z.infer<typeof centre.entity>;
