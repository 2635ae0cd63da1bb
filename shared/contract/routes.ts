/**
 * The one route table. CDK builds the API Gateway routes from it, the local server serves it,
 * and the OpenAPI document is generated from it. There is no second list anywhere.
 *
 * Pure data: it names schemas and operations, never handler code, so that CDK can import it
 * without pulling in the functions.
 */
import * as z from 'zod';
import { entities, type EntityDef, type EntityType } from '../entities.ts';
import { AuditEntry } from '../schemas/auditEntry.ts';
import { Email, Geo, Id, IsoDate, metaShape, TargetGroup, Theme, Weekday } from '../schemas/common.ts';
import { BoundaryGeoJson, BoundaryImport, BoundaryLevel, BoundaryVersion, QUARTER_WITHIN_SHARE } from '../schemas/boundary.ts';
import { Frequency } from '../schemas/indicator.ts';
import { Period } from '../schemas/measurement.ts';
import { PublicOfferView } from '../schemas/offer.ts';
import { HsdsListQuery, hsdsPage, HsdsOrganization, HsdsRoot, HsdsService, HsdsServiceAtLocation, HsdsTaxonomy, HsdsTaxonomyTerm } from '../schemas/hsds.ts';
import { OwnSettings, UserCreateBody } from '../schemas/user.ts';
import { Month, ReportDetail, ReportOutcome, ReportSummary } from '../schemas/report.ts';
import { ApiKeyCreated } from '../schemas/apiKey.ts';

export const API_BASE = '/v1';

/** The request headers the API accepts from the admin UI's origin (CORS), in AWS and locally. */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, X-Api-Key, Idempotency-Key, If-Match, X-Correlation-Id';

/** The Lambda functions; each serves the routes of its group through one middy http-router. */
export const FUNCTION_GROUPS = ['spatial', 'boundaries', 'organisations', 'offers', 'indicators', 'networks', 'planning', 'public', 'system', 'reports'] as const;
export type FunctionGroup = (typeof FUNCTION_GROUPS)[number];

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Action = 'read' | 'create' | 'update' | 'delete';

/**
 * `none`: public. `clerk`: a signed-in user (Cognito). `clerk-or-partner`: also a partner API key.
 * What the principal may do is then decided by the policy module from `permission`.
 */
export type Auth = 'none' | 'clerk' | 'clerk-or-partner';

export interface Route {
  method: Method;
  /** Path with `{param}` placeholders, as API Gateway and middy's http-router write them. */
  path: string;
  fn: FunctionGroup;
  operationId: string;
  summary: string;
  auth: Auth;
  /** Checked by the policy module before the handler runs. */
  permission?: { resource: string; action: Action };
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success response body; lists are arrays of it. */
  response?: z.ZodType;
  /** Further success statuses besides `status` (e.g. 200 when a send was skipped). */
  alsoStatus?: number[];
  /** The list's `filter` parameter, when the route does not list an entity (whose fields make it). */
  filter?: z.ZodObject;
  /** Rules across fields or records, for the operation's description. */
  rules?: string[];
  /** Answers with this media type instead of JSON (the API reference page, calendar feeds). */
  produces?: 'text/html' | 'text/calendar' | 'application/geo+json';
  /** Failure statuses answered with a page of the `produces` type rather than problem+json (a link's German pages). */
  pageStatuses?: number[];
  /**
   * A public read that anyone may cache for a minute: `ETag` with 304 for `If-None-Match`,
   * `Cache-Control: public, max-age=60`, and `Access-Control-Allow-Origin: *`.
   */
  publicCache?: boolean;
  /** The entity an `{id}` route is about: the wrapper loads it for the policy check. */
  entity?: EntityType;
  /**
   * The policy judges the record this field of the request (create, update) or of the stored record
   * (update, delete) references, instead of the record itself (EntityDef.scopeFrom).
   */
  scopeFrom?: { entity: EntityType; field: string };
  /** The body is an action's arguments (e.g. `{version}`), not a record: the policy judges the stored one. */
  bodyIsAction?: boolean;
  list?: boolean;
  status?: number;
  /** Partner writes honour `Idempotency-Key`. */
  idempotent?: boolean;
  /** A larger body limit than the default 256 KB (a boundary import). */
  maxBodyBytes?: number;
}

/** Limits of the list parameters (react-admin conventions), documented in OpenAPI. */
export const JSON_PARAM_MAX = 4000;
export const MAX_PAGE = 1000;

const JsonParam = (example: string) =>
  z.string().max(JSON_PARAM_MAX).optional().meta({ description: `JSON-encoded, e.g. ${example}` });

/** react-admin (ra-data-simple-rest) list parameters. */
export const ListQuery = z.strictObject({
  sort: JsonParam('["title","ASC"]'),
  range: JsonParam('[0,24]'),
  filter: JsonParam('{"q":"Eltern","status":"published"}'),
});

const IdParams = z.strictObject({ id: Id });

const crudGroups: Partial<Record<EntityType, FunctionGroup>> = {
  district: 'spatial',
  socialSpace: 'spatial',
  quarter: 'spatial',
  centre: 'spatial',
  organisation: 'organisations',
  user: 'organisations',
  apiKey: 'organisations',
  offer: 'offers',
  goal: 'indicators',
  indicator: 'indicators',
  target: 'indicators',
  measurement: 'indicators',
  network: 'networks',
  meeting: 'networks',
  activity: 'networks',
  need: 'planning',
  workPlan: 'planning',
  measure: 'planning',
  budgetLine: 'planning',
  expense: 'planning',
  areaFigure: 'planning',
  contribution: 'indicators',
};

/** Partners may call these resources with an API key (the policy narrows it further). */
const partnerResources = new Set<EntityType>(['district', 'socialSpace', 'quarter', 'centre', 'organisation', 'offer', 'goal', 'network', 'activity', 'contribution']);
/** Partner writes to these honour `Idempotency-Key`. */
const idempotentResources = new Set<EntityType>(['offer', 'activity', 'contribution']);

/** Create bodies that carry more than the entity (a new user's temporary password). */
const createBodies: Partial<Record<EntityType, z.ZodType>> = { user: UserCreateBody };
/** Create answers that carry more than the entity (a new API key's secret, shown once). */
const createResponses: Partial<Record<EntityType, z.ZodType>> = { apiKey: ApiKeyCreated };

/** API keys are never edited: created (secret shown once), listed, revoked with DELETE. */
const withoutUpdate = new Set<EntityType>(['apiKey']);

/** The naming rule of the generic routes, written once: `listOffers`, `createOffer`, … */
export function crudOperationIds(type: EntityType) {
  const name = type[0].toUpperCase() + type.slice(1);
  return { list: `list${name}s`, create: `create${name}`, get: `get${name}`, update: `update${name}`, delete: `delete${name}` };
}

function crud(def: EntityDef, fn: FunctionGroup): Route[] {
  const base = `${API_BASE}/${def.resource}`;
  const op = crudOperationIds(def.type);
  const entity = def.type;
  const auth: Auth = partnerResources.has(def.type) ? 'clerk-or-partner' : 'clerk';
  const perm = (action: Action) => ({ resource: def.resource, action });
  const idempotent = idempotentResources.has(def.type);
  const scopeFrom = def.scopeFrom ? { entity: def.refs[def.scopeFrom], field: def.scopeFrom } : undefined;
  // "a social space", "an offer": summaries read as English in the API reference.
  const noun = def.type.replace(/([A-Z])/g, ' $1').toLowerCase();
  const a = `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  const all: Route[] = [
    { method: 'GET', path: base, fn, operationId: op.list, summary: `List ${def.resource}`, auth, permission: perm('read'), query: ListQuery, response: def.schemas.entity, list: true },
    { method: 'POST', path: base, fn, operationId: op.create, summary: `Create ${a}`, auth, permission: perm('create'), body: createBodies[def.type] ?? def.schemas.input, response: createResponses[def.type] ?? def.schemas.entity, status: 201, idempotent, rules: def.rules, scopeFrom },
    { method: 'GET', path: `${base}/{id}`, fn, operationId: op.get, summary: `Get ${a}`, auth, permission: perm('read'), params: IdParams, entity, response: def.schemas.entity },
    { method: 'PUT', path: `${base}/{id}`, fn, operationId: op.update, summary: `Replace ${a} (optimistic: send the version you read)`, auth, permission: perm('update'), params: IdParams, entity, body: def.schemas.update, response: def.schemas.entity, idempotent, rules: def.rules, scopeFrom },
    { method: 'DELETE', path: `${base}/{id}`, fn, operationId: op.delete, summary: `Delete ${a} (refused while referenced)`, auth, permission: perm('delete'), params: IdParams, entity, response: def.schemas.entity, scopeFrom },
  ];
  return withoutUpdate.has(def.type) ? all.filter((r) => r.method !== 'PUT') : all;
}

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PublicAreas = z.object({
  socialSpaces: z.array(z.object({ id: Id, name: z.string() })),
  quarters: z.array(z.object({ id: Id, name: z.string(), socialSpaceId: Id })),
  themes: z.array(z.string()),
  targetGroups: z.array(TargetGroup),
  languages: z.array(z.string()),
});

/** The finder's filters (and the calendar feed's), as query parameters a resident's link can carry. */
export const PublicOfferFilter = z.strictObject({
  socialSpaceId: Id.optional(),
  quarterId: Id.optional(),
  theme: Theme.optional(),
  targetGroup: TargetGroup.optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  weekday: Weekday.optional(),
  free: Flag.optional(),
  wheelchair: Flag.optional(),
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  q: z.string().max(200).optional(),
});
export const PublicOfferQuery = PublicOfferFilter.extend({ range: JsonParam('[0,24]') });

export const SeriesQuery = z.strictObject({ socialSpaceId: Id.optional() });
export const SeriesPoint = z.object({ period: Period, value: z.number().nullable(), target: z.number().nullable(), baseline: z.number().nullable() });
export const Series = z.object({
  indicatorId: Id,
  frequency: Frequency,
  series: z.array(z.object({ socialSpaceId: Id, points: z.array(SeriesPoint) })),
});

export const ScorecardQuery = z.strictObject({ month: Month.optional() });
/** A user's own settings (a slice of their record; id `settings` for react-admin). */
export const MySettingsBody = OwnSettings.extend({ id: z.literal('settings').optional(), version: metaShape.version });
export const MySettings = OwnSettings.extend({ id: z.literal('settings'), version: metaShape.version });
export const Me = z.object({ principal: z.record(z.string(), z.unknown()), capabilities: z.record(z.string(), z.array(z.string())) });

export const ReportRequest = z.strictObject({
  month: Month.optional(),
  force: z.boolean().default(false),
});
const MonthParams = z.strictObject({ month: Month });

/** The audit trail's filter: one entity's trail, one actor's, or one month (the default). */
export const AuditFilter = z.strictObject({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(120).optional(),
  month: Month.optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
});

export const ReviewBody = z.strictObject({ version: metaShape.version });

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

/** Age bands of the need-vs-offer matrix (the prevention chain: 0–3 … 65+), [from, to) in years. */
export const MATRIX_AGE_BANDS = [[0, 3], [3, 6], [6, 10], [10, 14], [14, 18], [18, 27], [27, 65], [65, 121]] as const;
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
export const NeedOfferMatrix = z.object({ socialSpaceId: Id, view: z.enum(['all', 'kekiz']), ageBands: z.array(z.string()), themes: z.array(z.string()), cells: z.array(MatrixCell), gaps: z.array(MatrixCell) });
export const StaffMember = z.object({ id: Id, name: z.string(), role: z.string() });

/** Age bands of the search-gap counts (a searched age is stored only as its band). */
export const AGE_BANDS = [[0, 5], [6, 11], [12, 17], [18, 26], [27, 64], [65, 120]] as const;
export const SearchGapFilter = z.strictObject({ month: Month.optional() });
export const SearchGapRow = z.object({
  id: z.string(),
  month: Month,
  socialSpaceId: z.string(),
  theme: z.string(),
  targetGroup: z.string(),
  ageBand: z.string(),
  count: z.number().int(),
});

/** Which period to compute: any period form the indicator's frequency uses (`2026-11`, `2026-Q3`, `2026`). */
export const ComputeRequest = z.strictObject({ period: Period });
export const ComputeOutcome = z.object({
  indicatorId: Id,
  period: Period,
  results: z.array(z.object({ socialSpaceId: Id, value: z.number().nullable(), outcome: z.enum(['created', 'updated', 'unchanged', 'removed', 'none']) })),
});

/** One open agreement of a meeting (the follow-up list). */
export const OpenAgreement = z.object({
  id: Id,
  meetingId: Id,
  networkId: Id,
  meetingDate: z.iso.date(),
  socialSpaceIds: z.array(Id),
  text: z.string(),
  ownerOrganisationId: Id.optional(),
  ownerUserId: Id.optional(),
  dueDate: z.iso.date().optional(),
  status: z.literal('open'),
});
export const OpenAgreementFilter = z.strictObject({
  /** Due on or before this day (overdue ones included); undated agreements are left out. */
  dueBefore: z.iso.date().optional(),
  socialSpaceId: z.union([Id, z.array(Id).max(50)]).optional(),
  networkId: Id.optional(),
});

export const NetworkGraphQuery = z.strictObject({
  /** The last month of the window (default: the previous month, Europe/Berlin). */
  until: Month.optional(),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export const NetworkGraph = z.object({
  socialSpaceId: Id,
  from: Month,
  until: Month,
  nodes: z.array(z.object({ id: Id, meetings: z.number().int() })),
  edges: z.array(z.object({ source: Id, target: Id, meetings: z.number().int() })),
  /** Share of organisation pairs that met at least once, in percent (null with fewer than two). */
  density: z.number().nullable(),
});
/** Who has reported a partner indicator's figure for one period, and who has not. */
export const ReportingQuery = z.strictObject({ period: Period });
export const ReportingStatus = z.object({
  indicatorId: Id,
  period: Period,
  rows: z.array(z.object({ organisationId: Id, socialSpaceId: Id, reported: z.boolean(), value: z.number().nullable(), contributionId: Id.nullable(), updatedAt: z.string().nullable() })),
  /** The measurement per social space: the sum of the contributions. */
  sums: z.array(z.object({ socialSpaceId: Id, value: z.number() })),
});
/** Boundaries: import, versions, public GeoJSON, and the location check. */
const LevelParams = z.strictObject({ level: BoundaryLevel });
export const BoundaryImportOutcome = z.object({ version: BoundaryVersion, missingAreas: z.array(Id) });
const BoundaryFile = z.enum(BoundaryLevel.options.map((l) => `${l}.geojson`) as [string, ...string[]]);
export const BoundaryFileQuery = z.strictObject({ at: IsoDate.optional() });
export const BoundaryVersionFilter = z.strictObject({ level: BoundaryLevel.optional() });
export const LocateQuery = z.strictObject({ lat: z.coerce.number().min(-90).max(90), lng: z.coerce.number().min(-180).max(180) });
export const Assignment = z.object({ quarterId: Id.optional(), socialSpaceId: Id.optional(), districtId: Id.optional(), illustrative: z.boolean() });
export const LocationMismatch = z.object({
  id: z.string(),
  type: z.enum(['centre', 'offer']),
  recordId: Id,
  name: z.string(),
  geo: Geo,
  statedSocialSpaceIds: z.array(Id),
  locatedSocialSpaceId: Id.optional(),
  locatedQuarterId: Id.optional(),
});

/** A "still current" link's token (shared/domain/offerLink.ts). */
const LinkParams = z.strictObject({ token: z.string().min(10).max(600) });

/** The report settings before their first save (version 0): the defaults, or the first body. */
const UnsavedReportSettings = (entities.reportSettings.schemas.input as z.ZodObject).extend({ version: z.literal(0) });

export const Health = z.object({ status: z.literal('ok'), time: z.string() });
export const AuditQuery = ListQuery;

export const routes: Route[] = [
  ...Object.entries(crudGroups).flatMap(([type, fn]) => crud(entities[type as EntityType], fn!)),
  {
    method: 'POST', path: `${API_BASE}/offers/{id}/review`, fn: 'offers', operationId: 'reviewOffer',
    summary: 'Confirm that an offer is still current (sets reviewedAt)', auth: 'clerk',
    permission: { resource: 'offers', action: 'update' }, params: IdParams, body: ReviewBody, response: entities.offer.schemas.entity, entity: 'offer', bodyIsAction: true,
  },
  {
    method: 'GET', path: `${API_BASE}/indicators/{id}/series`, fn: 'indicators', operationId: 'getIndicatorSeries',
    summary: 'Time series of an indicator with target and baseline, per social space', auth: 'clerk',
    permission: { resource: 'indicators', action: 'read' }, params: IdParams, query: SeriesQuery, response: Series, entity: 'indicator',
  },
  {
    method: 'GET', path: `${API_BASE}/scorecard`, fn: 'indicators', operationId: 'getScorecard',
    summary: 'Goal scorecard per social space for a month (default: the previous month, Europe/Berlin)', auth: 'clerk',
    permission: { resource: 'indicators', action: 'read' }, query: ScorecardQuery,
  },
  {
    method: 'POST', path: `${API_BASE}/indicators/{id}/compute`, fn: 'indicators', operationId: 'computeIndicator',
    summary: 'Compute a computed indicator for one period in every social space (idempotent; changed values are audited as system:metrics)', auth: 'clerk',
    permission: { resource: 'indicator-computations', action: 'create' }, params: IdParams, body: ComputeRequest, response: ComputeOutcome, entity: 'indicator', bodyIsAction: true,
    rules: ['Only for indicators with `source: computed`; the period must match the indicator\'s frequency.'],
  },
  {
    method: 'GET', path: `${API_BASE}/indicators/{id}/reporting`, fn: 'indicators', operationId: 'getReportingStatus',
    summary: 'Which partner organisations have reported an indicator (source: partner) for a period, per social space, and the sums', auth: 'clerk',
    permission: { resource: 'contributions', action: 'read' }, params: IdParams, query: ReportingQuery, response: ReportingStatus, entity: 'indicator',
  },
  {
    method: 'POST', path: `${API_BASE}/boundaries/{level}`, fn: 'boundaries', operationId: 'importBoundaries',
    summary: 'Import the boundaries of one level as a GeoJSON FeatureCollection (WGS84 or EPSG:25832), as a new version valid from a day', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'create' }, params: LevelParams, body: BoundaryImport, response: BoundaryImportOutcome, status: 201, maxBodyBytes: 5 * 1024 * 1024,
    rules: [
      'Polygons must be valid: closed rings, no self-intersections; each feature matches an area of the level by id or name, once.',
      `Each quarter lies within its social space by at least ${QUARTER_WITHIN_SHARE * 100} % of its area (the social spaces' boundaries valid on \`validFrom\`).`,
      'Every failure names the feature, field by field (400). Bodies up to 5 MB.',
    ],
  },
  {
    method: 'GET', path: `${API_BASE}/boundary-versions`, fn: 'spatial', operationId: 'listBoundaryVersions',
    summary: 'Imported boundary versions, newest valid-from first', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'read' }, query: ListQuery, response: BoundaryVersion, list: true, filter: BoundaryVersionFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/public/boundaries/{file}`, fn: 'public', operationId: 'getPublicBoundaries',
    summary: 'The boundaries of one level as GeoJSON (districts.geojson, social-spaces.geojson, quarters.geojson), as valid today or on `at`', auth: 'none',
    params: z.strictObject({ file: BoundaryFile }), query: BoundaryFileQuery, produces: 'application/geo+json', response: BoundaryGeoJson, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/locate`, fn: 'spatial', operationId: 'locate',
    summary: 'Quarter, social space and district of a point (point-in-polygon; a point on a shared border goes to the area whose id sorts first)', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'read' }, query: LocateQuery, response: Assignment,
  },
  {
    method: 'GET', path: `${API_BASE}/location-mismatches`, fn: 'spatial', operationId: 'listLocationMismatches',
    summary: 'Centres and offers whose coordinates lie outside the social space they state', auth: 'clerk',
    permission: { resource: 'location-mismatches', action: 'read' }, query: ListQuery, response: LocationMismatch, list: true,
  },
  {
    method: 'GET', path: `${API_BASE}/offer-confirmations/{token}`, fn: 'offers', operationId: 'showOfferConfirmation',
    summary: 'The page behind a reminder\'s "still current" link: names the offer and asks to confirm (a GET changes nothing, so link scanners cannot confirm)', auth: 'none', params: LinkParams, produces: 'text/html', pageStatuses: [400, 409, 410],
  },
  {
    method: 'POST', path: `${API_BASE}/offer-confirmations/{token}`, fn: 'offers', operationId: 'confirmOfferByLink',
    summary: 'Confirms the offer of a "still current" link without signing in (signed, bound to the offer version, 14 days, once); audited as link:<offer>', auth: 'none', params: LinkParams, produces: 'text/html', pageStatuses: [400, 409, 410],
    rules: ['A tampered link is 400, an expired one 410, a used one or a changed offer 409, each with a German page that changes nothing.'],
  },
  ...(['confirm', 'review', 'close'] as const).map((step): Route => ({
    method: 'POST', path: `${API_BASE}/work-plans/{id}/${step}`, fn: 'planning', operationId: `${step}WorkPlan`,
    summary: WORK_PLAN_STEPS[step], auth: 'clerk', params: IdParams, entity: 'workPlan', bodyIsAction: true,
    permission: { resource: step === 'confirm' ? 'work-plan-confirmations' : 'work-plan-reviews', action: 'create' },
    body: step === 'review' ? WorkPlanReviewBody : ReviewBody, response: entities.workPlan.schemas.entity,
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
  {
    method: 'GET', path: `${API_BASE}/open-agreements`, fn: 'networks', operationId: 'listOpenAgreements',
    summary: 'Open agreements from meetings, earliest due date first (the follow-up list)', auth: 'clerk',
    permission: { resource: 'meetings', action: 'read' }, query: ListQuery, response: OpenAgreement, list: true, filter: OpenAgreementFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/social-spaces/{id}/network-graph`, fn: 'networks', operationId: 'getNetworkGraph',
    summary: 'Organisations that met in a social space (nodes) and who met whom (edges), with the density of goal 2', auth: 'clerk',
    permission: { resource: 'networks', action: 'read' }, params: IdParams, query: NetworkGraphQuery, response: NetworkGraph, entity: 'socialSpace',
  },
  {
    method: 'GET', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'getMySettings',
    summary: 'The signed-in user\'s own settings: the goal report and which reminders they receive', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'read' }, response: MySettings,
  },
  {
    method: 'PUT', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'updateMySettings',
    summary: 'Change one\'s own report and reminder settings (send the version you read)', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'update' }, body: MySettingsBody, response: MySettings,
  },
  {
    method: 'GET', path: `${API_BASE}/me`, fn: 'system', operationId: 'me',
    summary: 'The signed-in principal and what it may do (for the admin UI)', auth: 'clerk-or-partner', response: Me,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers`, fn: 'public', operationId: 'listPublicOffers',
    summary: 'Published offers, for everyone (public projection; a search without result is counted, by its filter values only)', auth: 'none', query: PublicOfferQuery, response: PublicOfferView, list: true, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers/{id}`, fn: 'public', operationId: 'getPublicOffer',
    summary: 'One published offer (public projection)', auth: 'none', params: IdParams, response: PublicOfferView, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers/{id}/calendar.ics`, fn: 'public', operationId: 'getOfferCalendar',
    summary: 'One published offer\'s dates as an iCalendar feed (RFC 5545, Europe/Berlin)', auth: 'none', params: IdParams, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/areas`, fn: 'public', operationId: 'getPublicAreas',
    summary: 'What the finder offers to choose from: social spaces, quarters, themes, target groups, languages', auth: 'none', response: PublicAreas, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/calendar.ics`, fn: 'public', operationId: 'getCalendar',
    summary: 'The dates of all published offers the filters select, as an iCalendar feed', auth: 'none', query: PublicOfferFilter, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds`, fn: 'public', operationId: 'hsdsRoot',
    summary: 'HSDS 3.0: version, profile and OpenAPI URL of this Open Referral API', auth: 'none', response: HsdsRoot, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/services`, fn: 'public', operationId: 'hsdsListServices',
    summary: 'HSDS 3.0 services (published, paused and ended offers), paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsService), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/services/{id}`, fn: 'public', operationId: 'hsdsGetService',
    summary: 'One HSDS 3.0 service, with its organization', auth: 'none', params: z.strictObject({ id: z.uuid() }), response: HsdsService, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/organizations`, fn: 'public', operationId: 'hsdsListOrganizations',
    summary: 'HSDS 3.0 organizations, paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsOrganization), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/organizations/{id}`, fn: 'public', operationId: 'hsdsGetOrganization',
    summary: 'One HSDS 3.0 organization', auth: 'none', params: z.strictObject({ id: z.uuid() }), response: HsdsOrganization, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/service_at_locations`, fn: 'public', operationId: 'hsdsListServiceAtLocations',
    summary: 'HSDS 3.0 services at their locations, paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsServiceAtLocation), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/taxonomies`, fn: 'public', operationId: 'hsdsListTaxonomies',
    summary: 'HSDS 3.0 taxonomies: themes and target groups', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsTaxonomy), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/taxonomy_terms`, fn: 'public', operationId: 'hsdsListTaxonomyTerms',
    summary: 'HSDS 3.0 taxonomy terms (each theme and target group)', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsTaxonomyTerm), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/search-gaps`, fn: 'system', operationId: 'listSearchGaps',
    summary: 'Public searches that found nothing in a month, counted by social space, theme, target group and age band', auth: 'clerk',
    permission: { resource: 'search-gaps', action: 'read' }, query: ListQuery, response: SearchGapRow, list: true, filter: SearchGapFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/audit-events`, fn: 'system', operationId: 'listAuditEvents',
    summary: 'Audit trail: filter by entityType+entityId, by actor, or by month (default: current month)', auth: 'clerk',
    permission: { resource: 'audit-events', action: 'read' }, query: AuditQuery, response: AuditEntry, list: true, filter: AuditFilter,
  },
  {
    method: 'POST', path: `${API_BASE}/reports`, fn: 'reports', operationId: 'sendReport',
    summary: 'Compute and e-mail the monthly goal report (once per month; `force` sends again)', auth: 'clerk',
    permission: { resource: 'reports', action: 'create' }, body: ReportRequest, response: ReportOutcome, status: 201, alsoStatus: [200],
  },
  {
    method: 'GET', path: `${API_BASE}/reports`, fn: 'reports', operationId: 'listReports',
    summary: 'Sent reports (month, status, recipients)', auth: 'clerk', permission: { resource: 'reports', action: 'read' }, query: ListQuery, list: true, response: ReportSummary, filter: z.strictObject({}),
  },
  {
    method: 'GET', path: `${API_BASE}/reports/{month}`, fn: 'reports', operationId: 'getReport',
    summary: 'One report with its figures and HTML', auth: 'clerk', permission: { resource: 'reports', action: 'read' }, params: MonthParams, response: ReportDetail,
  },
  {
    method: 'GET', path: `${API_BASE}/report-settings/{id}`, fn: 'reports', operationId: 'getReportSettings',
    summary: 'Report settings (id `default`): extra recipients besides leadership', auth: 'clerk',
    permission: { resource: 'reports', action: 'read' }, params: IdParams,
    // Before the first save the settings exist only as their default, with version 0.
    response: entities.reportSettings.schemas.entity.or(UnsavedReportSettings.extend({ id: z.literal('default') })),
  },
  {
    method: 'PUT', path: `${API_BASE}/report-settings/{id}`, fn: 'reports', operationId: 'updateReportSettings',
    summary: 'Change the report settings (send the version you read; 0 before the first save)', auth: 'clerk',
    permission: { resource: 'reports', action: 'update' }, params: IdParams,
    body: entities.reportSettings.schemas.update.or(UnsavedReportSettings.extend({ id: z.string().optional() })),
    response: entities.reportSettings.schemas.entity,
  },
  { method: 'GET', path: `${API_BASE}/health`, fn: 'system', operationId: 'health', summary: 'Liveness', auth: 'none', response: Health },
  { method: 'GET', path: `${API_BASE}/openapi.json`, fn: 'system', operationId: 'openapi', summary: 'This API as OpenAPI 3.1', auth: 'none' },
  { method: 'GET', path: `${API_BASE}/docs`, fn: 'system', operationId: 'apiReference', summary: 'This API as a rendered reference (HTML page)', auth: 'none', produces: 'text/html' },
];

export const routesOf = (fn: FunctionGroup) => routes.filter((r) => r.fn === fn);

/** Matches a concrete path against the table (local server); returns the route and its params. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  for (const route of routes) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const re = new RegExp(`^${route.path.replace(/\{(\w+)\}/g, (_m, name) => (names.push(name), '([^/]+)'))}$`);
    const m = re.exec(clean);
    if (m) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return undefined;
}

/** The methods some route serves on this path (for 405 with `Allow`, vs 404 when there are none). */
export const methodsOf = (path: string): Method[] => (['GET', 'POST', 'PUT', 'DELETE'] as const).filter((m) => matchRoute(m, path));
