/**
 * What a route implementation gets and gives: the validated, authorised request (`Call`) and
 * its answer (`Reply`). The wrapper builds the one and sends the other.
 * Also the Lambda and middy edge types of our functions, typed here once.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { Principal } from '../../shared/policy.ts';
import type { Route } from '../../shared/contract/routes/route.ts';
import type { Deps } from './deps.ts';
import type { Item } from '../../shared/entities.ts';

/** What the HTTP functions' middlewares keep in `request.internal`. */
export type HttpInternal = { correlationId?: string };
/** The middy request of an HTTP function (API Gateway REST proxy in, proxy result out). */
export type HttpRequest = middy.Request<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context, HttpInternal>;
export type HttpMiddleware = middy.MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context, HttpInternal>;

/** The schedules' event: `{ "source": "schedule", "kind"?: "report" | "reminders" | "catch-up", "month"?: "YYYY-MM", "day"?: "YYYY-MM-DD" }`. */
export interface ScheduleEvent {
  source?: 'schedule';
  /** `backfill` is what the hourly schedule sent before it also caught up; accepted while a deployment rolls. */
  kind?: 'report' | 'reminders' | 'catch-up' | 'backfill';
  month?: string;
  day?: string;
  /** One tenant's share of a run: set by the run's own fan-out (functions/reports/handler.ts), never by a schedule. */
  tenant?: string;
}
/** The reports function is invoked by its API routes and by EventBridge Scheduler. */
export type ReportsEvent = APIGatewayProxyEvent | ScheduleEvent;

/**
 * `body` and `query` are what the route's zod schemas gave (objects; `body` is undefined on routes
 * without one), loose because one `Impl` type serves every route. `body` stays `any`: handlers
 * assign it to their schema's type (e.g. `BoundaryImport`), which `Item` is not assignable to.
 */
export interface Call<B = any, Q = Item> {
  route: Route;
  params: Record<string, string>;
  query: Q;
  body: B;
  headers: Record<string, string | undefined>;
  principal?: Principal;
  /** `user:<id>`, `apikey:<id>` or `anonymous`: written into audit entries. */
  actor: string;
  /** Set only by the import job replaying a row through this route (`import:<file> row 14`); never from the request. */
  via?: string;
  /** The stored record for `{id}` routes (already loaded for the policy check). */
  current?: Item;
  /**
   * For records scoped by a reference (Route.scopeFrom): the referenced record, already loaded for
   * the policy check (a meeting's network, a measure's plan, an expense's budget line).
   */
  scopeRef?: Item;
  /** Keeps only what the principal may read (list routes). */
  readable: (record: Item) => boolean;
  deps: Deps;
  event: APIGatewayProxyEvent;
}

export interface Reply {
  status?: number;
  body?: unknown;
  /** A body that is not JSON (the API reference page); sent as it is, with `headers`' Content-Type. */
  text?: string;
  headers?: Record<string, string>;
}

/** One route's implementation. */
export type Impl = (call: Call) => Promise<Reply>;
