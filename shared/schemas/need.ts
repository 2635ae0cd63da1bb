/**
 * Need (Bedarf): something people in a social space lack, with the evidence for it. Open needs
 * drive the yearly work plan (Auftragsklärung) and the need-vs-offer matrix.
 */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty, TargetGroup, Theme } from './common.ts';
import { Handover } from './council.ts';

export const NeedEvidence = z.enum(['resident-participation', 'network', 'statistics', 'counselling', 'survey', 'unmet-searches']);
export const NeedStatus = z.enum(['open', 'addressed', 'closed']);

export const need = entitySchemas(
  {
    socialSpaceId: Id,
    quarterIds: z.array(Id).max(20).default([]),
    title: NonEmpty(200),
    theme: Theme,
    targetGroups: z.array(TargetGroup).min(1).max(9),
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    description: z.string().max(4000).optional(),
    evidence: z.array(NeedEvidence).min(1).max(6),
    /** Where the need came up, if in a meeting or activity. */
    meetingId: Id.optional(),
    activityId: Id.optional(),
    priority: z.number().int().min(1).max(3).default(2),
    status: NeedStatus.default('open'),
    /** The resident's idea this need was taken up from (its `needId` points back). */
    ideaId: Id.optional(),
    /** Handed to the district council (an die Bezirksvertretung übergeben), with its answer. */
    handover: Handover.optional(),
  },
  {
    check: (n, ctx) => {
      if (n.minAge !== undefined && n.maxAge !== undefined && n.minAge > n.maxAge) ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'Höchstalter liegt unter dem Mindestalter' });
    },
  },
);
export type Need = z.infer<typeof need.entity>;
