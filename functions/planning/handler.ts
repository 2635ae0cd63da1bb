/**
 * The social space as the hub of the work: needs (Bedarfe), the yearly work plan with its measures
 * (Auftragsklärung), budget lines and expenses, key figures, the need-vs-offer matrix, and the staff.
 * Trigger: API Gateway REST routes of group `planning` (shared/contract/routes/planning.ts).
 * Access patterns: 1, 2, 3 (needs, plans, lines and figures of a space; measures of a plan; expenses
 * of a line), 5 (one plan per space and year, one figure per space, year and key), 16 (search gaps).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { monthOf } from '../../shared/time/months.ts';
import { needOfferMatrix } from '../../shared/domain/needMatrix.ts';
import { tenantThemes } from '../../shared/schemas/vocabulary.ts';
import { ROLE_DE } from '../../shared/format/labels.ts';
import { formatEuro as euro } from '../../shared/format/money.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import { HttpProblem } from '../http/problem.ts';
import type { Call } from '../http/types.ts';
import { httpFunction } from '../http/wrapper.ts';
import { close, confirm, review } from './workPlanSteps.ts';


/** 409: an agreed plan changes only through its steps. */
const onlyWhileDraft = (_call: Call, plan: Item) => {
  if (plan.status !== 'draft')
    throw new HttpProblem(409, 'Conflict', `Work plan '${plan.id}' is ${plan.status}; it changes only through its review steps`, {
      type: 'https://hamm.example/problems/work-plan-step',
      errors: [{ pointer: '/body', detail: 'Ein vereinbarter Arbeitsplan wird nur noch über die Zwischen- und Jahresbilanz fortgeschrieben.' }],
    });
};

/** An expense moves its line's spent amount, within the line's plan as read now. */
async function budgetCounter(call: Call, expense: Item, op: 'create' | 'update' | 'delete') {
  // As the wrapper read it for the policy; the write is conditional on its plannedCents anyway.
  const line = call.scopeRef;
  if (!line) return {};
  const delta = op === 'create' ? expense.amountCents : op === 'delete' ? -expense.amountCents : expense.amountCents - (call.current?.amountCents ?? 0);
  const room = line.plannedCents - (line.spentCents ?? 0);
  return {
    counters: [{
      type: 'budgetLine', id: line.id, field: 'spentCents', delta, within: { field: 'plannedCents', value: line.plannedCents },
      refusal: `The expense exceeds what is left on budget line '${line.label}' (${euro(room)} of ${euro(line.plannedCents)})`,
    }],
  };
}

export const handler = httpFunction(() => import('../../shared/contract/routes/planning.ts'), {
  ...crudImpls(entities.need, { validate: placesWithinSpaces }),
  ...crudImpls(entities.workPlan, {
    protect: onlyWhileDraft,
    derive: async (call) => (call.current ? {} : { status: 'draft', confirmations: {} }),
  }),
  ...crudImpls(entities.measure, {
    // The plan, the budget line: loaded by the wrapper for the policy (Call.scopeRef).
    derive: async (call) => (call.scopeRef ? { socialSpaceId: call.scopeRef.socialSpaceId } : {}),
  }),
  ...crudImpls(entities.budgetLine, {
    derive: async (call) => (call.current ? {} : { spentCents: 0 }),
    // Raising or lowering a line: never below what is already spent, also against a concurrent expense.
    writeOptions: async (_call, line, op) =>
      op === 'update' ? { notBelow: { counter: 'spentCents', limit: line.plannedCents, refusal: `Budget line '${line.label}' has more spent than ${euro(line.plannedCents)}` } } : {},
  }),
  ...crudImpls(entities.expense, {
    derive: async (call) => (call.scopeRef ? { socialSpaceId: call.scopeRef.socialSpaceId } : {}),
    writeOptions: budgetCounter,
  }),
  ...crudImpls(entities.areaFigure),
  confirmWorkPlan: async (call) => ({ body: await confirm(call) }),
  reviewWorkPlan: async (call) => ({ body: await review(call) }),
  closeWorkPlan: async (call) => ({ body: await close(call) }),
  getNeedOfferMatrix: async (call) => {
    const { repo } = call.deps;
    const month = monthOf(call.deps.now());
    const [offers, needs, gaps, ideas] = await Promise.all([
      repo.listAll(entities.offer), repo.listAll(entities.need, { parentId: call.params.id }), repo.listSearchGaps(month), repo.listAll(entities.idea, { parentId: call.params.id }),
    ]);
    return { body: needOfferMatrix({ socialSpaceId: call.params.id, view: call.query.view, themes: [...tenantThemes()], offers, needs, searchGaps: gaps, ideas }) };
  },
  getSocialSpaceStaff: async (call) => {
    const users = await call.deps.repo.listAll(entities.user);
    const staff = users
      .filter((u) => u.active !== false)
      .flatMap((u) => (u.assignments ?? []).filter((a: Item) => a.socialSpaceIds?.includes(call.params.id)).map((a: Item) => ({ id: u.id, name: u.name, role: ROLE_DE[a.role as keyof typeof ROLE_DE] ?? a.role })))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    return { body: staff };
  },
});
