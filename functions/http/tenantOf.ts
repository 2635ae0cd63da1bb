/**
 * Which tenant a request acts for, and whether that tenant is in service.
 *
 * Only three things decide the tenant, none of them a parameter, header or body field the caller
 * chooses: the authenticated user's tenant attribute or the API key (both resolved by the
 * authorizer into the principal), or, for public routes, the host the request came to, mapped in
 * the tenant registry (`hosts`). A host that no tenant names is the installation's main address,
 * DEFAULT_TENANT (Hamm's, as before tenants).
 *
 * The registry is read once a minute per container, not per request.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { listTenants } from '../../shared/db/platformStore.ts';
import type { Principal } from '../../shared/policy.ts';
import type { Tenant } from '../../shared/schemas/tenant.ts';
import { factsOf } from '../../shared/tenancy/facts.ts';
import type { TenantFacts } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { getDeps } from './deps.ts';
import { HttpProblem } from './problem.ts';

const REGISTRY_SECONDS = 60;
let registry: { until: number; byId: Map<string, Tenant>; byHost: Map<string, string> } | undefined;

async function loadRegistry() {
  if (registry && registry.until > nowMs()) return registry;
  const tenants = await listTenants(getDeps().repo);
  registry = {
    until: nowMs() + REGISTRY_SECONDS * 1000,
    byId: new Map(tenants.map((t) => [t.id, t])),
    byHost: new Map(tenants.flatMap((t) => t.hosts.map((h) => [h, t.id] as const))),
  };
  return registry;
}

/**
 * Whether a tenant exists: in the registry, or the first tenant (whose installation may predate it).
 * The authorizer asks before it looks for an API key, so made-up tenants cost no credentials or clients.
 */
export async function knownTenant(id: string): Promise<boolean> {
  return id === FIRST_TENANT || (await loadRegistry()).byId.has(id);
}

/** Forget the cached registry (tests, and the operator's own changes). */
export function forgetRegistry(): void {
  registry = undefined;
}

function hostOf(event: APIGatewayProxyEvent): string {
  const host = event.requestContext?.domainName ?? event.headers?.host ?? event.headers?.Host ?? '';
  return host.toLowerCase().replace(/:\d+$/, '');
}

/** The tenant of a request and its facts; 403 for a suspended tenant. */
export async function tenantOf(event: APIGatewayProxyEvent, principal: Exclude<Principal, { kind: 'operator' }> | undefined): Promise<{ id: string; facts: Partial<TenantFacts> }> {
  const { byId, byHost } = await loadRegistry();
  const tenant = principal ? principal.tenant : (byHost.get(hostOf(event)) ?? process.env.DEFAULT_TENANT ?? FIRST_TENANT);
  const entry = byId.get(tenant);
  if (entry?.status === 'suspended') throw new HttpProblem(403, 'Forbidden', 'Dieser Zugang ist zurzeit ausgesetzt.', { type: 'https://hamm.example/problems/tenant-suspended' });
  return { id: tenant, facts: entry ? factsOf(entry) : {} };
}
