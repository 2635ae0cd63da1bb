/**
 * The public catalogue's snapshot (patterns 25, 26) and what changed since it (7).
 *
 * Why a snapshot: the finder, widget and HSDS feed search every published offer; reading 6,000
 * offers takes seconds, too long for the first request of a container. The snapshot holds the
 * records residents see, gzip-compressed (JSON of public records compresses about tenfold) in parts
 * of at most PART_BYTES, and `asOf`: every change before that instant is in it. A reader adds the
 * changes since from the audit entries of the months since (every write to a record carries one),
 * reading only the changed records again.
 *
 * Why the table and not S3: one store, one backup, the same local engine. The snapshot is derived
 * data like the projection items, so it carries no audit entry of its own; the head (25) is written
 * in the parts' transaction and only over the build its writer read, so a reader never sees a head
 * without its parts and a slower writer never puts an older snapshot back. Parts expire by TTL
 * (PARTS_TTL_DAYS) once no head names them; a head older than that is not read (see MAX_AGE).
 * The head also lists the builds it replaced whose parts may not have expired yet (`retired`), so
 * that an erasure of personal data (functions/system/dataSubjects.ts) can remove every stored copy:
 * `dropCatalogueSnapshot` deletes the head and all those parts, and the next public request builds
 * the catalogue from the records again.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ulid } from 'ulid';
import type { Item } from '../entities.ts';
import { nextMonth } from '../time/workingDays.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { commitTx, Tx } from './transaction.ts';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';

/** Room for the key beside the compressed bytes within DynamoDB's 400 KB item limit. */
const PART_BYTES = 350 * 1024;
/** A transaction carries at most 4 MB: a snapshot of more parts is not written (the catalogue is then read whole). */
const MAX_PARTS = 10;
const PARTS_TTL_DAYS = 7;
/** A snapshot older than this is not read (its parts may have expired): the catalogue is read whole again. */
const MAX_AGE_MS = (PARTS_TTL_DAYS - 1) * 86_400_000;
/** Changes are looked up in the audit of at most this many months; an older snapshot is read whole again. */
const MAX_MONTHS = 2;

export interface CatalogueSnapshot<T> {
  build: string;
  /** Every change before this instant is in `data`. */
  asOf: string;
  /** Missing when the snapshot is older than MAX_AGE_MS or its parts are gone (its build is still what a new snapshot replaces). */
  data?: T;
}

/** The current snapshot, or `undefined` if there is none; its parts are read only while it is young enough to use. */
export async function readCatalogueSnapshot<T>(repo: Repository, now: Date): Promise<CatalogueSnapshot<T> | undefined> {
  const head = await repo.getRaw(keys.catalogue());
  if (!head) return undefined;
  if (now.getTime() - Date.parse(head.asOf) >= MAX_AGE_MS) return { build: head.build, asOf: head.asOf };
  const parts = await repo.queryAll<Item>(accessPatterns.catalogueParts(head.build));
  if (parts.length !== head.parts) return { build: head.build, asOf: head.asOf };
  const bytes = Buffer.concat(parts.map((p) => Buffer.from(p.data)));
  return { build: head.build, asOf: head.asOf, data: JSON.parse(gunzipSync(bytes).toString('utf8')) as T };
}

/**
 * Writes a new snapshot over `replaces` (the build its writer read; none for the first). Returns
 * false when another writer was first or the snapshot is too large to write at once.
 */
export async function writeCatalogueSnapshot(repo: Repository, data: unknown, opts: { asOf: string; replaces?: string; now: Date }): Promise<boolean> {
  const bytes = gzipSync(JSON.stringify(data));
  const count = Math.ceil(bytes.length / PART_BYTES);
  if (count > MAX_PARTS) return false;
  const build = ulid();
  const ttl = Math.floor(opts.now.getTime() / 1000) + PARTS_TTL_DAYS * 86_400;
  // The builds whose parts may still be stored: the one replaced and those it had retired, until their TTL.
  const previous = opts.replaces ? await repo.getRaw(keys.catalogue()) : undefined;
  const nowS = Math.floor(opts.now.getTime() / 1000);
  const retired: RetiredBuild[] = previous?.build === opts.replaces && previous
    ? [{ build: previous.build, parts: previous.parts, ttl }, ...((previous.retired ?? []) as RetiredBuild[]).filter((r) => r.ttl > nowS)].slice(0, MAX_RETIRED)
    : [];
  const tx = new Tx();
  for (let i = 0; i < count; i++)
    tx.add(
      { Put: { TableName: repo.table, Item: { ...keys.cataloguePart(build, i), _type: 'cataloguePart', data: bytes.subarray(i * PART_BYTES, (i + 1) * PART_BYTES), ttl }, ConditionExpression: 'attribute_not_exists(PK)' } },
      () => new ConflictError('catalogue part exists', 'duplicate'),
    );
  tx.add(
    {
      Put: {
        TableName: repo.table,
        Item: { ...keys.catalogue(), _type: 'catalogue', build, parts: count, asOf: opts.asOf, bytes: bytes.length, retired },
        ...(opts.replaces ? { ConditionExpression: 'build = :previous', ExpressionAttributeValues: { ':previous': opts.replaces } } : { ConditionExpression: 'attribute_not_exists(PK)' }),
      },
    },
    () => new ConflictError('catalogue rebuilt concurrently', 'duplicate'),
  );
  try {
    await commitTx(repo.doc, tx);
    return true;
  } catch (err) {
    if (err instanceof ConflictError) return false;
    throw err;
  }
}

interface RetiredBuild {
  build: string;
  parts: number;
  /** When its parts expire at the latest (epoch seconds). */
  ttl: number;
}
/** A head lists at most this many replaced builds (a week of hourly rebuilds by several containers). */
const MAX_RETIRED = 1000;

/**
 * Deletes the stored snapshot: its head, its parts and the parts of the builds it replaced that may
 * not have expired yet. Derived data, so no audit entry; the next public request reads the records
 * and stores a new snapshot. Used when personal data is erased, so no old copy keeps it.
 * Returns the number of items deleted.
 */
export async function dropCatalogueSnapshot(repo: Repository): Promise<number> {
  const head = await repo.getRaw(keys.catalogue());
  if (!head) return 0;
  const builds: Array<{ build: string; parts: number }> = [{ build: head.build, parts: head.parts }, ...((head.retired ?? []) as RetiredBuild[])];
  const doomed = [keys.catalogue(), ...builds.flatMap((b) => Array.from({ length: b.parts }, (_, i) => keys.cataloguePart(b.build, i)))];
  // One by one (25 at a time), so the erasing function needs no batch write permission.
  for (let i = 0; i < doomed.length; i += 25) await Promise.all(doomed.slice(i, i + 25).map((Key) => repo.doc.send(new DeleteCommand({ TableName: repo.table, Key }))));
  return doomed.length;
}

/**
 * The records of `types` changed from `since` up to now, from the audit entries of those months
 * (7), each once; `undefined` when that reaches back further than MAX_MONTHS.
 */
export async function changedSince(repo: Repository, since: string, now: Date, types: readonly string[]): Promise<Array<{ type: string; id: string }> | undefined> {
  // Audit entries are partitioned by the UTC month of their instant (keys.audit).
  const months: string[] = [];
  for (let m = since.slice(0, 7); m <= now.toISOString().slice(0, 7); m = nextMonth(m)) months.push(m);
  if (months.length > MAX_MONTHS) return undefined;
  const wanted = new Set(types);
  const seen = new Map<string, { type: string; id: string }>();
  for (const month of months) {
    const entries = await repo.queryAll<Item>({ ...accessPatterns.auditSince(month, since), ProjectionExpression: 'entityType, entityId' });
    for (const e of entries) if (wanted.has(e.entityType)) seen.set(`${e.entityType}#${e.entityId}`, { type: e.entityType, id: e.entityId });
  }
  return [...seen.values()];
}
