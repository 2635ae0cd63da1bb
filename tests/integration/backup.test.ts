/**
 * Backup and restore (issue 30) against DynamoDB Local: the seeded table, with binary boundary shapes,
 * numbers and sets, goes to a file and comes back into an empty table item for item; a restore into a
 * table with data, of a file that is not a backup, or of one cut short, is refused and writes nothing;
 * the manifests of two tables name the entity types that differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { backupTable, manifestDifferences, manifestOf, RestoreRefused, restoreTable, scanTable } from '../../shared/db/backup.ts';
import { allSeedItems, applySeed } from '../../shared/seed/seed.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { freshTable } from '../support/db.ts';

let dir: string;
let source: Awaited<ReturnType<typeof freshTable>>;
/** The table the first test restored into; the last one changes it. */
let restoredInto: Awaited<ReturnType<typeof freshTable>>;
const file = () => path.join(dir, 'backup.ndjson.gz');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'backup-'));
  source = await freshTable(() => SEED_TODAY);
  await applySeed(source.repo, allSeedItems(SEED_TODAY));
  // The kinds of value JSON alone would lose: binary, a binary set, a number set, a number at full precision.
  await source.raw.send(new PutItemCommand({ TableName: source.table, Item: { PK: { S: 'test#kinds' }, SK: { S: '#' }, _type: { S: 'testKinds' }, bin: { B: new Uint8Array([0, 1, 254, 255]) }, bins: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] }, nums: { NS: ['1', '2.5'] }, big: { N: '12345678901234567890.123' }, nested: { M: { list: { L: [{ B: new Uint8Array([9]) }, { BOOL: true }, { NULL: true }] } } } } }));
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sorted = async (t: { raw: any; table: string }) => {
  const items: Record<string, AttributeValue>[] = [];
  for await (const item of scanTable(t.raw, t.table)) items.push(item);
  return items.sort((a, b) => `${a.PK!.S}\u0000${a.SK!.S}`.localeCompare(`${b.PK!.S}\u0000${b.SK!.S}`));
};

describe('backup and restore', () => {
  // The whole seeded table written, read back and scanned three times: over 20 s under the moved clock in CI.
  it('round-trips every item of the seeded table exactly, with a manifest of counts per entity type', { timeout: 120000 }, async () => {
    const manifest = await backupTable(source.raw, source.table, file(), SEED_TODAY);
    const original = await sorted(source);
    expect(manifest.items).toBe(original.length);
    expect(manifest.counts.offer).toBe(original.filter((i) => i._type?.S === 'offer').length);
    expect(manifest.counts.offer).toBeGreaterThan(50);
    expect(manifest.counts.testKinds).toBe(1);
    expect(Object.values(manifest.counts).reduce((a, b) => a + b, 0)).toBe(manifest.items);
    // Compressed: far smaller than the items' JSON.
    expect(readFileSync(file()).length).toBeLessThan(JSON.stringify(original).length / 3);

    const target = (restoredInto = await freshTable());
    const restored = await restoreTable(target.raw, target.table, file());
    expect(restored).toEqual(manifest);
    expect(await sorted(target)).toEqual(original);
    expect(manifestDifferences(manifest, await manifestOf(target.raw, target.table, SEED_TODAY))).toEqual([]);
  });

  it('refuses a table with data, and writes nothing into it', async () => {
    const before = (await sorted(source)).length;
    await expect(restoreTable(source.raw, source.table, file())).rejects.toThrow(/not empty/);
    expect((await sorted(source)).length).toBe(before);
  });

  it('refuses a file that is not a backup, or one cut short or changed, and writes nothing', async () => {
    const target = await freshTable();
    const other = path.join(dir, 'other.gz');
    writeFileSync(other, gzipSync('{"hello":"world"}\n'));
    await expect(restoreTable(target.raw, target.table, other)).rejects.toThrow(/not a backup of this system/);

    const lines = gunzipSync(readFileSync(file())).toString('utf8').split('\n');
    const short = path.join(dir, 'short.gz');
    writeFileSync(short, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    await expect(restoreTable(target.raw, target.table, short)).rejects.toThrow(RestoreRefused);
    await expect(restoreTable(target.raw, target.table, short)).rejects.toThrow(/incomplete or changed/);

    const changed = path.join(dir, 'changed.gz');
    writeFileSync(changed, gzipSync(lines.map((l, i) => (i === 5 ? l.replace(/"S":"[^"]*"/, '"S":"anders"') : l)).join('\n')));
    await expect(restoreTable(target.raw, target.table, changed)).rejects.toThrow(/incomplete or changed/);

    const notGzip = path.join(dir, 'plain.txt');
    writeFileSync(notGzip, 'just text');
    await expect(restoreTable(target.raw, target.table, notGzip)).rejects.toThrow(/cannot be read as a backup/);
    // Nothing but the new table's own marker of its (empty) key migration.
    expect((await sorted(target)).map((i) => i.PK?.S)).toEqual(['platform|migration#tenant-keys']);
  });

  it('names the entity types in which two tables differ (verify-restore)', async () => {
    // The first test's restored copy, equal to the source until changed here.
    const target = restoredInto;
    const offers = (await sorted(target)).filter((i) => i._type?.S === 'offer');
    await target.raw.send(new PutItemCommand({ TableName: target.table, Item: { ...offers[0]!, title: { S: 'verändert' } } }));
    await target.raw.send(new PutItemCommand({ TableName: target.table, Item: { PK: { S: 'extra#1' }, SK: { S: '#' }, _type: { S: 'centre' } } }));
    const differences = manifestDifferences(await manifestOf(source.raw, source.table, SEED_TODAY), await manifestOf(target.raw, target.table, SEED_TODAY));
    expect(differences).toEqual([expect.stringMatching(/^centre: \d+ expected, \d+ found$/), expect.stringMatching(/^offer: same count \(\d+\), different content$/)]);
  });
});
