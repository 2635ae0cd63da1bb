/**
 * Which tenant a request acts for, and whether that tenant is in service.
 *
 * Only three things decide the tenant, none of them a parameter, header or body field the caller
 * chooses: the authenticated user's tenant attribute or the API key (both resolved by the
 * authorizer into the principal), or, for public routes, the public address the request came to:
 * a host the tenant registry maps (`hosts`), or the path form `/t/<tenant>/`. The CDN notes that
 * address in `x-public-address` (infra/stacks/viewerRequest.ts; a viewer's own value is
 * overwritten). A host that no tenant names is the installation's main address, DEFAULT_TENANT
 * (Hamm's, as before tenants).
 *
 * A caller that skips the CDN and writes the header itself can only pick whose *public* pages it
 * reads or writes to, which the tenant's public address gives anyone anyway.
 *
 * The registry is read once a minute per container, not per request.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { listTenants } from '../../shared/db/platformStore.ts';
import type { Principal } from '../../shared/policy.ts';
import type { Tenant } from '../../shared/schemas/tenant.ts';
import { factsOf } from '../../shared/tenancy/facts.ts';
import type { TenantFacts } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT, parsePublicAddress, PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';
import { defaultTenant } from '../../shared/runtimeConfig.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { getDeps } from './deps.ts';
import { HttpProblem } from './problem.ts';
import { headerOf } from './headerOf.ts';

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

/** The public address a request came to: as the CDN noted it, else (a call to the API's own address) its host. */
function addressOf(event: APIGatewayProxyEvent) {
  const noted = headerOf(event.headers, PUBLIC_ADDRESS_HEADER);
  return parsePublicAddress(noted ?? event.requestContext?.domainName ?? headerOf(event.headers, 'host') ?? '');
}

/** The tenant of a public request: the one its path names (which must exist), the one its host is mapped to, or the default. */
function publicTenant(event: APIGatewayProxyEvent, byId: Map<string, Tenant>, byHost: Map<string, string>): string {
  const { host, pathTenant } = addressOf(event);
  if (pathTenant === undefined) return byHost.get(host) ?? defaultTenant();
  if (pathTenant !== FIRST_TENANT && !byId.has(pathTenant)) throw new HttpProblem(404, 'Not Found', 'Unter dieser Adresse gibt es keine Kommune.', { type: 'https://hamm.example/problems/unknown-tenant' });
  return pathTenant;
}

/** The tenant of a request and its facts; 403 for a suspended tenant. */
export async function tenantOf(event: APIGatewayProxyEvent, principal: Exclude<Principal, { kind: 'operator' }> | undefined): Promise<{ id: string; facts: Partial<TenantFacts> }> {
  const { byId, byHost } = await loadRegistry();
  const tenant = principal ? principal.tenant : publicTenant(event, byId, byHost);
  const entry = byId.get(tenant);
  if (entry?.status === 'suspended') throw new HttpProblem(403, 'Forbidden', 'Dieser Zugang ist zurzeit ausgesetzt.', { type: 'https://hamm.example/problems/tenant-suspended' });
  return { id: tenant, facts: entry ? factsOf(entry) : {} };
}
