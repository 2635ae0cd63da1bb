/**
 * The operator's routes: the tenant registry (P1, P2) with each tenant's usage this month (P5).
 * The operator works outside every tenant (functions/http/wrapper.ts); it enters a tenant's scope
 * only to write that tenant's audit entry and, on creation, its first admin. It never reads a
 * tenant's records: the policy grants it `tenants` and nothing else.
 */
import { listTenants, listUsage, getTenant as registryEntry, putTenant } from '../../shared/db/platformStore.ts';
import { diff } from '../../shared/db/diff.ts';
import { createUserWithAccount } from '../../shared/identity/accounts.ts';
import type { Tenant } from '../../shared/schemas/tenant.ts';
import { inTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';
import { entities } from '../../shared/entities.ts';
import { DEFAULT_COLOURS, DEFAULT_LEVELS } from '../../shared/tenancy/facts.ts';
import { monthOf } from '../../shared/time/months.ts';
import { pageReply, parseListParams, sortItems } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { forgetRegistry } from '../http/tenantOf.ts';
import type { Call, Impl } from '../http/types.ts';

/** A new tenant's start: three levels and German; its admin changes them under Mandant. */
const FIRST_SETTINGS: Pick<Tenant, 'timeZone' | 'status' | 'levels' | 'languages'> = {
  timeZone: 'Europe/Berlin',
  status: 'active',
  levels: DEFAULT_LEVELS,
  languages: ['de'],
};

/** A public address names one tenant only. */
async function assertHostsFree(call: Call, id: string, hosts: string[]): Promise<void> {
  const taken = (await listTenants(call.deps.repo)).filter((t) => t.id !== id).flatMap((t) => t.hosts.filter((h) => hosts.includes(h)).map((h) => `${h} (${t.name})`));
  if (taken.length) throw problems.conflict(`Diese Adresse gehört schon einem anderen Mandanten: ${taken.join(', ')}`);
}

async function withUsage(call: Call, tenants: Tenant[]) {
  const usage = await listUsage(call.deps.repo, monthOf(call.deps.now()));
  return tenants.map((t) => ({ ...t, usage: usage.get(t.id) ?? { month: monthOf(call.deps.now()), requests: 0, mails: 0 } }));
}

export const tenantImpls: Record<string, Impl> = {
  listTenants: async (call) => {
    const { range, sort } = parseListParams(call.query);
    const rows = await withUsage(call, await listTenants(call.deps.repo));
    return pageReply('operator/tenants', sort ? sortItems(rows, sort, ['id', 'name', 'state', 'status']) : rows, range);
  },
  getTenant: async (call) => {
    const found = await registryEntry(call.deps.repo, call.params.id);
    if (!found) throw problems.notFound(`Kein Mandant ${call.params.id}`);
    return { body: (await withUsage(call, [found]))[0] };
  },
  createTenant: async (call) => {
    const { adminEmail, adminName, ...given } = call.body;
    // An id is new only if neither the registry nor the table knows it (the first tenant of an installation
    // from before tenants may have data and no entry): the operator never takes over a tenant's records.
    const hasUsers = async () => (await inTenant(given.id, () => call.deps.repo.listAll(entities.user))).length > 0;
    if ((await registryEntry(call.deps.repo, given.id)) || given.id === FIRST_TENANT || (await hasUsers())) throw problems.conflict(`Die Kennung ${given.id} ist schon vergeben`);
    await assertHostsFree(call, given.id, given.hosts);
    const at = call.deps.now().toISOString();
    const entry: Tenant = { ...FIRST_SETTINGS, ...given, look: { title: `Stadtteilarbeit ${given.name.replace(/^Stadt /, '')}`, ...DEFAULT_COLOURS }, createdAt: at, version: 1 };
    // Its first admin first (account with custom:tenant, and user record): if that fails, no tenant without an admin is left.
    await inTenant(entry.id, () =>
      createUserWithAccount(call.deps.repo, call.deps.directory, { email: adminEmail, name: adminName, active: true, assignments: [{ role: 'admin', socialSpaceIds: [] }] } as never, { actor: call.actor, invite: true }),
    );
    await putTenant(call.deps.repo, entry, undefined, { actor: call.actor, at, changes: diff({}, entry) });
    forgetRegistry();
    return { status: 201, body: entry };
  },
  operateTenant: async (call) => {
    const current = await registryEntry(call.deps.repo, call.params.id);
    if (!current) throw problems.notFound(`Kein Mandant ${call.params.id}`);
    const { version, ...change } = call.body;
    if (version !== current.version) throw new ConflictError(`Der Mandant wurde inzwischen geändert (Version ${current.version}); bitte neu laden`, 'stale-version', current.version);
    await assertHostsFree(call, current.id, change.hosts);
    const next: Tenant = { ...current, ...change, version: current.version + 1 };
    await putTenant(call.deps.repo, next, current.version, { actor: call.actor, at: call.deps.now().toISOString(), changes: diff(current, next) });
    forgetRegistry();
    return { body: next };
  },
};
