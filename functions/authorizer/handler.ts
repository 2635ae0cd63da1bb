/**
 * The one Lambda REQUEST authorizer for clerks and partners.
 * Trigger: API Gateway, before every route whose `auth` is not `none` (result cached per
 * Authorization/X-Api-Key for AUTHORIZER_CACHE_SECONDS, the longest revocation delay).
 * Access patterns: 5 (user by e-mail guard), 1 (user, API key), 9 (API key by hash).
 *
 * It allows `*` (the cached policy must fit every route); what a principal may do is
 * decided per route by the policy module inside the functions.
 */
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { API_KEY_PATTERN, hashApiKey, sameHash } from '../../shared/apiKeys.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import type { Principal } from '../../shared/policy.ts';
import { getDeps } from '../http/deps.ts';
import { logger } from '../http/wrapper.ts';
import { verifyIdToken } from './verifiers.ts';

export { AUTHORIZER_CACHE_SECONDS } from './cacheTtl.ts';
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

function header(event: APIGatewayRequestAuthorizerEvent, name: string): string | undefined {
  const h = event.headers ?? {};
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key ? (h[key] ?? undefined) : undefined;
}

async function userPrincipal(token: string): Promise<Principal | undefined> {
  const claims = await verifyIdToken(token).catch((err) => {
    logger.info('token rejected', { reason: String(err?.message ?? err) });
    return undefined;
  });
  if (!claims?.email) return undefined;
  const user = await getDeps().repo.findByUnique<any>(entities.user, { email: claims.email.toLowerCase() });
  if (!user || user.active === false) return undefined;
  return { kind: 'user', id: user.id, email: user.email, name: user.name, assignments: user.assignments ?? [] };
}

async function partnerPrincipal(plaintext: string): Promise<Principal | undefined> {
  if (!API_KEY_PATTERN.test(plaintext)) return undefined;
  const { repo, now } = getDeps();
  const hash = hashApiKey(plaintext);
  const guard = await repo.getRaw(keys.apiKeyHash(hash));
  if (!guard || !sameHash(guard.hash, hash)) return undefined;
  const key = await repo.find<any>(entities.apiKey, guard.apiKeyId);
  const t = now();
  if (!key || key.revokedAt || (key.expiresAt && Date.parse(key.expiresAt) <= t.getTime())) return undefined;
  if (!key.lastUsedAt || t.getTime() - Date.parse(key.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    // Usage telemetry, not a change of the key: written without version bump or audit entry.
    await repo.doc
      .send(new UpdateCommand({ TableName: repo.table, Key: keys.entity('apiKey', key.id), UpdateExpression: 'SET lastUsedAt = :t', ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':t': t.toISOString() } }))
      .catch((err) => logger.warn('lastUsedAt not recorded', { error: err }));
  }
  return { kind: 'partner', id: `apikey:${key.id}`, organisationId: key.organisationId, apiKeyId: key.id };
}

/** Resolves the caller; `undefined` means 401. Shared by the Lambda and the local server. */
export async function resolvePrincipal(event: APIGatewayRequestAuthorizerEvent): Promise<Principal | undefined> {
  const auth = header(event, 'authorization');
  const apiKey = header(event, 'x-api-key') ?? /^ApiKey\s+(\S+)$/.exec(auth?.trim() ?? '')?.[1];
  if (apiKey) return partnerPrincipal(apiKey.trim());
  const m = auth && /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(auth.trim());
  return m ? userPrincipal(m[1]) : undefined;
}

export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const principal = await resolvePrincipal(event);
  // API Gateway answers 401 for exactly this error message.
  if (!principal) throw new Error('Unauthorized');
  const [arnBase] = event.methodArn.split('/');
  const stage = event.methodArn.split('/')[1];
  return {
    principalId: principal.id,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: `${arnBase}/${stage}/*/*` }] },
    context: { principal: JSON.stringify(principal) },
  };
};
