/**
 * The own tenant's settings (GET/PUT /v1/tenant): its registry entry (P1), read and written for the
 * tenant in scope only, never one named in the request. A change is audited in the tenant's audit
 * trail in the same transaction; hosts and status stay the operator's.
 */
import { getTenant, putTenant } from '../../shared/db/platformStore.ts';
import { diff } from '../../shared/db/diff.ts';
import type { Tenant } from '../../shared/schemas/tenant.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { problems } from '../http/problem.ts';
import { forgetRegistry } from '../http/tenantOf.ts';
import type { Call } from '../http/types.ts';

export async function ownTenant(call: Call): Promise<Tenant> {
  const found = await getTenant(call.deps.repo, currentTenant());
  if (!found) throw problems.notFound('Dieser Mandant ist noch nicht im Verzeichnis des Betriebs eingetragen');
  return found;
}

export async function updateOwnTenant(call: Call): Promise<Tenant> {
  const current = await ownTenant(call);
  const { version, ...change } = call.body;
  if (version !== current.version) throw problems.conflict(`Die Einstellungen wurden inzwischen geändert (Version ${current.version}); bitte neu laden`);
  const next: Tenant = { ...current, ...change, version: current.version + 1 };
  await putTenant(call.deps.repo, next, current.version, { actor: call.actor, at: call.deps.now().toISOString(), changes: diff(current, next) });
  // This container shows the new name and look at once; the others within a minute.
  forgetRegistry();
  return next;
}
