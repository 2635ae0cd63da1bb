/**
 * Scheduled work (reports, reminders, the metric job, backfills, catch-up) runs once per active
 * tenant, each in its own scope, one after another. A tenant whose run fails does not stop the
 * others: the failures are collected and thrown together at the end, so the schedule's alarm fires
 * and the next run (every job here catches up) completes what was missed.
 */
import { listTenants, migrationDone } from '../db/platformStore.ts';
import { TENANT_KEYS_MIGRATION } from '../db/tenantMigration.ts';
import type { RepositoryReads } from '../db/reads.ts';
import { inTenant, type TenantFacts } from './scope.ts';
import { factsOf } from './facts.ts';
import { FIRST_TENANT } from './tenant.ts';

export class TenantRunsFailed extends Error {
  override name = 'TenantRunsFailed';
  constructor(readonly failures: { tenant: string; error: unknown }[]) {
    super(`Scheduled work failed for ${failures.map((f) => `${f.tenant} (${String((f.error as Error)?.message ?? f.error)})`).join(', ')}`);
  }
}

/** The active tenants; an installation whose registry is still empty has only its first tenant. */
export async function activeTenants(repo: Pick<RepositoryReads, 'baseDoc' | 'table'>): Promise<{ id: string; facts: Partial<TenantFacts> }[]> {
  const all = await listTenants(repo);
  return all.length ? all.filter((t) => t.status === 'active').map((t) => ({ id: t.id, facts: factsOf(t) })) : [{ id: FIRST_TENANT, facts: {} }];
}

export async function forEachTenant<T>(repo: Pick<RepositoryReads, 'baseDoc' | 'table'>, work: (tenant: string) => Promise<T>): Promise<Map<string, T>> {
  // Nothing runs on half-moved keys: the schedule retries (and the next run catches up).
  if (!(await migrationDone(repo, TENANT_KEYS_MIGRATION))) throw new Error('The table is being moved to tenant keys; scheduled work waits for the migration');
  const done = new Map<string, T>();
  const failures: { tenant: string; error: unknown }[] = [];
  for (const { id, facts } of await activeTenants(repo)) {
    try {
      done.set(id, await inTenant(id, () => work(id), facts));
    } catch (error) {
      failures.push({ tenant: id, error });
    }
  }
  if (failures.length) throw new TenantRunsFailed(failures);
  return done;
}
