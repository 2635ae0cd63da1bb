/**
 * What a route is, and the generic CRUD routes of an entity. Each function group's routes are in
 * their own file beside this one (`offers.ts`, `planning.ts`, …) so that a function bundles only its
 * group's routes and schemas; `index.ts` joins them into the one table that CDK, the local server and
 * OpenAPI read.
 *
 * Pure data: routes name schemas and operations, never handler code, so that CDK can import them
 * without pulling in the functions.
 */
import * as z from 'zod';
import type { EntityDef, EntitySchemas, EntityType } from '../../entities.ts';
import { Id, metaShape } from '../../schemas/common.ts';
import { SPECIAL_FILTERS, type SpecialFilter } from '../listFilters.ts';
import { API_BASE, crudOperationIds, JSON_PARAM_MAX, type FunctionGroup } from './groups.ts';

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
  /** The list's filters with a meaning beyond "field equals value" (shared/contract/listFilters.ts). */
  specialFilters?: Record<string, SpecialFilter>;
  /** Rules across fields or records, for the operation's description. */
  rules?: string[];
  /** Answers with this media type instead of JSON (the API reference page, calendar feeds). */
  produces?: 'text/html' | 'text/calendar' | 'text/csv' | 'application/geo+json' | 'application/ld+json';
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
   * The entity's schemas, on its generic CRUD routes: the CRUD operations take the writable, the
   * server-owned and the listed fields from them (functions/http/crud.ts).
   */
  schemas?: EntitySchemas;
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
  /** An anonymous submission counted against its client's daily limit (429 beyond it). */
  limited?: boolean;
  /** Further problem answers of this route, documented with what they mean (e.g. 501 where a service exists only in AWS). */
  problemStatuses?: Record<number, string>;
}


export const JsonParam = (example: string) =>
  z.string().max(JSON_PARAM_MAX).optional().meta({ description: `JSON-encoded, e.g. ${example}` });

/** react-admin (ra-data-simple-rest) list parameters. */
export const ListQuery = z.strictObject({
  sort: JsonParam('["title","ASC"]'),
  range: JsonParam('[0,24]'),
  filter: JsonParam('{"q":"Eltern","status":"published"}'),
});

export const IdParams = z.strictObject({ id: Id });

/** The body of an action on a record that only checks the version read (review, confirm). */
export const ReviewBody = z.strictObject({ version: metaShape.version });

/** Partners may call these resources with an API key (the policy narrows it further). */
const partnerResources = new Set<EntityType>(['district', 'socialSpace', 'quarter', 'centre', 'organisation', 'offer', 'goal', 'network', 'activity', 'contribution', 'room', 'roomBooking']);
/** Partner writes to these honour `Idempotency-Key`. */
const idempotentResources = new Set<EntityType>(['offer', 'activity', 'contribution', 'roomBooking']);

export interface CrudOptions {
  /** A create body that carries more than the entity (a new user's temporary password). */
  createBody?: z.ZodType;
  /** A create answer that carries more than the entity (a new API key's secret, shown once). */
  createResponse?: z.ZodType;
  /** Records that are never edited (API keys: created, listed, revoked with DELETE). */
  withoutUpdate?: boolean;
}

/** The five generic routes of an entity (list, create, get, replace, delete), from its registry entry and schemas. */
export function crud(def: EntityDef, schemas: EntitySchemas, fn: FunctionGroup, options: CrudOptions = {}): Route[] {
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
    { method: 'GET', path: base, fn, operationId: op.list, summary: `List ${def.resource}`, auth, permission: perm('read'), query: ListQuery, response: schemas.entity, list: true, specialFilters: SPECIAL_FILTERS[def.resource] },
    { method: 'POST', path: base, fn, operationId: op.create, summary: `Create ${a}`, auth, permission: perm('create'), body: options.createBody ?? schemas.input, response: options.createResponse ?? schemas.entity, status: 201, idempotent, rules: def.rules, scopeFrom },
    { method: 'GET', path: `${base}/{id}`, fn, operationId: op.get, summary: `Get ${a}`, auth, permission: perm('read'), params: IdParams, entity, response: schemas.entity },
    { method: 'PUT', path: `${base}/{id}`, fn, operationId: op.update, summary: `Replace ${a} (optimistic: send the version you read)`, auth, permission: perm('update'), params: IdParams, entity, body: schemas.update, response: schemas.entity, idempotent, rules: def.rules, scopeFrom },
    { method: 'DELETE', path: `${base}/{id}`, fn, operationId: op.delete, summary: `Delete ${a} (refused while referenced)`, auth, permission: perm('delete'), params: IdParams, entity, response: schemas.entity, scopeFrom },
  ];
  return (options.withoutUpdate ? all.filter((r) => r.method !== 'PUT') : all).map((r) => ({ ...r, schemas }));
}
