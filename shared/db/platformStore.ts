/**
 * The operator's items (patterns P1–P5 in keys.ts): the tenant registry, the markers of
 * whole-table migrations, operator accounts and each tenant's usage. They belong to no tenant, so they are read and written with the
 * function's own client, never a tenant-scoped one; a tenant's records are never reached from here.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../schemas/auditEntry.ts';
import type { Tenant, TenantUsage } from '../schemas/tenant.ts';
import { inTenant } from '../tenancy/scope.ts';
import { ConflictError } from './errors.ts';
import { platformKeys } from './keys.ts';
import type { RepositoryReads } from './reads.ts';
import { auditItem, commitTx, Tx, type TxItem } from './transaction.ts';

type Store = Pick<RepositoryReads, 'baseDoc' | 'table'>;

export async function getTenant(repo: Store, id: string): Promise<Tenant | undefined> {
  const res = await repo.baseDoc.send(new GetCommand({ TableName: repo.table, Key: platformKeys.tenant(id), ConsistentRead: true }));
  return res.Item ? strip(res.Item) : undefined;
}

/** P2: every tenant, in id order (one partition; a few hundred small items). */
export async function listTenants(repo: Store): Promise<Tenant[]> {
  const out: Tenant[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await repo.baseDoc.send(
      new QueryCommand({ TableName: repo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': platformKeys.tenant().PK }, ExclusiveStartKey: start }),
    );
    out.push(...(res.Items ?? []).map(strip));
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}

/**
 * Creates (`expectedVersion` absent) or replaces a registry entry under its read version. A change
 * by a person (`audit`) is recorded in the tenant's own audit trail, in the same transaction: the
 * operator's actions too, so a tenant sees what the operator did to it.
 */
export async function putTenant(repo: Store, entry: Tenant, expectedVersion?: number, audit?: { actor: string; at: string; changes: AuditEntry['changes'] }): Promise<void> {
  const put: TxItem = {
    Put: {
      TableName: repo.table,
      Item: { ...entry, ...platformKeys.tenant(entry.id), _type: 'tenant' },
      ...(expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
    },
  };
  const tx = new Tx().add(put, () => (expectedVersion === undefined ? new ConflictError(`tenant ${entry.id} exists`, 'duplicate') : new ConflictError(`tenant ${entry.id} was changed`, "stale-version")));
  if (audit)
    tx.add(...inTenant(entry.id, () => auditItem(repo.table, { entityType: 'tenant', entityId: entry.id, action: expectedVersion === undefined ? 'create' : 'update', actor: audit.actor, at: audit.at, version: entry.version, changes: audit.changes })));
  await commitTx(repo.baseDoc, tx);
}

/** P4: the operator signed in as this Cognito `sub`, if one is. */
export async function getOperator(repo: Store, sub: string): Promise<{ id: string; email: string; name: string } | undefined> {
  const res = await repo.baseDoc.send(new GetCommand({ TableName: repo.table, Key: platformKeys.operator(sub), ConsistentRead: true }));
  return res.Item ? { id: res.Item.id, email: res.Item.email, name: res.Item.name } : undefined;
}

/** Records an operator account (the seed and `npm run create-operator`); an existing one stays. */
export async function putOperator(repo: Store, sub: string, operator: { id: string; email: string; name: string }): Promise<void> {
  await commitTx(repo.baseDoc, new Tx().add({ Put: { TableName: repo.table, Item: { ...platformKeys.operator(sub), ...operator, _type: 'operator' }, ConditionExpression: 'attribute_not_exists(PK)' } }, () => new ConflictError(`operator ${operator.email} exists`, 'duplicate')));
}

export type UsageCounts = { requests?: number; mails?: number };

/** P5: adds to a tenant's counters of a month (requests and mails, counted per container and added in batches). */
export async function addUsage(repo: Store, tenant: string, month: string, counts: UsageCounts): Promise<void> {
  const fields = (Object.entries(counts) as [keyof UsageCounts, number][]).filter(([, n]) => n > 0);
  if (!fields.length) return;
  await repo.baseDoc.send(
    new UpdateCommand({
      TableName: repo.table,
      Key: platformKeys.usage(month, tenant),
      UpdateExpression: `ADD ${fields.map(([f]) => `#${f} :${f}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(fields.map(([f]) => [`#${f}`, f])),
      ExpressionAttributeValues: Object.fromEntries(fields.map(([f, n]) => [`:${f}`, n])),
    }),
  );
}

/** P5: the daily census of a tenant's items and their size. */
export async function setCensus(repo: Store, tenant: string, month: string, census: { items: number; bytes: number; countedAt: string }): Promise<void> {
  await repo.baseDoc.send(
    new UpdateCommand({
      TableName: repo.table,
      Key: platformKeys.usage(month, tenant),
      UpdateExpression: 'SET #items = :items, #bytes = :bytes, #at = :at',
      ExpressionAttributeNames: { '#items': 'items', '#bytes': 'bytes', '#at': 'countedAt' },
      ExpressionAttributeValues: { ':items': census.items, ':bytes': census.bytes, ':at': census.countedAt },
    }),
  );
}

/** P5: every tenant's use of a month. */
export async function listUsage(repo: Store, month: string): Promise<Map<string, TenantUsage>> {
  const res = await repo.baseDoc.send(new QueryCommand({ TableName: repo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': platformKeys.usage(month).PK } }));
  return new Map((res.Items ?? []).map((i) => [String(i.SK), { month, requests: i.requests ?? 0, mails: i.mails ?? 0, items: i.items, bytes: i.bytes, countedAt: i.countedAt }]));
}

/** P3: whether a whole-table migration has finished. */
export async function migrationDone(repo: Store, name: string): Promise<boolean> {
  const res = await repo.baseDoc.send(new GetCommand({ TableName: repo.table, Key: platformKeys.migration(name), ConsistentRead: true }));
  return !!res.Item;
}

export async function markMigration(repo: Store, name: string, detail: Record<string, unknown>): Promise<void> {
  await repo.baseDoc.send(new PutCommand({ TableName: repo.table, Item: { ...platformKeys.migration(name), _type: 'migration', ...detail } }));
}

function strip(item: Record<string, unknown>): Tenant {
  const { PK: _pk, SK: _sk, _type, ...rest } = item;
  return rest as Tenant;
}
