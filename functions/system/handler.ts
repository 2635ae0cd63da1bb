/**
 * Health, the OpenAPI document, the own tenant's settings (./tenantSettings.ts: P1), the audit trail, the counts of public searches without result, and
 * data-subject requests (GDPR Art. 15–17; the logic in ./dataSubjects.ts).
 * Trigger: API Gateway REST routes of group `system` (shared/contract/routes/system.ts).
 * Access patterns: 6 (audit of one entity), 7 (audit of a month), 8 (audit of an actor), 16 (search gaps of a month),
 * 30 (records holding a person's e-mail or phone) with 1, 2, 25–27 for the records it finds and erases.
 */
import { capabilities } from '../../shared/policy.ts';
import type { AuditFilter, SearchGapFilter } from '../../shared/contract/routes/system.ts';
import { monthOf } from '../../shared/time/months.ts';
import { pageReply, parseFilter, parseListParams, rangeReply, sortItems } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import { httpFunction } from '../http/wrapper.ts';
import { apiReferencePage } from './apiReference.ts';
import { ownTenant, updateOwnTenant } from './tenantSettings.ts';
import { ownPublicFace } from '../../shared/tenancy/facts.ts';

/** The data-subject module is loaded by its routes only (it brings the repository's writes and the catalogue store). */
const dataSubjects = () => import('./dataSubjects.ts');


let openapi: Record<string, unknown> | undefined;
/**
 * The document describes every group's routes, so it needs the whole table and every schema: loaded
 * on its first request (a lazy module in the bundle), not at every cold start of this function.
 */
const buildOpenApi = async () => (await import('../../shared/contract/openapi.ts')).buildOpenApi(process.env.API_URL ?? '/');

export const handler = httpFunction(() => import('../../shared/contract/routes/system.ts'), {
  health: async (call) => ({ body: { status: 'ok', time: call.deps.now().toISOString() } }),
  getTenantSettings: async (call) => ({ body: await ownTenant(call) }),
  updateTenantSettings: async (call) => ({ body: await updateOwnTenant(call) }),
  // The admin shows whose system it is: the signed-in user's tenant (the operator has none).
  me: async (call) => ({
    body: {
      principal: call.principal,
      capabilities: capabilities(call.principal!),
      ...(call.principal!.kind === 'operator' ? {} : { tenant: await ownPublicFace(call.deps.repo) }),
    },
  }),
  openapi: async () => ({ body: (openapi ??= await buildOpenApi()) }),
  apiReference: async () => apiReferencePage(process.env.ADMIN_ORIGIN ?? ''),
  listAuditEvents: async (call) => {
    const { range, filter } = parseListParams(call.query);
    const parsed = (call.route.filter as typeof AuditFilter).safeParse(filter);
    if (!parsed.success) throw problems.badRequest('Invalid audit filter', parsed.error.issues.map((i) => ({ pointer: `/query/filter/${i.path.join('/') || ('keys' in i ? i.keys?.join(',') : undefined)}`, detail: i.message })));
    const f = parsed.data;
    if (f.entityId && !f.entityType) throw problems.badRequest('entityId needs entityType', [{ pointer: '/query/filter/entityType', detail: 'Pflichtfeld zu entityId' }]);
    const by = f.entityType && f.entityId ? { entity: { type: f.entityType, id: f.entityId } } : f.actor ? { actor: f.actor } : { month: f.month ?? call.deps.now().toISOString().slice(0, 7) };
    const { items, total } = await call.deps.repo.auditRange(by, { entityType: f.entityType, action: f.action, actor: f.actor }, range);
    return rangeReply('audit-events', items, range, total);
  },
  searchDataSubject: async (call) => {
    const m = await dataSubjects();
    return { body: await m.searchSubject(call.deps.repo, m.subjectOf(call.body)) };
  },
  exportDataSubject: async (call) => {
    const m = await dataSubjects();
    return { body: await m.exportSubject(call.deps.repo, m.subjectOf(call.body), call.actor, call.deps.now()) };
  },
  summariseDataSubject: async (call) => {
    const m = await dataSubjects();
    return { text: m.summaryHtml(await m.exportSubject(call.deps.repo, m.subjectOf(call.body), call.actor, call.deps.now())) };
  },
  eraseDataSubject: async (call) => {
    const m = await dataSubjects();
    return { body: await m.eraseSubject(call.deps.repo, m.subjectOf(call.body), call.actor, call.deps.now()) };
  },
  listSearchGaps: async (call) => {
    const { range, filter, sort } = parseListParams(call.query);
    const month = parseFilter(call.route.filter as typeof SearchGapFilter, filter).month ?? monthOf(call.deps.now());
    const rows = (await call.deps.repo.listSearchGaps(month)).map((g) => ({ id: [g.socialSpaceId, g.theme, g.targetGroup, g.ageBand, g.language].join('|'), ...g }));
    rows.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    return pageReply('search-gaps', sort ? sortItems(rows, sort, ['count', 'socialSpaceId', 'theme', 'targetGroup', 'ageBand', 'language']) : rows, range);
  },
});
