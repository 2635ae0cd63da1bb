/**
 * Reads the principal that the authorizer put into the request context. API Gateway passes
 * authorizer context values as strings, so the principal travels as one JSON string.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Principal } from '../../shared/policy.ts';

export function principalFrom(event: APIGatewayProxyEvent): Principal | undefined {
  const raw = event.requestContext?.authorizer?.principal;
  if (typeof raw !== 'string' || !raw) return undefined;
  try {
    return JSON.parse(raw) as Principal;
  } catch {
    return undefined;
  }
}
