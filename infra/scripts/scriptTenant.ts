/**
 * The tenant a command-line job acts for: `TENANT` (default: the first, Hamm), with the facts of its
 * registry entry (its holidays, name and title, its themes and target groups), as a request of that
 * tenant would have them.
 */
import { getTenant } from '../../shared/db/platformStore.ts';
import type { RepositoryReads } from '../../shared/db/reads.ts';
import { factsOf } from '../../shared/tenancy/facts.ts';
import { setProcessTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

export async function actForScriptTenant(repo: Pick<RepositoryReads, 'baseDoc' | 'table'>): Promise<string> {
  const tenant = process.env.TENANT ?? FIRST_TENANT;
  setProcessTenant(tenant);
  const entry = await getTenant(repo, tenant);
  // A typo must not write into a partition no tenant owns (the first tenant may predate the registry).
  if (!entry && tenant !== FIRST_TENANT) {
    console.error(`✗ No tenant "${tenant}" in this installation. TENANT names one of its tenants (default: ${FIRST_TENANT}).`);
    process.exit(1);
  }
  if (entry) setProcessTenant(tenant, factsOf(entry));
  return tenant;
}
