/**
 * ra-data-simple-rest, unchanged, over an httpClient that adds the ID token, strips empty
 * values (the API treats absent as "not set" and rejects nulls), and turns problem+json into
 * errors react-admin understands: field errors for forms, German messages for 403 and 409.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import { getConfig } from './config';
import { idToken } from './authProvider';
import { setUnavailable } from './common/unavailable';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits';
import type * as z from 'zod';
import type { ApprovalPreview, ApprovalResult, RoomWeek } from '../../shared/contract/routes/participation';

/** Removes null, '' and empty optional objects, recursively, keeping arrays' positions. */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c === null || c === undefined || c === '') continue;
      if (typeof c === 'object' && !Array.isArray(c) && Object.keys(c as object).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

function problemToError(err: any): never {
  const body = err?.body;
  const status = err?.status;
  if (status === 409 && body?.type?.endsWith('stale-version')) throw new HttpError('app.error.conflict', 409, body);
  if (status === 409) throw new HttpError(body?.errors?.[0]?.detail ?? body?.detail ?? 'app.error.integrity', 409, body);
  if (status === 403) throw new HttpError('app.error.forbidden', 403, body);
  if (status === 400 && body?.errors) {
    const errors: Record<string, string> = {};
    for (const e of body.errors) errors[String(e.pointer).replace(/^\/body\//, '').split('/')[0]] = e.detail;
    // `errors` for react-admin's forms (one per field); `problem` keeps every error (a boundary import lists them all).
    throw new HttpError('ra.message.invalid_form', 400, { errors, problem: body });
  }
  // A rule broken (a room request's): the German sentences, one per rule, rather than the English summary.
  if (status === 422 && body?.errors?.length) throw new HttpError(body.errors.map((e: { detail: string }) => e.detail).join(' '), 422, body);
  if (status === 503) throw new HttpError('app.error.unavailable', 503, body);
  throw new HttpError(body?.detail ?? err?.message ?? 'ra.notification.http_error', status ?? 500, body);
}

export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = idToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const body = typeof options.body === 'string' ? JSON.stringify(clean(JSON.parse(options.body))) : options.body;
  try {
    // The API answers within the deadline, 503 included; beyond it (a gateway or network that hangs) the browser gives up.
    const timeout = AbortSignal.timeout(DEPENDENCY_DEADLINE_MS + 3000);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const res = await fetchUtils.fetchJson(url, { ...options, headers, body, signal });
    setUnavailable(false);
    return res;
  } catch (err) {
    // 503, or no answer at all (fetch's TypeError, the timeout): the banner with its retry (layout/UnavailableBanner.tsx).
    if (options.signal?.aborted) throw err;
    const status = (err as { status?: number })?.status;
    setUnavailable(status === 503 || status === undefined);
    if (status === undefined) throw new HttpError('app.error.unavailable', 503, undefined);
    return problemToError(err);
  }
}

export interface AppDataProvider extends DataProvider {
  review(id: string, version: number): Promise<{ data: any }>;
  scorecard(month?: string): Promise<any>;
  series(indicatorId: string): Promise<any>;
  computeIndicator(indicatorId: string, period: string): Promise<{ results: { socialSpaceId: string; value: number | null; outcome: string }[] }>;
  locate(lat: number, lng: number): Promise<{ quarterId?: string; socialSpaceId?: string; districtId?: string; illustrative: boolean }>;
  importBoundaries(level: string, body: unknown): Promise<{ version: any; missingAreas: string[] }>;
  importAddressDirectory(body: { source: string; licence?: string; csv: string }): Promise<{ version: { addresses: number; streets: number } }>;
  reporting(indicatorId: string, period: string): Promise<{ rows: { organisationId: string; socialSpaceId: string; reported: boolean; value: number | null; updatedAt: string | null }[]; sums: { socialSpaceId: string; value: number }[] }>;
  workPlanStep(id: string, step: 'confirm' | 'review' | 'close', body: Record<string, unknown>): Promise<any>;
  matrix(socialSpaceId: string, view: 'all' | 'kekiz'): Promise<any>;
  staff(socialSpaceId: string): Promise<{ id: string; name: string; role: string }[]>;
  /** A person confirms an offer's translation as right for the current German text; answers the updated offer. */
  confirmTranslation(resource: string, id: string, lang: string, version: number): Promise<any>;
  /** Amazon Translate drafts an offer's translation (AWS only; 501 locally); answers the updated offer. */
  machineTranslate(id: string, lang: string, version: number): Promise<any>;
  machineTranslateMany(lang: string, ids: string[]): Promise<{ translated: string[]; skipped: { id: string; reason: string }[]; limitReached: boolean }>;
  networkGraph(socialSpaceId: string): Promise<{ nodes: { id: string; meetings: number }[]; edges: { source: string; target: string; meetings: number }[]; density: number | null; from: string; until: string }>;
  /** A room's week (Monday to Sunday of the week `from` lies in; default this week): requests, offers, meetings. */
  roomWeek(roomId: string, from?: string): Promise<z.infer<typeof RoomWeek>>;
  /** A room request's occurrences, each with the German sentence of what it would collide with now. */
  roomBookingApproval(id: string): Promise<z.infer<typeof ApprovalPreview>>;
  approveRoomBooking(id: string, body: { version: number; occurrenceIds?: string[]; skipConflicts?: boolean }): Promise<z.infer<typeof ApprovalResult>>;
  refuseRoomBooking(id: string, body: { version: number; occurrenceIds?: string[]; reason: string }): Promise<any>;
  proposeRoomBookingTime(id: string, body: { version: number; occurrenceId: string; date: string; startTime: string; endTime: string; note?: string }): Promise<any>;
}

/** Only the fields a route's body takes (its schema is strict; react-admin sends the whole record). */
const pick = (data: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));

/** What a tenant's admin may change (PUT /v1/tenant); hosts and status are the operator's. */
const TENANT_SETTINGS_FIELDS = ['name', 'state', 'levels', 'languages', 'look', 'themes', 'targetGroups', 'version'] as const;
/** What the operator sends for a new tenant and for an existing one (POST and PUT /v1/operator/tenants). */
const TENANT_CREATE_FIELDS = ['id', 'name', 'state', 'hosts', 'adminEmail', 'adminName'] as const;
const TENANT_OPERATION_FIELDS = ['status', 'hosts', 'version'] as const;

/**
 * A 400's field errors at their full paths (`look.textOnBrand`, `levels.1.key`) rather than the first
 * segment: for forms of nested fields, where the error belongs at the input, not at its group.
 */
function atFullPaths(err: any): never {
  const problem = err?.status === 400 ? err.body?.problem : undefined;
  if (!problem?.errors) throw err;
  const errors: Record<string, string> = {};
  for (const e of problem.errors) errors[String(e.pointer).replace(/^\/body\//, '').split('/').join('.')] ??= e.detail;
  throw new HttpError(err.message, 400, { errors, problem });
}

/**
 * The tenant resources, whose addresses are not their names: `tenant`, the own tenant's settings, a
 * single record at /v1/tenant (react-admin reaches it under the tenant's id, as report-settings under
 * `default`); `tenants`, the operator's registry at /v1/operator/tenants.
 */
function withTenants(base: DataProvider, apiUrl: string): DataProvider {
  const OPERATOR = 'operator/tenants';
  const own = `${apiUrl}/tenant`;
  return {
    ...base,
    getList: (resource, params) => base.getList(resource === 'tenants' ? OPERATOR : resource, params),
    getMany: (resource, params) => base.getMany(resource === 'tenants' ? OPERATOR : resource, params),
    getOne: async (resource, params) => {
      if (resource === 'tenant') return { data: (await httpClient(own)).json };
      return base.getOne(resource === 'tenants' ? OPERATOR : resource, params);
    },
    update: async (resource, params) => {
      if (resource === 'tenant') {
        const body = JSON.stringify(pick(params.data, TENANT_SETTINGS_FIELDS));
        return { data: (await httpClient(own, { method: 'PUT', body }).catch(atFullPaths)).json };
      }
      if (resource === 'tenants') return base.update(OPERATOR, { ...params, data: pick(params.data, TENANT_OPERATION_FIELDS) }).catch(atFullPaths);
      return base.update(resource, params);
    },
    create: (resource, params) =>
      resource === 'tenants' ? base.create(OPERATOR, { ...params, data: pick(params.data, TENANT_CREATE_FIELDS) }).catch(atFullPaths) : base.create(resource, params),
  };
}

/** A list sorted by this sends no `sort`: the API's own order (the room requests' queue: pending first, then the oldest). */
export const QUEUE_ORDER = 'queue';

/** ra-data-simple-rest always sends a sort; for `QUEUE_ORDER` the list is read without one. */
function withServerOrder(base: DataProvider, apiUrl: string): DataProvider {
  return {
    ...base,
    getList: async (resource, params) => {
      if (params.sort?.field !== QUEUE_ORDER) return base.getList(resource, params);
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const query = new URLSearchParams({ range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]), filter: JSON.stringify(params.filter ?? {}) });
      const { headers, json } = await httpClient(`${apiUrl}/${resource}?${query}`, { signal: params.signal });
      return { data: json, total: Number(headers.get('content-range')?.split('/').pop() ?? json.length) };
    },
  };
}

export async function createDataProvider(): Promise<AppDataProvider> {
  const { apiUrl } = await getConfig();
  const base = withServerOrder(withTenants(simpleRestProvider(apiUrl, httpClient), apiUrl), apiUrl);
  return {
    ...base,
    review: async (id, version) => ({ data: (await httpClient(`${apiUrl}/offers/${id}/review`, { method: 'POST', body: JSON.stringify({ version }) })).json }),
    scorecard: async (month) => (await httpClient(`${apiUrl}/scorecard${month ? `?month=${month}` : ''}`)).json,
    series: async (indicatorId) => (await httpClient(`${apiUrl}/indicators/${indicatorId}/series`)).json,
    computeIndicator: async (indicatorId, period) => (await httpClient(`${apiUrl}/indicators/${indicatorId}/compute`, { method: 'POST', body: JSON.stringify({ period }) })).json,
    locate: async (lat, lng) => (await httpClient(`${apiUrl}/locate?lat=${lat}&lng=${lng}`)).json,
    importBoundaries: async (level, body) => (await httpClient(`${apiUrl}/boundaries/${level}`, { method: 'POST', body: JSON.stringify(body) })).json,
    importAddressDirectory: async (body) => (await httpClient(`${apiUrl}/address-directory`, { method: 'POST', body: JSON.stringify(body) })).json,
    reporting: async (indicatorId, period) => (await httpClient(`${apiUrl}/indicators/${indicatorId}/reporting?period=${encodeURIComponent(period)}`)).json,
    workPlanStep: async (id, step, body) => (await httpClient(`${apiUrl}/work-plans/${id}/${step}`, { method: 'POST', body: JSON.stringify(body) })).json,
    matrix: async (socialSpaceId, view) => (await httpClient(`${apiUrl}/social-spaces/${socialSpaceId}/matrix?view=${view}`)).json,
    staff: async (socialSpaceId) => (await httpClient(`${apiUrl}/social-spaces/${socialSpaceId}/staff`)).json,
    confirmTranslation: async (resource, id, lang, version) => (await httpClient(`${apiUrl}/${resource}/${encodeURIComponent(id)}/translations/${encodeURIComponent(lang)}/confirm`, { method: 'POST', body: JSON.stringify({ version }) })).json,
    machineTranslate: async (id, lang, version) => (await httpClient(`${apiUrl}/offers/${encodeURIComponent(id)}/translations/${encodeURIComponent(lang)}/machine`, { method: 'POST', body: JSON.stringify({ version }) })).json,
    machineTranslateMany: async (lang, ids) => (await httpClient(`${apiUrl}/offers/machine-translations`, { method: 'POST', body: JSON.stringify({ lang, ids }) })).json,
    networkGraph: async (socialSpaceId) => (await httpClient(`${apiUrl}/social-spaces/${socialSpaceId}/network-graph`)).json,
    roomWeek: async (roomId, from) => (await httpClient(`${apiUrl}/rooms/${encodeURIComponent(roomId)}/week${from ? `?from=${from}` : ''}`)).json,
    roomBookingApproval: async (id) => (await httpClient(`${apiUrl}/room-bookings/${encodeURIComponent(id)}/approval`)).json,
    approveRoomBooking: async (id, body) => (await httpClient(`${apiUrl}/room-bookings/${encodeURIComponent(id)}/approval`, { method: 'POST', body: JSON.stringify(body) })).json,
    refuseRoomBooking: async (id, body) => (await httpClient(`${apiUrl}/room-bookings/${encodeURIComponent(id)}/refusal`, { method: 'POST', body: JSON.stringify(body) })).json,
    proposeRoomBookingTime: async (id, body) => (await httpClient(`${apiUrl}/room-bookings/${encodeURIComponent(id)}/proposal`, { method: 'POST', body: JSON.stringify(body) })).json,
  };
}
