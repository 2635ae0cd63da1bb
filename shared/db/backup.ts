/**
 * The whole table to a file and back: `npm run backup`, `npm run restore`, `npm run verify-restore`
 * (infra/scripts). A tool's job, never a request path: it reads the table with Scan, which no handler may.
 *
 * The file is gzip-compressed NDJSON. Line 1 is the manifest: the format, the table, when, how many
 * items of each entity type (`_type`), and a SHA-256 digest per type over the items in key order, so two
 * tables can be compared without reading both into one place. Every further line is one item in
 * DynamoDB's own attribute-value JSON (binary values base64), so numbers, sets and binary come back
 * exactly as they were.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BatchWriteItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from './client.ts';
import { platformKeys } from './keys.ts';
import { migrateToTenantKeys, TENANT_KEYS_MIGRATION } from './tenantMigration.ts';

export const BACKUP_FORMAT = 'hamm-stadtteilarbeit-backup/1';
type Item = Record<string, AttributeValue>;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  table: string;
  takenAt: string;
  items: number;
  /** Items per entity type (`_type`; `(none)` for items without one). */
  counts: Record<string, number>;
  /** Per entity type: SHA-256 over its items' JSON in key order. */
  digests: Record<string, string>;
}

/** Every item of the table, page by page. */
export async function* scanTable(client: DynamoDBClient, table: string): AsyncGenerator<Item> {
  let start: Item | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Binary (B, BS) as base64 strings and back: the only attribute values JSON cannot carry as they are. */
function toJson(v: AttributeValue): unknown {
  if (v.B) return { B: Buffer.from(v.B).toString('base64') };
  if (v.BS) return { BS: v.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (v.M) return { M: Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, toJson(x)])) };
  if (v.L) return { L: v.L.map(toJson) };
  return v;
}
/** An attribute value as a backup line holds it: binary as base64. */
type JsonValue = { B?: string; BS?: string[]; M?: Record<string, JsonValue>; L?: JsonValue[] } & Record<string, unknown>;
function fromJson(v: JsonValue): AttributeValue {
  if (typeof v.B === 'string') return { B: Buffer.from(v.B, 'base64') };
  if (Array.isArray(v.BS)) return { BS: v.BS.map((b) => Buffer.from(b, 'base64')) };
  if (v.M) return { M: Object.fromEntries(Object.entries(v.M).map(([k, x]) => [k, fromJson(x)])) };
  if (v.L) return { L: v.L.map(fromJson) };
  return v as AttributeValue;
}
/** One item as a line: attributes in name order, so the same item is always the same line. */
const lineOf = (item: Item) => JSON.stringify(Object.fromEntries(Object.keys(item).sort().map((k) => [k, toJson(item[k]!)])));
const keyOf = (item: Item) => `${item.PK?.S}\u0000${item.SK?.S}`;
const typeOf = (item: Item) => item._type?.S ?? '(none)';

/** The manifest of a set of items: counts and digests per type. */
function manifestFrom(table: string, items: Item[], takenAt: Date): Manifest {
  const counts: Record<string, number> = {};
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const item of [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))) {
    const type = typeOf(item);
    counts[type] = (counts[type] ?? 0) + 1;
    if (!hashes.has(type)) hashes.set(type, createHash('sha256'));
    hashes.get(type)!.update(`${lineOf(item)}\n`);
  }
  const digests = Object.fromEntries([...hashes].sort(([a], [b]) => a.localeCompare(b)).map(([t, h]) => [t, h.digest('hex')]));
  return { format: BACKUP_FORMAT, table, takenAt: takenAt.toISOString(), items: items.length, counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))), digests };
}

/** The manifest of the table as it is now (verify-restore compares two of them). */
export async function manifestOf(client: DynamoDBClient, table: string, now: Date): Promise<Manifest> {
  const items: Item[] = [];
  for await (const item of scanTable(client, table)) items.push(item);
  return manifestFrom(table, items, now);
}

/** Writes the whole table to `file`; returns its manifest. */
export async function backupTable(client: DynamoDBClient, table: string, file: string, now: Date): Promise<Manifest> {
  const items: Item[] = [];
  for await (const item of scanTable(client, table)) items.push(item);
  const manifest = manifestFrom(table, items, now);
  const lines = (function* () {
    yield `${JSON.stringify(manifest)}\n`;
    for (const item of items) yield `${lineOf(item)}\n`;
  })();
  await pipeline(Readable.from(lines), createGzip(), createWriteStream(file));
  return manifest;
}

/** Why a file cannot be restored, in words an operator acts on. */
export class RestoreRefused extends Error {}

/** The manifest and items of a backup file; refuses a file that is not one, or not whole. */
export async function readBackup(file: string): Promise<{ manifest: Manifest; items: Item[] }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let manifest: Manifest | undefined;
  const items: Item[] = [];
  try {
    for await (const line of lines) {
      if (!line) continue;
      const parsed = JSON.parse(line);
      if (!manifest) {
        if (parsed.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a backup of this system (format ${parsed.format ?? 'unknown'})`);
        manifest = parsed;
      } else items.push(Object.fromEntries(Object.entries(parsed as Record<string, JsonValue>).map(([k, v]) => [k, fromJson(v)])));
    }
  } catch (err) {
    if (err instanceof RestoreRefused) throw err;
    throw new RestoreRefused(`${file} cannot be read as a backup: ${(err as Error).message}`);
  }
  if (!manifest) throw new RestoreRefused(`${file} is empty`);
  const check = manifestFrom(manifest.table, items, new Date(manifest.takenAt));
  if (check.items !== manifest.items || JSON.stringify(check.digests) !== JSON.stringify(manifest.digests))
    throw new RestoreRefused(`${file} is incomplete or changed: ${check.items} of ${manifest.items} items, digests ${JSON.stringify(check.digests) === JSON.stringify(manifest.digests) ? 'match' : 'differ'}`);
  return { manifest, items };
}

/**
 * Restores `file` into `table`, which must be empty: a restore never mixes with live data. (A new
 * table holds only the marker of its finished key migration, which is no data.) Writes in batches of
 * 25, retrying what DynamoDB leaves unprocessed; returns the file's manifest. A backup from before
 * tenants is moved to tenant keys afterwards, as the deployment would have moved the live table.
 */
export async function restoreTable(client: DynamoDBClient, table: string, file: string): Promise<Manifest> {
  const { manifest, items } = await readBackup(file);
  const marker = platformKeys.migration(TENANT_KEYS_MIGRATION).PK;
  const probe = await client.send(new ScanCommand({ TableName: table, Limit: 2 }));
  if (probe.Items?.some((i) => i.PK?.S !== marker)) throw new RestoreRefused(`table ${table} is not empty: restore only into an empty table`);
  const fromBeforeTenants = !items.some((i) => i.PK?.S === marker);
  const doc = createDocumentClient(client);
  if (fromBeforeTenants) await doc.send(new DeleteCommand({ TableName: table, Key: platformKeys.migration(TENANT_KEYS_MIGRATION) }));
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length; attempt++) {
      if (attempt > 8) throw new Error(`DynamoDB kept ${requests.length} items unprocessed; restore stopped at item ${i} of ${items.length}`);
      if (attempt) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const res = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      requests = (res.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  }
  if (fromBeforeTenants) await migrateToTenantKeys(doc, table);
  return manifest;
}

/** What differs between two manifests (types with other counts or digests); empty when they agree. */
export function manifestDifferences(expected: Manifest, actual: Manifest): string[] {
  const types = [...new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])].sort();
  return types.flatMap((t) =>
    expected.counts[t] !== actual.counts[t] ? [`${t}: ${expected.counts[t] ?? 0} expected, ${actual.counts[t] ?? 0} found`] : expected.digests[t] !== actual.digests[t] ? [`${t}: same count (${actual.counts[t]}), different content`] : [],
  );
}
