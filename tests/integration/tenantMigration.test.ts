/**
 * The one-time move of a table from before tenants to tenant keys (shared/db/tenantMigration.ts),
 * against DynamoDB Local: Hamm's seeded data written under the old keys, a run stopped part-way,
 * the API refusing service meanwhile, a second run finishing, and every item exactly as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { migrateToTenantKeys, TENANT_KEYS_MIGRATION } from '../../shared/db/tenantMigration.ts';
import { migrationDone } from '../../shared/db/platformStore.ts';
import { allSeedItems, applySeed } from '../../shared/seed/seed.ts';
import { freshTable } from '../support/db.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { startApi, type Api } from '../support/api.ts';

const PARTITIONS = ['PK', 'GSI1PK', 'GSI2PK', 'GSI3PK'];
let doc: DynamoDBDocumentClient;
let table: string;
/** The seeded items as stored (tenant keys), sorted: what the migration must give back. */
let expected: Record<string, any>[];
let movedBefore = 0;

const scan = async () => {
  const out: Record<string, any>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out.filter((i) => !String(i.PK).startsWith('platform|')).sort((a, b) => `${a.PK} ${a.SK}`.localeCompare(`${b.PK} ${b.SK}`));
};
const legacy = (item: Record<string, any>) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, PARTITIONS.includes(k) ? String(v).replace(/^hamm\|/, '') : v]));

beforeAll(async () => {
  const t = await freshTable(() => SEED_TODAY);
  ({ doc, table } = t);
  await applySeed(t.repo, allSeedItems(SEED_TODAY));
  expected = await scan();
  // The same table as it was before tenants: every item under its old keys, and no marker.
  for (const item of expected) {
    await doc.send(new DeleteCommand({ TableName: table, Key: { PK: item.PK, SK: item.SK } }));
    await doc.send(new PutCommand({ TableName: table, Item: legacy(item) }));
  }
  await doc.send(new DeleteCommand({ TableName: table, Key: { PK: `platform|migration#${TENANT_KEYS_MIGRATION}`, SK: '#' } }));
}, 300_000);

// The runs move every seeded item (several thousand) one transaction each: half a minute and more on a busy
// machine, which vitest's default 30 s cut short once under CI load. A correctness test, not a timed one.
describe('migration to tenant keys', { timeout: 180_000 }, () => {
  it('starts from a table with every item under its old keys', async () => {
    const items = await scan();
    expect(items.length).toBe(expected.length);
    expect(items.length).toBeGreaterThan(1000);
    expect(items.every((i) => !String(i.PK).includes('|'))).toBe(true);
  });

  it('stops part-way on a failure, leaving each item exactly once (old or new keys), and no marker', async () => {
    const stop = new Error('Stromausfall');
    await expect(migrateToTenantKeys(doc, table, { afterChunk: (moved) => { if (moved >= 200) throw stop; } })).rejects.toBe(stop);
    const items = await scan();
    const moved = items.filter((i) => String(i.PK).startsWith('hamm|'));
    expect(moved.length).toBeGreaterThanOrEqual(200);
    expect(moved.length).toBeLessThan(expected.length);
    movedBefore = moved.length;
    // Each item once: seen through the new keys, the two halves are exactly the items before.
    const normalised = items.map((i) => (String(i.PK).startsWith('hamm|') ? i : Object.fromEntries(Object.entries(i).map(([k, v]) => [k, PARTITIONS.includes(k) ? `hamm|${v}` : v])))).sort((a, b) => `${a.PK} ${a.SK}`.localeCompare(`${b.PK} ${b.SK}`));
    expect(normalised).toEqual(expected);
    expect(await migrationDone({ baseDoc: doc, table }, TENANT_KEYS_MIGRATION)).toBe(false);
  });

  it('meanwhile, the API answers 503 with a German reason, not an empty list', async () => {
    let api: Api | undefined;
    try {
      api = await startApi({ table: 'fresh', name: table });
      const res = await (await api.as('admin@hamm.example')).get('/offers');
      expect(res.status).toBe(503);
      expect(res.body.detail).toMatch(/Mandanten umgestellt/);
      expect(res.headers.get('retry-after')).toBeTruthy();
    } finally {
      await api?.close();
    }
  });

  it('a second run moves the rest, writes the marker, and every item is as it was', async () => {
    const run = await migrateToTenantKeys(doc, table);
    expect(run.ran).toBe(true);
    expect(run.moved).toBe(expected.length - movedBefore);
    expect(await scan()).toEqual(expected);
    expect(await migrationDone({ baseDoc: doc, table }, TENANT_KEYS_MIGRATION)).toBe(true);
    // A third run finds the marker and does nothing.
    expect(await migrateToTenantKeys(doc, table)).toEqual({ ran: false, moved: 0, changedMeanwhile: 0 });
  });
});

