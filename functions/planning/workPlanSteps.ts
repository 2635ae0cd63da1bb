/**
 * The standardised steps of the yearly work plan (Auftragsklärung): confirm (by coordination and by
 * neighbourhood management of the space; agreed once both have), mid-year review, year-end review,
 * close. Each is a conditional, audited update of the plan; a step out of order is a 409.
 */
import { entities, type Item } from '../../shared/entities.ts';
import type { WorkPlan } from '../../shared/schemas/workPlan.ts';
import { CONFIRMING_ROLES } from '../../shared/schemas/values.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call } from '../http/types.ts';

const STATUS_DE: Record<string, string> = { draft: 'Entwurf', agreed: 'vereinbart', 'mid-year-reviewed': 'zur Jahresmitte bilanziert', 'year-end-reviewed': 'zum Jahresende bilanziert', closed: 'abgeschlossen' };
const outOfOrder = (plan: Item, step: string, needs: string) =>
  new HttpProblem(409, 'Conflict', `Work plan '${plan.id}' is ${plan.status}: ${step} needs it to be ${needs}`, {
    type: 'https://hamm.example/problems/work-plan-step',
    errors: [{ pointer: '/body', detail: `Dieser Schritt ist jetzt nicht möglich: Der Arbeitsplan ist ${STATUS_DE[plan.status] ?? plan.status}, nötig wäre „${STATUS_DE[needs]}“.` }],
  });

function save(call: Call, plan: Item, changes: Partial<WorkPlan>) {
  const { id, version, createdAt, updatedAt, createdBy, updatedBy, ...data } = plan;
  return call.deps.repo.update(entities.workPlan, id, { ...data, ...changes }, call.body.version, { actor: call.actor, current: plan });
}

export async function confirm(call: Call) {
  const plan = call.current!;
  if (plan.status !== 'draft') throw outOfOrder(plan, 'a confirmation', 'draft');
  const principal = call.principal!;
  // The role the caller confirms for: coordination or neighbourhood management of this space (the policy let them in for one).
  const role = principal.kind === 'user' ? CONFIRMING_ROLES.find((r) => principal.assignments.some((a) => a.role === r && a.socialSpaceIds.includes(plan.socialSpaceId))) : undefined;
  if (!role) throw problems.forbidden('work-plan-confirmations:create', 'Only coordination or neighbourhood management of this social space confirm its work plan');
  const confirmations = { ...(plan.confirmations ?? {}) };
  if (confirmations[role])
    throw new HttpProblem(409, 'Conflict', `The work plan is already confirmed for ${role}`, {
      type: 'https://hamm.example/problems/work-plan-step',
      errors: [{ pointer: '/body', detail: 'Für Ihre Rolle ist der Arbeitsplan schon bestätigt.' }],
    });
  confirmations[role] = { by: call.actor, at: call.deps.now().toISOString() };
  const agreed = CONFIRMING_ROLES.every((r) => confirmations[r]);
  return save(call, plan, { confirmations, status: agreed ? 'agreed' : 'draft' });
}

export async function review(call: Call) {
  const plan = call.current!;
  const midYear = call.body.stage === 'mid-year';
  if (plan.status !== (midYear ? 'agreed' : 'mid-year-reviewed')) throw outOfOrder(plan, `the ${call.body.stage} review`, midYear ? 'agreed' : 'mid-year-reviewed');
  const measures = await call.deps.repo.listAll(entities.measure, { parentId: plan.id });
  const noted = new Set(call.body.notes.map((n: { measureId: string }) => n.measureId));
  const missing = measures.filter((m) => !noted.has(m.id));
  const foreign = [...noted].filter((id) => !measures.some((m) => m.id === id));
  if (missing.length || foreign.length)
    throw problems.badRequest('A review has one note for each measure of the plan', [
      ...missing.map((m) => ({ pointer: '/body/notes', detail: `Notiz zur Maßnahme „${m.title}“ fehlt` })),
      ...foreign.map((id) => ({ pointer: '/body/notes', detail: `Maßnahme ${id} gehört nicht zu diesem Plan` })),
    ]);
  const entry = { by: call.actor, at: call.deps.now().toISOString(), notes: call.body.notes };
  return save(call, plan, midYear ? { midYearReview: entry, status: 'mid-year-reviewed' } : { yearEndReview: entry, status: 'year-end-reviewed' });
}

export async function close(call: Call) {
  const plan = call.current!;
  if (plan.status !== 'year-end-reviewed') throw outOfOrder(plan, 'closing', 'year-end-reviewed');
  return save(call, plan, { status: 'closed', closedAt: call.deps.now().toISOString() });
}
