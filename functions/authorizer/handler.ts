/**
 * The one Lambda REQUEST authorizer for clerks and partners.
 * Trigger: API Gateway, before every route whose `auth` is not `none`. The gateway caches
 * nothing (TTL 0, no identity sources, so `X-Api-Key` alone works too); resolved principals are
 * reused for PRINCIPAL_CACHE_SECONDS in memory, which bounds how long a revocation takes.
 * Access patterns: 13 (user by Cognito sub), 1 (user, API key), 9 (API key by hash), all in the
 * tenant the token's `custom:tenant` attribute or the API key names; P4 (an operator, whose
 * attribute names the platform).
 *
 * It allows `*`: what a principal may do is decided per route by the policy module inside the
 * functions. Identity is the token's `sub`, never its e-mail: a user can change their own
 * e-mail attribute in Cognito, but not their sub.
 */
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { apiKeyTenant, hashApiKey, sameHash } from '../../shared/identity/apiKeys.ts';
import { inTenant } from '../../shared/tenancy/scope.ts';
import { TENANT_ATTRIBUTE } from '../../shared/identity/pool.ts';
import { FIRST_TENANT, isTenantId, PLATFORM } from '../../shared/tenancy/tenant.ts';
import { getOperator } from '../../shared/db/platformStore.ts';
import { keys } from '../../shared/db/keys.ts';
import type { EntityRef } from '../../shared/entities.ts';
import type { Principal } from '../../shared/policy.ts';
import { principalOfUser } from '../../shared/identity/principal.ts';
import type { ApiKey } from '../../shared/schemas/apiKey.ts';
import type { User } from '../../shared/schemas/user.ts';
import { getDeps } from '../http/deps.ts';
import { headerOf } from '../http/headerOf.ts';
import { logger } from '../http/logger.ts';
import { cached, credentialKey, remember } from './principalCache.ts';
import { keysMigrated } from '../http/migrationGate.ts';
import { knownTenant } from '../http/tenantOf.ts';
import { verifyIdToken } from './verifiers.ts';
import { isUnavailable, UnavailableError } from '../../shared/db/errors.ts';
import { IdentityUnavailableError } from '../../shared/identity/directory.ts';

// Type references, not the registry: the registry brings every schema (and zod) into this small bundle.
const userRef: EntityRef<User> = { type: 'user' };
const apiKeyRef: EntityRef<ApiKey> = { type: 'apiKey' };

const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

const header = (event: APIGatewayRequestAuthorizerEvent, name: string) => headerOf(event.headers, name);

async function userPrincipal(token: string): Promise<Principal | undefined> {
  const claims = await verifyIdToken(token).catch((err) => {
    // Cognito's keys out of reach is no verdict on the token: the request is answered 503.
    if (err instanceof IdentityUnavailableError) throw err;
    logger.info('token rejected', { reason: String(err?.message ?? err) });
    return undefined;
  });
  // Cognito marks an address verified only when the admin or a code confirmed it.
  if (!claims?.sub || (claims.email_verified !== true && claims.email_verified !== 'true')) return undefined;
  // The tenant attribute is one the app client may not write (shared/identity/pool.ts); an account
  // without it was made before tenants. Either way the user must exist among that tenant's users.
  const tenant = claims[TENANT_ATTRIBUTE.claim] ?? FIRST_TENANT;
  // An operator's account names the platform: it is found among the operators, never a tenant's users.
  if (tenant === PLATFORM) {
    const operator = await getOperator(getDeps().repo, claims.sub);
    return operator && { kind: 'operator', ...operator };
  }
  if (!isTenantId(tenant)) return undefined;
  return inTenant(tenant, async () => {
    const { repo } = getDeps();
    const guard = await repo.getRaw(keys.userBySub(claims.sub));
    const user = guard?.entityId ? await repo.find(userRef, guard.entityId) : undefined;
    if (!user || user.sub !== claims.sub) return undefined;
    return principalOfUser(user);
  });
}

async function partnerPrincipal(plaintext: string): Promise<Principal | undefined> {
  const tenant = apiKeyTenant(plaintext);
  return tenant && (await knownTenant(tenant)) ? inTenant(tenant, () => keyPrincipal(tenant, plaintext)) : undefined;
}

async function keyPrincipal(tenant: string, plaintext: string): Promise<Principal | undefined> {
  const { repo, now } = getDeps();
  const hash = hashApiKey(plaintext);
  const guard = await repo.getRaw(keys.apiKeyHash(hash));
  if (!guard || !sameHash(guard.hash, hash)) return undefined;
  const key = await repo.find(apiKeyRef, guard.apiKeyId);
  const t = now();
  if (!key || key.revokedAt || (key.expiresAt && Date.parse(key.expiresAt) <= t.getTime())) return undefined;
  if (!key.lastUsedAt || t.getTime() - Date.parse(key.lastUsedAt) > LAST_USED_RESOLUTION_MS)
    await repo.recordApiKeyUse(apiKeyRef, key.id, t.toISOString()).catch((err) => logger.warn('lastUsedAt not recorded', { error: err }));
  return { kind: 'partner', tenant, id: `apikey:${key.id}`, organisationId: key.organisationId, apiKeyId: key.id };
}

/** Resolves the caller; `undefined` means 401. Shared by the Lambda and the local server. */
export async function resolvePrincipal(event: APIGatewayRequestAuthorizerEvent): Promise<Principal | undefined> {
  const auth = header(event, 'authorization')?.trim();
  const apiKey = header(event, 'x-api-key')?.trim() ?? /^ApiKey\s+(\S+)$/.exec(auth ?? '')?.[1];
  const bearer = auth && /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(auth)?.[1];
  const credential = apiKey ? `key:${apiKey}` : bearer ? `jwt:${bearer}` : undefined;
  if (!credential) return undefined;
  const cacheKey = credentialKey(credential);
  const hit = cached(cacheKey);
  if (hit) return hit;
  const principal = apiKey ? await partnerPrincipal(apiKey) : await userPrincipal(bearer!);
  if (principal) remember(cacheKey, principal);
  return principal;
}

export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const [arnBase] = event.methodArn.split('/');
  const stage = event.methodArn.split('/')[1];
  const allow = (principalId: string, context: Record<string, string>): APIGatewayAuthorizerResult => ({
    principalId,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: `${arnBase}/${stage}/*/*` }] },
    context,
  });
  // While the keys move to tenants nobody can be found: let the function answer 503 instead of 401.
  if (!(await keysMigrated().catch(() => false))) return allow('maintenance', {});
  let principal: Principal | undefined;
  try {
    principal = await resolvePrincipal(event);
  } catch (err) {
    // Cognito's keys or the database out of reach: API Gateway would answer an authorizer's error
    // with its generic 500. Let the function answer 503 with Retry-After and a German reason instead.
    if (err instanceof IdentityUnavailableError) return allow('unavailable', { unavailable: 'identity' });
    if (err instanceof UnavailableError || isUnavailable(err)) return allow('unavailable', { unavailable: 'database' });
    throw err;
  }
  // API Gateway answers 401 for exactly this error message.
  if (!principal) throw new Error('Unauthorized');
  return allow(principal.id, { principal: JSON.stringify(principal) });
};
