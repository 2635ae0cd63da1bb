/**
 * What a route implementation gets and gives: the validated, authorised request (`Call`) and
 * its answer (`Reply`). The wrapper builds the one and sends the other.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Principal } from '../../shared/policy.ts';
import type { Route } from '../../shared/contract/routes.ts';
import type { Deps } from './deps.ts';
import type { Item } from '../../shared/entities.ts';

export interface Call<B = any, Q = any> {
  route: Route;
  params: Record<string, string>;
  query: Q;
  body: B;
  headers: Record<string, string | undefined>;
  principal?: Principal;
  /** `user:<id>`, `apikey:<id>` or `anonymous`: written into audit entries. */
  actor: string;
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
