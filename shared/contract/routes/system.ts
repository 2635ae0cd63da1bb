/** Routes of the system function: who am I, the search gaps, the audit trail, health and the API's own description. */
import * as z from 'zod';
import { AuditEntry } from '../../schemas/auditEntry.ts';
import { Month } from '../../schemas/report.ts';
import { API_BASE } from './groups.ts';
import { ListQuery, type Route } from './route.ts';

export const Me = z.object({ principal: z.record(z.string(), z.unknown()), capabilities: z.record(z.string(), z.array(z.string())) });

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
  { method: 'GET', path: `${API_BASE}/health`, fn: 'system', operationId: 'health', summary: 'Liveness', auth: 'none', response: Health },
  { method: 'GET', path: `${API_BASE}/openapi.json`, fn: 'system', operationId: 'openapi', summary: 'This API as OpenAPI 3.1', auth: 'none' },
  { method: 'GET', path: `${API_BASE}/docs`, fn: 'system', operationId: 'apiReference', summary: 'This API as a rendered reference (HTML page)', auth: 'none', produces: 'text/html' },
];
