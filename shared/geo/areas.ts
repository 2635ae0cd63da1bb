/**
 * The boundaries that apply on a day, for every reader (public GeoJSON, HSDS service areas, the
 * location check): the version list of each level is held per container for BOUNDARY_CACHE_MS
 * (an import shows within that time, as published offers do), a version's shapes for good, since a
 * version never changes. Reads patterns 18 and 19.
 */
import { currentTenant } from '../tenancy/scope.ts';
import type { Repository } from '../db/repository.ts';
import { listBoundaryVersions, shapesOf, type StoredShape } from '../db/boundaryStore.ts';
import { entities } from '../entities.ts';
import type { BoundaryLevel, BoundaryVersion } from '../schemas/boundary.ts';
import { BOUNDARY_LEVELS } from '../schemas/values.ts';
import { locate } from './locate.ts';
import { nowMs } from '../time/clock.ts';

export const BOUNDARY_CACHE_MS = 60_000;

export interface LevelShapes {
  level: BoundaryLevel;
  version?: BoundaryVersion;
  shapes: StoredShape[];
}

/** Per table and tenant (a container serves many tenants). */
const versionCache = new Map<string, { at: number; value: Promise<BoundaryVersion[]> }>();
const shapeCache = new Map<string, Promise<StoredShape[]>>();

function versions(repo: Repository, level: BoundaryLevel, now: number): Promise<BoundaryVersion[]> {
  const key = `${repo.table}|${currentTenant()}|${level}`;
  const cached = versionCache.get(key);
  if (cached && now - cached.at < BOUNDARY_CACHE_MS) return cached.value;
  const value = listBoundaryVersions(repo, level);
  versionCache.set(key, { at: now, value });
  value.catch(() => versionCache.delete(key));
  return value;
}

/** Forgets the version lists (after an import in this container, so it shows at once here). */
export function forgetBoundaryVersions(): void {
  versionCache.clear();
}

export async function boundariesOn(repo: Repository, level: BoundaryLevel, day: string, now = nowMs()): Promise<LevelShapes> {
  const version = (await versions(repo, level, now)).find((v) => v.validFrom <= day);
  if (!version) return { level, shapes: [] };
  const key = `${repo.table}|${currentTenant()}|${version.id}`;
  if (!shapeCache.has(key)) {
    const value = shapesOf(repo, version.id);
    shapeCache.set(key, value);
    value.catch(() => shapeCache.delete(key));
  }
  return { level, version, shapes: await shapeCache.get(key)! };
}

export interface Assignment {
  quarterId?: string;
  socialSpaceId?: string;
  districtId?: string;
  /** The boundaries used are the seed's illustrative ones, not the city's. */
  illustrative: boolean;
}

/**
 * Quarter, social space and district of a point. Each level is located in its own boundaries;
 * where a level has none, the located quarter's record names its social space and district.
 */
export async function assign(repo: Repository, point: { lat: number; lng: number }, day: string): Promise<Assignment> {
  const [quarters, spaces, districts] = await Promise.all(BOUNDARY_LEVELS.slice().reverse().map((l) => boundariesOn(repo, l, day)));
  const quarterId = locate(point, quarters.shapes);
  const quarter = quarterId ? await repo.find(entities.quarter, quarterId) : undefined;
  return {
    quarterId,
    socialSpaceId: locate(point, spaces.shapes) ?? quarter?.socialSpaceId,
    districtId: locate(point, districts.shapes) ?? quarter?.districtId,
    illustrative: [quarters, spaces, districts].some((l) => l.version?.illustrative),
  };
}
