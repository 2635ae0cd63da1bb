/** Routes of the planning function: needs, work plans and their steps, measures, budget, key figures, the need-vs-offer matrix and a space's staff. */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { areaFigure } from '../../schemas/areaFigure.ts';
import { budgetLine, expense } from '../../schemas/budget.ts';
import { Id, metaShape } from '../../schemas/common.ts';
import { need } from '../../schemas/need.ts';
import { measure, workPlan } from '../../schemas/workPlan.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ReviewBody, type Route } from './route.ts';

const WORK_PLAN_STEPS = {
  confirm: 'Confirm a draft work plan for your role (coordination or neighbourhood management); agreed once both have',
  review: 'Record the mid-year or year-end review of an agreed work plan, with a note per measure',
  close: 'Close a work plan after its year-end review',
} as const;
export const WorkPlanReviewBody = z.strictObject({
  version: metaShape.version,
  stage: z.enum(['mid-year', 'year-end']),
  notes: z.array(z.strictObject({ measureId: Id, note: z.string().trim().min(1).max(2000) })).max(100),
});

export const MatrixQuery = z.strictObject({
  /** `kekiz`: "Kein Kind zurücklassen!": ages 0–27, parents, children, youth and families only. */
  view: z.enum(['all', 'kekiz']).default('all'),
});
const MatrixCell = z.object({
  ageBand: z.string(),
  theme: z.string(),
  offers: z.array(z.object({ id: Id, title: z.string() })),
  needs: z.array(z.object({ id: Id, title: z.string(), priority: z.number() })),
  unmetSearches: z.number().int(),
  gap: z.boolean(),
});
/** Residents' open ideas of the space, by theme (ideas carry no age, so they stand beside the cells). */
const MatrixIdeas = z.object({ theme: z.string(), ideas: z.array(z.object({ id: Id, text: z.string() })) });
/** Searches in the space that found nothing, by the language they were made in (never their words). */
const MatrixSearchLanguage = z.object({ language: z.string(), count: z.number().int() });
export const NeedOfferMatrix = z.object({ socialSpaceId: Id, view: z.enum(['all', 'kekiz']), ageBands: z.array(z.string()), themes: z.array(z.string()), cells: z.array(MatrixCell), gaps: z.array(MatrixCell), ideas: z.array(MatrixIdeas), searchesByLanguage: z.array(MatrixSearchLanguage) });
export const StaffMember = z.object({ id: Id, name: z.string(), role: z.string() });

export const routes: Route[] = [
  ...crud(entities.need, need, 'planning'),
  ...crud(entities.workPlan, workPlan, 'planning'),
  ...crud(entities.measure, measure, 'planning'),
  ...crud(entities.budgetLine, budgetLine, 'planning'),
  ...crud(entities.expense, expense, 'planning'),
  ...crud(entities.areaFigure, areaFigure, 'planning'),
  ...(['confirm', 'review', 'close'] as const).map((step): Route => ({
    method: 'POST', path: `${API_BASE}/work-plans/{id}/${step}`, fn: 'planning', operationId: `${step}WorkPlan`,
    summary: WORK_PLAN_STEPS[step], auth: 'clerk', params: IdParams, entity: 'workPlan', bodyIsAction: true,
    permission: { resource: step === 'confirm' ? 'work-plan-confirmations' : 'work-plan-reviews', action: 'create' },
    body: step === 'review' ? WorkPlanReviewBody : ReviewBody, response: workPlan.entity,
    rules: ['Steps in order: draft → (both confirmations) agreed → mid-year review → year-end review → closed; a step out of order is 409.'],
  })),
  {
    method: 'GET', path: `${API_BASE}/social-spaces/{id}/matrix`, fn: 'planning', operationId: 'getNeedOfferMatrix',
    summary: 'Need-vs-offer matrix of a social space: age bands × themes, offers next to open needs, gaps first', auth: 'clerk',
    permission: { resource: 'needs', action: 'read' }, params: IdParams, query: MatrixQuery, response: NeedOfferMatrix, entity: 'socialSpace',
  },
  {
    method: 'GET', path: `${API_BASE}/social-spaces/{id}/staff`, fn: 'planning', operationId: 'getSocialSpaceStaff',
    summary: 'The staff assigned to a social space, by name and role (for clerks)', auth: 'clerk',
    permission: { resource: 'needs', action: 'read' }, params: IdParams, response: z.array(StaffMember), entity: 'socialSpace',
  },
];
