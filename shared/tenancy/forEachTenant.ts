/**
 * Scheduled work (reports, reminders, the metric job, backfills, catch-up) runs once per active
 * tenant, each in its own scope. In AWS the schedule's invocation only hands out the work, one
 * asynchronous invocation per tenant (`fanOut`, then `forOneTenant` in each), so every tenant has the
 * function's whole time limit, its own retries and its own entry in the dead-letter queue, however
 * many tenants there are. Elsewhere (`npm start`, the scripts, tests) `forEachTenant` runs them one
 * after another in this process. Either way a tenant whose run fails does not stop the others: the
 * failures are collected and thrown together at the end, so the schedule's alarm fires and the next
 * run (every job here catches up) completes what was missed.
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

type Registry = Pick<RepositoryReads, 'baseDoc' | 'table'>;

/** The active tenants, once the keys carry tenants: nothing runs on half-moved keys (the schedule retries, the next run catches up). */
async function tenantsToRun(repo: Registry) {
  if (!(await migrationDone(repo, TENANT_KEYS_MIGRATION))) throw new Error('The table is being moved to tenant keys; scheduled work waits for the migration');
  return activeTenants(repo);
}

/** `work` for each tenant in turn; the failures collected. */
async function eachCollecting<I extends { id: string }, T>(tenants: I[], work: (tenant: I) => Promise<T>): Promise<Map<string, T>> {
  const done = new Map<string, T>();
  const failures: { tenant: string; error: unknown }[] = [];
  for (const tenant of tenants) {
    try {
      done.set(tenant.id, await work(tenant));
    } catch (error) {
      failures.push({ tenant: tenant.id, error });
    }
  }
  if (failures.length) throw new TenantRunsFailed(failures);
  return done;
}

/** The whole run in this process: each active tenant's work in its scope, one after another. */
export async function forEachTenant<T>(repo: Registry, work: (tenant: string) => Promise<T>): Promise<Map<string, T>> {
  return eachCollecting(await tenantsToRun(repo), ({ id, facts }) => inTenant(id, () => work(id), facts));
}

/** The run handed out: `hand` once per active tenant (in AWS an asynchronous invocation each). Returns whom it was handed to. */
export async function fanOut(repo: Registry, hand: (tenant: string) => Promise<void>): Promise<string[]> {
  return [...(await eachCollecting(await tenantsToRun(repo), ({ id }) => hand(id))).keys()];
}

/**
 * One tenant's share of a handed-out run, in its scope with its facts. A tenant suspended since the
 * run was handed out is skipped (`undefined`).
 */
export async function forOneTenant<T>(repo: Registry, tenant: string, work: (tenant: string) => Promise<T>): Promise<T | undefined> {
  const found = (await tenantsToRun(repo)).find((t) => t.id === tenant);
  return found ? inTenant(tenant, () => work(tenant), found.facts) : undefined;
}
