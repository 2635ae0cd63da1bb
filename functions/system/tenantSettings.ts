/**
 * The own tenant's settings (GET/PUT /v1/tenant): its registry entry (P1), read and written for the
 * tenant in scope only, never one named in the request (version 0: not in the registry yet). A change is audited in the tenant's audit
 * trail in the same transaction; hosts and status stay the operator's.
 */
import { getTenant, putTenant } from '../../shared/db/platformStore.ts';
import { diff } from '../../shared/db/diff.ts';
import type { Tenant } from '../../shared/schemas/tenant.ts';
import { currentTenant, tenantFacts } from '../../shared/tenancy/scope.ts';
import { entryFromFacts } from '../../shared/tenancy/facts.ts';
import { vocabularyOf } from '../../shared/schemas/vocabulary.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { forgetRegistry } from '../http/tenantOf.ts';
import type { Call } from '../http/types.ts';

/**
 * The own registry entry. An installation from before tenants has none for its first tenant: then
 * the tenant's facts with version 0, which the first save writes (as report settings do). Themes and
 * target groups as they apply (an entry without its own lists has the shared ones), so the admin edits those.
 */
export async function ownTenant(call: Call): Promise<Tenant> {
  const entry = (await getTenant(call.deps.repo, currentTenant())) ?? entryFromFacts(currentTenant(), tenantFacts(), call.deps.now().toISOString());
  const { themes, targetGroups } = vocabularyOf(entry);
  return { ...entry, themes: [...themes], targetGroups: [...targetGroups] };
}

export async function updateOwnTenant(call: Call): Promise<Tenant> {
  const current = await ownTenant(call);
  const { version, ...change } = call.body;
  if (version !== current.version) throw new ConflictError(`Die Einstellungen wurden inzwischen geändert (Version ${current.version}); bitte neu laden`, 'stale-version', current.version);
  const next: Tenant = { ...current, ...change, version: current.version + 1 };
  await putTenant(call.deps.repo, next, current.version || undefined, { actor: call.actor, at: call.deps.now().toISOString(), changes: diff(current, next) });
  // This container shows the new name, look, themes and target groups at once; the others within a minute.
  forgetRegistry();
  return next;
}
