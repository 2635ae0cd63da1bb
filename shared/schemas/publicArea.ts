/**
 * What the public pages of a social space, a quarter and a centre receive (issue 33): the published
 * profile, centres with "open now", contact persons who consented, public projects, upcoming public
 * dates, public networks and published results with small counts suppressed. Answers only; built by
 * functions/public/areaPages.ts from the records, never stored. The finder renders exactly these.
 */
import * as z from 'zod';
import { Address, Geo, Id, IsoDate, IsoDateTime, Schedule, Time } from './common.ts';
import { HoursException, TemporarilyClosed } from './centre.ts';
import { ShownTranslation } from './translation.ts';

/**
 * A figure as published: the number, or null with the reason it is not shown: `small` for a count
 * under 5 ("weniger als 5"), `withheld` where a small one could be worked out from it.
 */
export const ShownValue = z.object({ value: z.number().nullable(), suppressed: z.enum(['small', 'withheld']).optional() });

export const OpenNow = z.object({
  open: z.boolean(),
  reason: z.enum(['regular', 'exception', 'holiday', 'closure', 'temporarily-closed', 'none']),
  /** While open: when it closes (HH:MM, Berlin). */
  until: Time.optional(),
  /** While closed: when it opens next (within two weeks). */
  next: z.object({ day: IsoDate, opens: Time }).optional(),
  holiday: z.string().optional(),
  note: z.string().optional(),
  /** The instant this was computed at (the page may be a minute old: it says so). */
  at: IsoDateTime,
});

export const PublicCentreSummary = z.object({
  id: Id,
  name: z.string(),
  address: Address,
  geo: Geo.optional(),
  quarterId: Id.optional(),
  openNow: OpenNow,
});

export const PublicCentre = PublicCentreSummary.extend({
  socialSpace: z.object({ id: Id, name: z.string() }),
  quarter: z.object({ id: Id, name: z.string() }).optional(),
  openingHours: z.array(Schedule),
  hoursNote: z.string().optional(),
  /** Closures, other hours and public holidays of the coming eight weeks. */
  upcoming: z.array(HoursException.and(z.object({ holiday: z.string().optional() }))),
  temporarilyClosed: TemporarilyClosed.optional(),
  appointmentHours: z.array(Schedule),
  appointmentNote: z.string().optional(),
  accessibility: z.string().optional(),
  languages: z.array(z.string()),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional(), website: z.string().optional() }).optional(),
  /** The language each note is shown in (German where it has no translation). */
  textLang: z.object({ hoursNote: z.string(), appointmentNote: z.string(), closedNote: z.string(), exceptionNotes: z.string(), accessibility: z.string() }),
  translation: ShownTranslation.optional(),
  /** Published offers held here (title and next date). */
  offers: z.array(z.object({ id: Id, title: z.string(), next: z.object({ date: IsoDate, opens: Time, closes: Time }).optional() })),
});

export type PublicCentre = z.infer<typeof PublicCentre>;

export const PublicContactPerson = z.object({
  /** Stable across pages and days (the role and the person's record id), for lists and HSDS ids. */
  key: z.string(),
  name: z.string(),
  role: z.enum(['neighbourhood-management', 'coordination', 'prevention']),
  title: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  consultationHours: z.array(Schedule),
  consultationNote: z.string().optional(),
  photoUrl: z.string().optional(),
});

export const PublicProject = z.object({
  id: Id,
  title: z.string(),
  status: z.enum(['planned', 'running', 'done', 'dropped']),
  goals: z.array(z.object({ id: Id, name: z.string() })),
});

export const PublicDate = z.object({
  kind: z.enum(['offer', 'meeting', 'activity']),
  id: Id,
  title: z.string(),
  date: IsoDate,
  opens: Time.optional(),
  closes: Time.optional(),
  place: z.string().optional(),
});

export const PublicNetwork = z.object({ id: Id, name: z.string(), themes: z.array(z.string()), contact: z.string().optional() });

export const PublicResult = z.object({
  id: Id,
  indicator: z.object({ id: Id, name: z.string(), unit: z.string(), direction: z.enum(['higher-is-better', 'lower-is-better']), description: z.string().optional() }),
  goal: z.object({ id: Id, name: z.string() }),
  baseline: ShownValue.optional(),
  target: ShownValue.optional(),
  latest: ShownValue.extend({ period: z.string() }).optional(),
  /** The last periods, oldest first (the chart and the table behind it). */
  trend: z.array(ShownValue.extend({ period: z.string() })),
  interpretation: z.string().optional(),
  projects: z.array(z.object({ id: Id, title: z.string() })),
  downloads: z.object({ csv: z.string(), json: z.string() }),
});

export const PublicAreaPage = z.object({
  level: z.enum(['socialSpace', 'quarter']),
  id: Id,
  name: z.string(),
  /** The tenant's own name of the level ("Sozialraum", "Quartier"). */
  levelName: z.string(),
  socialSpace: z.object({ id: Id, name: z.string() }),
  quarters: z.array(z.object({ id: Id, name: z.string() })),
  profile: z
    .object({
      intro: z.string().optional(),
      strengths: z.string().optional(),
      photos: z.array(z.object({ url: z.string(), alt: z.string(), caption: z.string().optional() })),
      /** True where a quarter has no text of its own and shows its social space's. */
      fromSocialSpace: z.boolean(),
      version: z.number().int(),
      updatedAt: IsoDateTime,
      /** The language each text is shown in (German where it has no translation). */
      textLang: z.object({ intro: z.string(), strengths: z.string() }),
      translation: ShownTranslation.optional(),
    })
    .optional(),
  centres: z.array(PublicCentreSummary),
  contacts: z.array(PublicContactPerson),
  projects: z.array(PublicProject),
  dates: z.array(PublicDate),
  networks: z.array(PublicNetwork),
  results: z.array(PublicResult),
  /** True when this is a staff member's preview of an unpublished draft. */
  preview: z.boolean().optional(),
});
export type PublicAreaPage = z.infer<typeof PublicAreaPage>;

/** A published indicator's figures as JSON (shared/format/openData.ts): a suppressed value is null, `suppressed` says why. */
export const PublishedResultData = z.object({
  indicator: z.object({ id: Id, name: z.string(), goalName: z.string() }),
  socialSpace: z.object({ id: Id, name: z.string() }),
  unit: z.string(),
  licence: z.string(),
  attribution: z.string().optional(),
  baseline: ShownValue.optional(),
  target: z.number().optional(),
  rows: z.array(ShownValue.extend({ period: z.string() })),
});

/**
 * Where an address or a point lies: the quarters it may be in (more than one where a street crosses
 * and no house number decides). An address found in the address directory names the house whose
 * point was used, and says when that is not the one asked for (`approximate`).
 */
export const PublicLocation = z.object({
  matches: z.array(
    z.object({
      quarterId: Id.optional(), quarterName: z.string().optional(), socialSpaceId: Id, socialSpaceName: z.string(), street: z.string().optional(),
      houseNumber: z.string().optional(), approximate: z.boolean().optional(),
    }),
  ),
});
