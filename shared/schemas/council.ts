/**
 * District council (Bezirksvertretung): the political body of one district, with its office and its
 * session dates. A configurable number of days before each session, the district report goes to its
 * recipients once (functions/reports/councilReports.ts); admins keep councils.
 */
import * as z from 'zod';
import { Address, Email, entitySchemas, Id, IsoDate, NonEmpty, Time } from './common.ts';

export const CouncilSession = z.strictObject({
  date: IsoDate,
  time: Time.optional(),
  place: z.string().trim().max(200).optional(),
  note: z.string().trim().max(500).optional(),
});
export type CouncilSession = z.infer<typeof CouncilSession>;

export const council = entitySchemas(
  {
    districtId: Id,
    name: NonEmpty(200),
    /** The council office (Bezirksbüro). */
    office: z
      .strictObject({
        address: Address.optional(),
        email: Email.optional(),
        phone: z.string().trim().max(50).optional(),
        website: z.url().optional(),
      })
      .default({}),
    /** Who receives the district report before each session (the office, the council's chair). */
    recipients: z.array(Email).max(20).default([]),
    /** How many days before a session the report is sent. */
    reportDaysBefore: z.number().int().min(1).max(60).default(7),
    sessions: z.array(CouncilSession).max(100).default([]),
  },
  {
    check: (c, ctx) => {
      const dates = c.sessions.map((s: { date: string }) => s.date);
      if (new Set(dates).size !== dates.length) ctx.addIssue({ code: 'custom', path: ['sessions'], message: 'Ein Sitzungstag ist doppelt genannt' });
    },
  },
);
export type Council = z.infer<typeof council.entity>;

/**
 * Handed to a council (an die Bezirksvertretung übergeben): a need or an agreement, with the council's
 * answer once it is recorded. The district report lists those still without an answer.
 */
export const Handover = z.strictObject({
  councilId: Id,
  on: IsoDate,
  note: z.string().trim().max(1000).optional(),
  answer: z.string().trim().max(2000).optional(),
  answeredOn: IsoDate.optional(),
});
export type Handover = z.infer<typeof Handover>;
