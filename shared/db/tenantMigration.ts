/**
 * The one-time move of a single-municipality table to tenant keys: every item whose keys carry no
 * tenant becomes the first tenant's (`offer#x` → `hamm|offer#x`, and so each GSI partition key).
 *
 * Each item moves in a transaction that puts its copy under the new keys (only if none exists) and
 * deletes the old item (only if unchanged since it was read), so at every instant each item exists
 * exactly once, under the old keys or the new. A run that fails part-way is continued by the next:
 * it reads the table again and moves what is left. The marker (pattern P3) is written once nothing
 * is left; until then the system is not in service (functions/http/migrationGate.ts).
 *
 * It reads the whole table with Scan: a deploy-time job, never a request path, with a client of its own.
 */
import { DeleteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { now } from '../time/clock.ts';
import { FIRST_TENANT, TENANT_SEPARATOR, tenantOfKey } from '../tenancy/tenant.ts';
import type { Item } from '../entities.ts';
import { ConflictError } from './errors.ts';
import { getTenant, markMigration, migrationDone, putTenant } from './platformStore.ts';
import { inTenant, tenantFacts } from '../tenancy/scope.ts';
import { entryFromFacts } from '../tenancy/facts.ts';
import { commitTx, Tx } from './transaction.ts';

export const TENANT_KEYS_MIGRATION = 'tenant-keys';
const PARTITION_ATTRIBUTES = ['PK', 'GSI1PK', 'GSI2PK', 'GSI3PK'] as const;
/** Items per transaction (two actions each, at most 100), and a bound on their size (the limit is 4 MB). */
const CHUNK_ITEMS = 25;
const CHUNK_BYTES = 1_500_000;
/** Passes over the table before a run gives up for now (writes behind the scan that do not stop). */
const MAX_PASSES = 5;

export interface MigrationOptions {
  /** Whose the legacy data is. */
  tenant?: string;
  /** Called after each committed chunk (the test stops a run part-way with it). */
  afterChunk?: (moved: number) => void | Promise<void>;
}

export interface MigrationResult {
  ran: boolean;
  moved: number;
  /** Items changed while being moved (moved again by a later pass; the marker waits for a pass that finds nothing). */
  changedMeanwhile: number;
}

/** A key from before tenants: not led by a tenant id (a free-text guard like `unique#offer#externalId=A|7` may hold a `|`). */
const legacy = (item: Item) => typeof item.PK === 'string' && tenantOfKey(item.PK) === undefined;

function moved(item: Item, tenant: string): Item {
  const copy: Item = { ...item };
  for (const a of PARTITION_ATTRIBUTES) if (typeof copy[a] === 'string') copy[a] = `${tenant}${TENANT_SEPARATOR}${copy[a]}`;
  return copy;
}

function moveTx(table: string, items: Item[], tenant: string): Tx {
  const tx = new Tx();
  for (const item of items) {
    tx.add({ Put: { TableName: table, Item: moved(item, tenant), ConditionExpression: 'attribute_not_exists(PK)' } }, () => new ConflictError('already moved', 'duplicate'));
    tx.add(
      {
        Delete: {
          TableName: table,
          Key: { PK: item.PK, SK: item.SK },
          ...(typeof item.version === 'number'
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': item.version } }
            : { ConditionExpression: 'attribute_exists(PK)' }),
        },
      },
      () => new ConflictError('changed while moved', 'stale-version'),
    );
  }
  return tx;
}

export async function migrateToTenantKeys(doc: DynamoDBDocumentClient, table: string, opts: MigrationOptions = {}): Promise<MigrationResult> {
  const tenant = opts.tenant ?? FIRST_TENANT;
  const store = { baseDoc: doc, table };
  if (await migrationDone(store, TENANT_KEYS_MIGRATION)) return { ran: false, moved: 0, changedMeanwhile: 0 };
  let count = 0;
  let changedMeanwhile = 0;
  const commit = async (chunk: Item[]) => {
    try {
      await commitTx(doc, moveTx(table, chunk, tenant));
      count += chunk.length;
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      if (chunk.length === 1) {
        // A copy under the new keys exists: written by the new code (which never writes old keys), so newer.
        if (err.reason === 'duplicate') await doc.send(new DeleteCommand({ TableName: table, Key: { PK: chunk[0]!.PK, SK: chunk[0]!.SK } }));
        else changedMeanwhile++;
        return;
      }
      // One item of the chunk changed meanwhile: move the others one by one.
      for (const item of chunk) await commit([item]);
      return;
    }
    await opts.afterChunk?.(count);
  };
  /** One pass over the table; how many items from before tenants it found. */
  const pass = async (): Promise<number> => {
    let found = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true, Limit: 200 }));
      let chunk: Item[] = [];
      let bytes = 0;
      for (const item of (page.Items ?? []).filter(legacy)) {
        found++;
        const size = JSON.stringify(item).length;
        if (chunk.length && (chunk.length >= CHUNK_ITEMS || bytes + size > CHUNK_BYTES)) {
          await commit(chunk);
          chunk = [];
          bytes = 0;
        }
        chunk.push(item);
        bytes += size;
      }
      if (chunk.length) await commit(chunk);
      start = page.LastEvaluatedKey;
    } while (start);
    return found;
  };
  // Old code still running during a deploy may write behind the scan: passes repeat until one finds
  // nothing left; only then is the marker written.
  for (let passes = 1; (await pass()) > 0; passes++) if (passes >= MAX_PASSES) return { ran: true, moved: count, changedMeanwhile: changedMeanwhile || 1 };
  // An installation from before tenants gets its tenant's registry entry (a new table gets its entries from whoever creates tenants).
  if (count > 0 && !(await getTenant(store, tenant))) await putTenant(store, inTenant(tenant, () => entryFromFacts(tenant, tenantFacts(), now().toISOString(), 1)));
  await markMigration(store, TENANT_KEYS_MIGRATION, { at: now().toISOString(), moved: count, tenant });
  return { ran: true, moved: count, changedMeanwhile };
}
