/**
 * The operator's items (patterns P1–P3 in keys.ts): the tenant registry and the markers of
 * whole-table migrations. They belong to no tenant, so they are read and written with the
 * function's own client, never a tenant-scoped one; a tenant's records are never reached from here.
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from '../schemas/tenant.ts';
import { ConflictError } from './errors.ts';
import { platformKeys } from './keys.ts';
import type { RepositoryReads } from './reads.ts';
import { commitTx, Tx, type TxItem } from './transaction.ts';

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

/** Creates (`expectedVersion` absent) or replaces a registry entry under its read version. */
export async function putTenant(repo: Store, entry: Tenant, expectedVersion?: number): Promise<void> {
  const put: TxItem = {
    Put: {
      TableName: repo.table,
      Item: { ...entry, ...platformKeys.tenant(entry.id), _type: 'tenant' },
      ...(expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
    },
  };
  await commitTx(repo.baseDoc, new Tx().add(put, () => (expectedVersion === undefined ? new ConflictError(`tenant ${entry.id} exists`, 'duplicate') : new ConflictError(`tenant ${entry.id} was changed`, 'stale-version'))));
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
