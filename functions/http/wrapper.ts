/**
 * The one middy wrapper. It fixes the middleware order for every HTTP function:
 *
 *   before:  1 logger + correlation id  2 header normalisation  3 body guards + JSON parsing
 *   route:   4 principal (401) and its tenant, whose scope the rest runs in  5 zod validation of params/query/body (400)
 *            6 policy check (403), loading the stored record for record-level scope (404)
 *            7 Powertools idempotency for writes that carry an Idempotency-Key
 *            8 the thin handler
 *   after:   9 CORS  10 security headers  11 problem+json error handler (onError)
 *
 * Steps 4–8 are per route, so they run inside the router; the rest is middy middleware.
 */
import { REQUEST_BUDGET_MS } from '../../shared/dependencyLimits.ts';
import { withinBudget } from '../../shared/requestBudget.ts';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpRouterHandler from '@middy/http-router';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createHash, randomUUID } from 'node:crypto';
import type * as z from 'zod';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import { actorOf, authorize, readFilter, type Principal } from '../../shared/policy.ts';
import { inTenant } from '../../shared/tenancy/scope.ts';
import { tenantOf } from './tenantOf.ts';
import { assertInService } from './migrationGate.ts';
import { countUsage } from './usage.ts';
import { CORS_ALLOWED_HEADERS } from '../../shared/contract/routes/groups.ts';
import type { Route } from '../../shared/contract/routes/route.ts';
import { jsonBody, MAX_BODY_BYTES } from './body.ts';
import { getDeps } from './deps.ts';
import { idempotencyKeyOf } from './createdOnce.ts';
import { principalFrom, unavailableFrom, viaFrom } from './principal.ts';
import { logger } from './logger.ts';
import { problemHeaders, problems, toProblem, zodErrors } from './problem.ts';
import type { Call, HttpMiddleware, HttpRequest, Impl, Reply } from './types.ts';


/** The API's own CSP: it serves data, never pages, except where a route sets a policy of its own. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";


/** The admin UI's origins (CDK sets the CloudFront one; locally the server's and vite's). */
export const CORS_ORIGINS = (process.env.CORS_ORIGINS ?? 'http://localhost:3000,http://localhost:5173').split(',');

/** Step 7, `withIdempotency` from ./idempotency.ts. */
export type Idempotency = (call: Call, context: Context, run: () => Promise<Reply>) => Promise<Reply>;

export interface FunctionOptions {
  /**
   * Given by the groups with `idempotent` routes only: Powertools idempotency is a large part of a
   * bundle, and the other functions never use it. Its place in the order stays fixed here.
   */
  idempotency?: Idempotency;
}

/** A function group's contract: its routes with their schemas (shared/contract/routes/<group>.ts). */
export type Contract = () => Promise<{ routes: Route[] }>;

/**
 * Builds the Lambda handler of one function group from its contract and the routes' implementations.
 *
 * The contract is a module loaded with the first request, not at import: its zod schemas are most of
 * what a cold start would build, and a function never loads another group's routes or schemas (the
 * bundle holds only its own). The middleware order below is fixed all the same.
 */
export function httpFunction(contract: Contract, impls: Record<string, Impl>, options: FunctionOptions = {}) {
  let built: Promise<(event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>> | undefined;
  /** The routed handler, built once; a failed load is not kept, so the next request tries again. */
  const load = () => (built ??= contract().then(({ routes }) => routedHandler(routes, impls, options)).catch((err) => {
    built = undefined;
    throw err;
  }));
  return Object.assign((event: APIGatewayProxyEvent, context: Context) => load().then((h) => h(event, context)), { load });
}

function routedHandler(groupRoutes: Route[], impls: Record<string, Impl>, options: FunctionOptions) {
  const { idempotency } = options;
  const fn = groupRoutes[0].fn;
  if (!idempotency && groupRoutes.some((r) => r.idempotent)) throw new Error(`Function ${fn} has idempotent routes: pass { idempotency: withIdempotency }`);
  const routes = groupRoutes.map((route) => {
    const impl = impls[route.operationId];
    if (!impl) throw new Error(`No implementation for ${route.operationId} in function ${fn}`);
    return { method: route.method, path: route.path, handler: (event: APIGatewayProxyEvent, context: Context) => withinBudget(budgetOf(context), () => runRoute(route, impl, event, context, idempotency)) };
  });
  const bodyLimits = new Map(groupRoutes.map((r) => [`${r.method} ${r.path}`, r.maxBodyBytes ?? MAX_BODY_BYTES]));
  const router = httpRouterHandler<APIGatewayProxyEvent, APIGatewayProxyResult>({
    routes,
    notFoundResponse: ({ method, path }) => {
      throw problems.notFound(`No route ${method} ${path}`);
    },
  });

  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>(router)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId())
    .use(httpCors({ origins: CORS_ORIGINS, credentials: true, exposeHeaders: 'Content-Range, X-Correlation-Id', headers: CORS_ALLOWED_HEADERS, methods: 'GET,POST,PUT,DELETE,OPTIONS', maxAge: 600 }))
    .use(defaultCsp())
    .use(httpSecurityHeaders({ contentSecurityPolicy: false }))
    .use(problemErrorHandler())
    .use(httpHeaderNormalizer())
    .use(jsonBody((event) => bodyLimits.get(`${event.httpMethod} ${event.resource}`) ?? MAX_BODY_BYTES));
}

/** The request's time for its dependencies: the budget, or less where the function has less left (a second kept to answer). */
const budgetOf = (context: Context) => Math.min(REQUEST_BUDGET_MS, (context.getRemainingTimeInMillis?.() ?? Infinity) - 1000);

/** Step 4 and the tenant: everything after runs in the scope of the principal's tenant (or the host's, for public routes). */
async function runRoute(route: Route, impl: Impl, event: APIGatewayProxyEvent, context: Context, idempotency?: Idempotency): Promise<APIGatewayProxyResult> {
  await assertInService();
  unavailableFrom(event);
  const principal = principalFrom(event);
  if (route.auth !== 'none' && !principal) throw problems.unauthorized();
  // The operator belongs to no tenant: only its own routes (and /me), refused before anything is read.
  if (principal?.kind === 'operator') {
    const may = route.permission ? authorize(principal, route.permission.resource, route.permission.action, { collection: true }).allowed : route.operationId === 'me';
    if (!may) throw problems.forbidden(`${route.permission?.resource ?? 'route'}:${route.permission?.action ?? 'read'}`, 'The operator runs tenants and does not read their records');
    return runInTenant(route, impl, event, context, principal, idempotency);
  }
  const tenant = await tenantOf(event, principal);
  await countUsage(tenant.id, 'requests');
  return inTenant(tenant.id, () => runInTenant(route, impl, event, context, principal, idempotency), tenant.facts);
}

async function runInTenant(route: Route, impl: Impl, event: APIGatewayProxyEvent, context: Context, principal: Principal | undefined, idempotency?: Idempotency): Promise<APIGatewayProxyResult> {
  const deps = getDeps();
  if (route.auth === 'clerk' && principal?.kind === 'partner')
    throw problems.forbidden(`${route.permission?.resource ?? 'route'}:${route.permission?.action ?? 'read'}`, 'Missing permission: this route is for signed-in clerks only');

  const params = parsePart('params', route.params, event.pathParameters ?? {});
  const query = parsePart('query', route.query, event.queryStringParameters ?? {});
  const body = route.body ? parsePart('body', route.body, event.body) : undefined;
  if (!route.body && event.body !== undefined && event.body !== null && (event.body as unknown) !== '')
    throw problems.badRequest('This route takes no request body');

  const def: EntityDef | undefined = route.entity ? entities[route.entity] : undefined;
  let current: Item | undefined;
  let readable: Call['readable'] = () => true;
  let scopeRef: Item | undefined;
  if (route.permission && principal) {
    const { resource, action } = route.permission;
    if (def && params.id) current = await deps.repo.get(def, params.id);
    // An action (confirm a plan, compute an indicator) is judged on the stored record it acts on.
    const after = route.bodyIsAction ? current : action === 'create' || action === 'update' ? body : undefined;
    const scoped = route.scopeFrom ? await scopeRecords(route.scopeFrom, current, after) : undefined;
    scopeRef = scoped?.ref;
    const judged = scoped ? { before: scoped.before, after: scoped.after } : { before: current, after };
    const decision = authorize(principal, resource, action, { ...judged, collection: !!route.list });
    if (!decision.allowed) throw problems.forbidden(decision.permission, decision.reason);
    if (route.list) readable = readFilter(principal, resource);
  }

  const call: Call = { route, params, query, body, headers: event.headers, principal, actor: actorOf(principal), via: viaFrom(event), current, scopeRef, readable, deps, event };
  const reply = idempotency && idempotencyKeyOf(call)
    ? await idempotency(call, context, () => impl(call))
    : await impl(call);
  const statusCode = reply.status ?? route.status ?? 200;
  const headers: Record<string, string> = { 'Content-Type': route.produces ? `${route.produces}; charset=utf-8` : 'application/json; charset=utf-8', ...reply.headers };
  const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  return route.publicCache && statusCode === 200 ? cacheable(event, headers, text) : { statusCode, headers, body: text };
}

/**
 * A public read: ETag, 304 for a matching If-None-Match, cacheable for a minute by anyone (unless the
 * handler said otherwise: a staff member's preview is `no-store`), from any origin.
 */
function cacheable(event: APIGatewayProxyEvent, headers: Record<string, string>, body: string): APIGatewayProxyResult {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const shared: Record<string, string> = { ...headers, ETag: etag, 'Cache-Control': headers['Cache-Control'] ?? 'public, max-age=60', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'false' };
  const sent = event.headers?.['if-none-match'];
  if (sent && sent.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    const { 'Content-Type': _type, ...rest } = shared;
    return { statusCode: 304, headers: rest, body: '' };
  }
  return { statusCode: 200, headers: shared, body };
}

/**
 * The records the policy judges for a record scoped by a reference (a meeting by its network, a
 * measure by its work plan): the record placed in the referenced record's social spaces, with its
 * own target groups, else the referenced record's. A missing reference places it nowhere.
 * Also returns the referenced record (of the request, else of the stored record), each read once,
 * for the handler's derived fields.
 */
async function scopeRecords(scopeFrom: NonNullable<Route['scopeFrom']>, before: Item | undefined, after: Item | undefined) {
  const { repo } = getDeps();
  const read = new Map<string, Promise<Item | undefined>>();
  const refOf = (record: Item | undefined) => {
    const id = record?.[scopeFrom.field];
    if (typeof id !== 'string') return Promise.resolve(undefined);
    if (!read.has(id)) read.set(id, repo.find(entities[scopeFrom.entity] as EntityDef, id));
    return read.get(id)!;
  };
  const place = (record: Item | undefined, ref: Item | undefined): Item | undefined => {
    if (!record) return record;
    const targetGroups = record.targetGroups?.length ? record.targetGroups : ref?.targetGroups;
    return { ...record, socialSpaceId: ref?.socialSpaceId, socialSpaceIds: ref?.socialSpaceIds, targetGroups };
  };
  const [beforeRef, afterRef] = await Promise.all([refOf(before), refOf(after)]);
  return { before: place(before, beforeRef), after: place(after, afterRef), ref: afterRef ?? beforeRef };
}

/** Each request part as the route's schema gives it (a part without a schema is passed on as it came). */
type Parsed = { params: Call['params']; query: Call['query']; body: Call['body'] };

function parsePart<P extends keyof Parsed>(part: P, schema: z.ZodType | undefined, value: unknown): Parsed[P] {
  if (!schema) return (value ?? {}) as Parsed[P];
  const res = schema.safeParse(value);
  if (!res.success) {
    const detail = part === 'body' && value === undefined ? 'A JSON request body is required' : `Invalid ${part === 'params' ? 'path parameters' : part}`;
    throw problems.badRequest(detail, zodErrors(part, res.error));
  }
  return res.data as Parsed[P];
}

/** Sets API_CSP unless the route chose its own policy. */
function defaultCsp(): HttpMiddleware {
  const apply = (request: HttpRequest) => {
    if (!request.response) return;
    request.response.headers = { ...request.response.headers };
    request.response.headers['Content-Security-Policy'] ??= API_CSP;
  };
  return { after: apply, onError: apply };
}

/** Correlation id: the caller's `X-Correlation-Id`, else the gateway's request id. Echoed back. */
function correlationId(): HttpMiddleware {
  const pick = (event: APIGatewayProxyEvent) => {
    const given = event.headers?.['x-correlation-id'] ?? event.headers?.['X-Correlation-Id'];
    return given && /^[\w.:-]{1,100}$/.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
  };
  const attach = (request: HttpRequest) => {
    const id = request.internal.correlationId as string;
    if (request.response) request.response.headers = { ...request.response.headers, 'X-Correlation-Id': id };
  };
  return {
    before: (request) => {
      const id = pick(request.event);
      request.internal.correlationId = id;
      logger.setCorrelationId(id);
    },
    after: attach,
    onError: attach,
  };
}

/** Turns any error into problem+json; unexpected ones are logged with the correlation id. */
function problemErrorHandler(): HttpMiddleware {
  return {
    onError: (request) => {
      const { body, expected } = toProblem(request.error);
      body.instance = request.event?.path;
      body.correlationId = request.internal.correlationId;
      if (!expected) logger.error('unexpected error', { error: request.error as Error, path: request.event?.path });
      else if (body.status === 503) logger.warn('dependency unavailable', { error: request.error as Error });
      request.response = {
        statusCode: body.status,
        headers: problemHeaders(body.status),
        body: JSON.stringify(body),
      };
    },
  };
}

