/**
 * Area boundaries in the one table (patterns 18, 19). Why DynamoDB and not S3: the shapes stay in
 * the same store, backup (PITR), audit and local engine as everything else, and a version becomes
 * visible atomically. Each area's geometry is gzip-compressed into one item (GeoJSON compresses
 * about tenfold, so a shape up to roughly 3 MB of GeoJSON fits the 400 KB item limit); a larger one
 * is refused with a message asking to simplify it.
 *
 * An import writes the shapes first (each conditional on being new, in transactions of at most
 * SHAPES_PER_TX items), then the version item with its audit entry; readers list versions only,
 * so an interrupted import leaves unreachable shapes and no half version.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ulid } from 'ulid';
import type { AreaGeometry, BoundaryLevel, BoundaryVersion } from '../schemas/boundary.ts';
import type { CheckedFeature } from '../geo/importChecks.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError, BadRequestError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, putAllNew, Tx } from './transaction.ts';
import type { Item } from '../entities.ts';

const SHAPES_PER_TX = 25;
/** Room for the key and name beside the compressed shape within DynamoDB's 400 KB. */
export const MAX_SHAPE_BYTES = 390 * 1024;

export interface StoredShape extends CheckedFeature {}

export async function saveBoundaryVersion(
  repo: Repository,
  v: { level: BoundaryLevel; validFrom: string; source: string; licence?: string; illustrative: boolean; features: CheckedFeature[]; actor: string; at: string },
): Promise<BoundaryVersion> {
  const id = ulid();
  const items = v.features.map((f) => {
    const geometry = gzipSync(JSON.stringify(f.geometry));
    if (geometry.length > MAX_SHAPE_BYTES) throw new BadRequestError(`The shape of '${f.name}' is over ${MAX_SHAPE_BYTES / 1024} KB compressed; simplify it`);
    return { ...keys.boundaryShape(id, f.areaId), _type: 'boundaryShape', areaId: f.areaId, name: f.name, geometry };
  });
  await putAllNew(repo.doc, repo.table, items, (item) => new ConflictError(`shape ${item.areaId} exists`, 'duplicate'), SHAPES_PER_TX);
  const version: BoundaryVersion = {
    id, level: v.level, validFrom: v.validFrom, source: v.source, ...(v.licence ? { licence: v.licence } : {}), illustrative: v.illustrative,
    features: v.features.length, importedAt: v.at, importedBy: v.actor,
  };
  const tx = new Tx().add(
    { Put: { TableName: repo.table, Item: { ...keys.boundaryVersion(v.level, v.validFrom, id), _type: 'boundaryVersion', ...version }, ConditionExpression: 'attribute_not_exists(PK)' } },
    () => new ConflictError(`boundary version ${id} exists`, 'duplicate'),
  );
  tx.add(...auditItem(repo.table, { entityType: 'boundaryVersion', entityId: id, action: 'create', actor: v.actor, at: v.at, version: 1, changes: { level: { to: v.level }, validFrom: { to: v.validFrom }, source: { to: v.source }, features: { to: v.features.length } } }));
  await commitTx(repo.doc, tx);
  return version;
}

/** The versions of a level, newest valid-from first (pattern 18). */
export async function listBoundaryVersions(repo: Repository, level: BoundaryLevel): Promise<BoundaryVersion[]> {
  const items = await repo.queryAll<Item>(accessPatterns.boundaryVersions(level));
  return items.map(({ PK, SK, _type, ...v }) => v as BoundaryVersion);
}

/** The version that applies on `day`: the newest valid from that day or before. */
export async function versionOn(repo: Repository, level: BoundaryLevel, day: string): Promise<BoundaryVersion | undefined> {
  return (await listBoundaryVersions(repo, level)).find((v) => v.validFrom <= day);
}

/** The area shapes of one version (pattern 19). */
export async function shapesOf(repo: Repository, versionId: string): Promise<StoredShape[]> {
  const items = await repo.queryAll<Item>(accessPatterns.boundaryShapes(versionId));
  return items.map((i) => ({ areaId: i.areaId, name: i.name, geometry: JSON.parse(gunzipSync(i.geometry).toString('utf8')) as AreaGeometry }));
}
