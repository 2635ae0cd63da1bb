/**
 * Reads the principal that the authorizer put into the request context. API Gateway passes
 * authorizer context values as strings, so the principal travels as one JSON string.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Principal } from '../../shared/policy.ts';
import { UnavailableError } from '../../shared/db/errors.ts';
import { IdentityUnavailableError } from '../../shared/identity/directory.ts';

/**
 * The source the import job names when it replays a row through a route in-process. API Gateway
 * only ever passes what our authorizer returns, and the authorizer never sets it.
 */
export function viaFrom(event: APIGatewayProxyEvent): string | undefined {
  const via = event.requestContext?.authorizer?.via;
  return typeof via === 'string' && via ? via : undefined;
}

/** The authorizer could not decide (Cognito's keys or the database out of reach): answer 503, never 401, which signs people out. */
export function unavailableFrom(event: APIGatewayProxyEvent): void {
  const what = event.requestContext?.authorizer?.unavailable;
  if (what === 'identity') throw new IdentityUnavailableError(undefined);
  if (what) throw new UnavailableError(undefined);
}

export function principalFrom(event: APIGatewayProxyEvent): Principal | undefined {
  const raw = event.requestContext?.authorizer?.principal;
  if (typeof raw !== 'string' || !raw) return undefined;
  try {
    return JSON.parse(raw) as Principal;
  } catch {
    return undefined;
  }
}
