/**
 * Routes of the system function: who am I, the search gaps, the audit trail, data-subject requests
 * (GDPR Art. 15–17), health and the API's own description.
 */
import * as z from 'zod';
import { AuditEntry } from '../../schemas/auditEntry.ts';
import { Month } from '../../schemas/report.ts';
import { Email } from '../../schemas/common.ts';
import { API_BASE } from './groups.ts';
import { PublicTenant, tenant, TenantSettings } from '../../schemas/tenant.ts';
import { ListQuery, type Route } from './route.ts';

export const Me = z.object({
  principal: z.record(z.string(), z.unknown()),
  capabilities: z.record(z.string(), z.array(z.string())),
  /** Whose system it is (absent for the operator, who belongs to no tenant). */
  tenant: PublicTenant.optional(),
});

export const SearchGapFilter = z.strictObject({ month: Month.optional() });
export const SearchGapRow = z.object({
  id: z.string(),
  month: Month,
  socialSpaceId: z.string(),
  theme: z.string(),
  targetGroup: z.string(),
  ageBand: z.string(),
  /** The language the search was made in (`de` for counts from before languages). */
  language: z.string(),
  count: z.number().int(),
});

/** The audit trail's filter: one entity's trail, one actor's, or one month (the default). */
export const AuditFilter = z.strictObject({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(120).optional(),
  month: Month.optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
});

export const Health = z.object({ status: z.literal('ok'), time: z.string() });

/** Whose data: one e-mail address or one phone number (in the body, so it never lands in a URL or an access log). */
const subjectShape = {
  email: Email.optional().meta({ example: 'anna.beispiel@example.org' }),
  phone: z.string().trim().regex(/^\+?[0-9 ()/.-]{5,30}$/, 'Bitte geben Sie eine gültige Telefonnummer an').optional(),
};
const oneSubject = (v: { email?: string; phone?: string }) => (v.email === undefined) !== (v.phone === undefined);
const ONE_SUBJECT = { path: ['email'], message: 'Bitte genau eine E-Mail-Adresse oder eine Telefonnummer angeben' };
export const DataSubjectQuery = z.strictObject(subjectShape).refine(oneSubject, ONE_SUBJECT);
export type DataSubjectQuery = z.infer<typeof DataSubjectQuery>;
export const DataSubjectErasure = z
  .strictObject({ ...subjectShape, confirm: z.literal(true, 'Bitte bestätigen Sie die Löschung') })
  .refine(oneSubject, ONE_SUBJECT);

/** One record holding the person's value. */
export const DataSubjectFinding = z.object({
  /** The entity type, or `ideaContact` for the contact item of an idea. */
  type: z.string(),
  id: z.string(),
  /** What the record is, in German (never the person's name or value). */
  label: z.string(),
  /** The fields holding the value (`contact.email`, `contacts[].phone`, …). */
  fields: z.array(z.string()),
  /** Where the record is in the admin UI (a hash route). */
  link: z.string(),
  /** What an erasure does with it (`manual`: a staff account, removed under Benutzer). */
  erasure: z.enum(['remove-contact', 'remove-network-contact', 'anonymise', 'delete-contact', 'remove-recipient', 'manual']),
});
export const DataSubjectFindings = z.object({ kind: z.enum(['email', 'phone']), findings: z.array(DataSubjectFinding) });

/** The machine-readable answer to an access request (Art. 15, 20): every record with the person's data it holds. */
export const DataSubjectExport = z.object({
  generatedAt: z.string(),
  subject: z.object({ kind: z.enum(['email', 'phone']), value: z.string() }),
  records: z.array(DataSubjectFinding.extend({ data: z.record(z.string(), z.unknown()) })),
});

export const DataSubjectErasureResult = z.object({
  kind: z.enum(['email', 'phone']),
  erased: z.array(DataSubjectFinding),
  /** Found but not erased here: staff accounts (removed under Benutzer). */
  manual: z.array(DataSubjectFinding),
  /** Audit entries whose old copies of the value were replaced by `[redacted]`. */
  auditEntriesRedacted: z.number().int(),
  /** Monthly reports whose kept recipient list held the address (removed from it). */
  reportsRedacted: z.number().int(),
  /** Rows of import jobs that still kept the value (a preview's cells), now emptied and marked wrong. */
  importRowsRedacted: z.number().int(),
  /** Whether the public catalogue's stored snapshot was removed (rebuilt by the next public request). */
  catalogueSnapshotDropped: z.boolean(),
});

export const routes: Route[] = [
  {
    method: 'GET', path: `${API_BASE}/me`, fn: 'system', operationId: 'me',
    summary: 'The signed-in principal and what it may do (for the admin UI)', auth: 'clerk-or-partner', response: Me,
  },
  {
    method: 'GET', path: `${API_BASE}/search-gaps`, fn: 'system', operationId: 'listSearchGaps',
    summary: 'Public searches that found nothing in a month, counted by social space, theme, target group and age band', auth: 'clerk',
    permission: { resource: 'search-gaps', action: 'read' }, query: ListQuery, response: SearchGapRow, list: true, filter: SearchGapFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/audit-events`, fn: 'system', operationId: 'listAuditEvents',
    summary: 'Audit trail: filter by entityType+entityId, by actor, or by month (default: current month)', auth: 'clerk',
    permission: { resource: 'audit-events', action: 'read' }, query: ListQuery, response: AuditEntry, list: true, filter: AuditFilter,
  },
  {
    method: 'POST', path: `${API_BASE}/data-subject-requests/search`, fn: 'system', operationId: 'searchDataSubject',
    summary: 'Every record holding one e-mail address or phone number (GDPR Art. 15–17; access pattern 30)', auth: 'clerk',
    permission: { resource: 'data-subject-requests', action: 'read' }, body: DataSubjectQuery, response: DataSubjectFindings,
    rules: ['Exactly one of `email` and `phone`.'],
  },
  {
    method: 'POST', path: `${API_BASE}/data-subject-requests/export`, fn: 'system', operationId: 'exportDataSubject',
    summary: 'The person\'s data in every record holding it, as a JSON file (GDPR Art. 15); audited with the value\'s hash only', auth: 'clerk',
    permission: { resource: 'data-subject-requests', action: 'read' }, body: DataSubjectQuery, response: DataSubjectExport,
    rules: ['Exactly one of `email` and `phone`.'],
  },
  {
    method: 'POST', path: `${API_BASE}/data-subject-requests/summary`, fn: 'system', operationId: 'summariseDataSubject',
    summary: 'The same as a readable German HTML page (Auskunft nach Art. 15 DSGVO)', auth: 'clerk',
    permission: { resource: 'data-subject-requests', action: 'read' }, body: DataSubjectQuery, produces: 'text/html',
    rules: ['Exactly one of `email` and `phone`.'],
  },
  {
    method: 'POST', path: `${API_BASE}/data-subject-requests/erase`, fn: 'system', operationId: 'eraseDataSubject',
    summary: 'Erases the person\'s e-mail or phone everywhere (GDPR Art. 17): contacts removed, sign-ups anonymised, audit copies redacted; staff accounts are listed, not deleted', auth: 'clerk',
    permission: { resource: 'data-subject-requests', action: 'delete' }, body: DataSubjectErasure, response: DataSubjectErasureResult,
    rules: ['Exactly one of `email` and `phone`, and `confirm: true`.', 'Each record is changed through the repository at the version read and audited with the admin as actor; personal fields appear there as `[redacted]`. Counts (an activity\'s places, attendance) stay.'],
  },
  {
    method: 'GET', path: `${API_BASE}/tenant`, fn: 'system', operationId: 'getTenantSettings',
    summary: 'The own tenant (municipality): name, state, spatial levels, languages, look, report recipients, public addresses', auth: 'clerk',
    permission: { resource: 'tenant', action: 'read' }, response: tenant,
  },
  {
    method: 'PUT', path: `${API_BASE}/tenant`, fn: 'system', operationId: 'updateTenantSettings',
    summary: 'Change the own tenant\'s settings (send the version you read); addresses and status are the operator\'s', auth: 'clerk',
    permission: { resource: 'tenant', action: 'update' }, body: TenantSettings, response: tenant,
    rules: ['The look\'s text colour must reach a contrast of 4.5 : 1 on the brand colour (WCAG 2.1, 1.4.3).'],
  },
  { method: 'GET', path: `${API_BASE}/health`, fn: 'system', operationId: 'health', summary: 'Liveness', auth: 'none', response: Health },
  { method: 'GET', path: `${API_BASE}/openapi.json`, fn: 'system', operationId: 'openapi', summary: 'This API as OpenAPI 3.1', auth: 'none' },
  { method: 'GET', path: `${API_BASE}/docs`, fn: 'system', operationId: 'apiReference', summary: 'This API as a rendered reference (HTML page)', auth: 'none', produces: 'text/html' },
];
