/**
 * Meeting (Sitzung): one meeting of a network, with who was there and what was agreed
 * (Vereinbarungen). Its social spaces and target groups are the network's, copied by the server.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDate, NonEmpty, TargetGroupCode, Time } from './common.ts';
import { Handover } from './council.ts';

export const AgreementStatus = z.enum(['open', 'done', 'dropped']);

/** An agreement (Vereinbarung): what someone took on, by when. Open ones are a follow-up list. */
export const Agreement = z
  .strictObject({
    /** Assigned by the server when missing; keeps an agreement's identity across edits. */
    id: Id.optional(),
    text: NonEmpty(1000),
    ownerOrganisationId: Id.optional(),
    ownerUserId: Id.optional(),
    dueDate: IsoDate.optional(),
    status: AgreementStatus.default('open'),
    /** Handed to the district council, with its answer. */
    handover: Handover.optional(),
  })
  .refine((a) => !(a.ownerOrganisationId && a.ownerUserId), { path: ['ownerUserId'], message: 'Entweder eine Organisation oder eine Person' });
export type Agreement = z.infer<typeof Agreement>;

const Count = z.number().int().min(0).max(100000);

export const meeting = entitySchemas(
  {
    networkId: Id,
    date: IsoDate,
    centreId: Id.optional(),
    /** A room of that centre: the meeting occupies it from `startTime` to `endTime`. */
    roomId: Id.optional(),
    /** A place other than a centre. */
    location: z.string().max(200).optional(),
    /** The organisations present (the co-attendance of goal 2's network figures). */
    organisationIds: z.array(Id).max(40).default([]),
    attendees: Count.optional(),
    residents: Count.optional(),
    topics: z.array(NonEmpty(200)).max(20).default([]),
    minutes: z.string().max(10000).optional(),
    minutesUrl: z.url().max(2000).optional(),
    agreements: z.array(Agreement).max(20).default([]),
    /** An open meeting or a festival residents may come to: listed among the public dates of its spaces. */
    public: z.boolean().default(false),
    /** Its name in public ("Stadtteilfest Norden"); without one, the network's name. */
    publicTitle: z.string().trim().max(200).optional(),
    /** When it starts, for the public dates. */
    startTime: Time.optional(),
    /** When it ends (the room it uses is free again). */
    endTime: Time.optional(),
  },
  {
    readonly: { socialSpaceIds: z.array(Id), targetGroups: z.array(TargetGroupCode) },
    check: (m, ctx) => {
      if (m.attendees !== undefined && m.residents !== undefined && m.residents > m.attendees)
        ctx.addIssue({ code: 'custom', path: ['residents'], message: 'Mehr Bewohnerinnen und Bewohner als Teilnehmende' });
      if (m.startTime && m.endTime && m.endTime <= m.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Ende muss nach Beginn liegen' });
      if (m.roomId && !m.centreId) ctx.addIssue({ code: 'custom', path: ['centreId'], message: 'In welchem Zentrum liegt der Raum?' });
      const ids = (m.agreements ?? []).map((a: Agreement) => a.id).filter(Boolean);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['agreements'], message: 'Vereinbarung doppelt genannt' });
    },
  },
);
export type Meeting = z.infer<typeof meeting.entity>;
