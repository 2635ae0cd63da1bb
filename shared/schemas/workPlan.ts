/**
 * Work plan (Arbeitsplan, the yearly Auftragsklärung) of one social space, and its measures.
 * The plan moves through fixed steps, each an audited action route:
 *   draft → agreed (coordination and neighbourhood management of the space have both confirmed)
 *         → mid-year-reviewed → year-end-reviewed → closed.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDateTime, NonEmpty, TargetGroup } from './common.ts';
import { Month } from './report.ts';
import { Handover } from './council.ts';

export const WorkPlanStatus = z.enum(['draft', 'agreed', 'mid-year-reviewed', 'year-end-reviewed', 'closed']);
const Confirmation = z.object({ by: z.string(), at: IsoDateTime });
const Review = z.object({ by: z.string(), at: IsoDateTime, notes: z.array(z.object({ measureId: Id, note: z.string() })) });

export const workPlan = entitySchemas(
  {
    socialSpaceId: Id,
    year: z.number().int().min(2000).max(2100),
    priorities: z.array(NonEmpty(300)).max(10).default([]),
    summary: z.string().max(4000).optional(),
  },
  {
    readonly: {
      status: WorkPlanStatus,
      confirmations: z.object({ coordination: Confirmation.optional(), 'neighbourhood-management': Confirmation.optional() }),
      midYearReview: Review.optional(),
      yearEndReview: Review.optional(),
      closedAt: IsoDateTime.optional(),
    },
  },
);
export type WorkPlan = z.infer<typeof workPlan.entity>;

export const MeasureStatus = z.enum(['planned', 'running', 'done', 'dropped']);

export const measure = entitySchemas(
  {
    workPlanId: Id,
    title: NonEmpty(200),
    description: z.string().max(4000).optional(),
    needIds: z.array(Id).max(20).default([]),
    goalIds: z.array(Id).max(4).default([]),
    indicatorIds: z.array(Id).max(20).default([]),
    responsibleRole: z.enum(['coordination', 'neighbourhood-management', 'prevention']).optional(),
    responsibleUserId: Id.optional(),
    responsibleOrganisationId: Id.optional(),
    plannedFrom: Month,
    plannedTo: Month,
    budgetLineId: Id.optional(),
    status: MeasureStatus.default('planned'),
    reviewNotes: z.string().max(4000).optional(),
    /** For prevention coordination's scope: whom the measure is for. */
    targetGroups: z.array(TargetGroup).max(9).default([]),
    /** Shown as a current project on the social space's public page (title, status, goals). */
    public: z.boolean().default(false),
    /** Handed to the district council, with its answer (Handover). */
    handover: Handover.optional(),
  },
  {
    readonly: { socialSpaceId: Id },
    check: (m, ctx) => {
      if (m.plannedFrom && m.plannedTo && m.plannedTo < m.plannedFrom) ctx.addIssue({ code: 'custom', path: ['plannedTo'], message: 'Ende liegt vor dem Beginn' });
    },
  },
);
export type Measure = z.infer<typeof measure.entity>;
