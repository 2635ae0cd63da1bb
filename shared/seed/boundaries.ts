/**
 * ILLUSTRATIVE boundaries for Hamm, until the city's own geodata is imported: the Voronoi cell of
 * each quarter's approximate centre point (shared/data/hamm-quarter-centres.json), clipped to an
 * approximate city outline; a social space is the union of its quarters' cells, a district the
 * union of its quarters' cells. So quarters lie wholly within their social spaces, and Hammer
 * Norden and Hammer Westen span their districts as in the city's structure. Each version says
 * `illustrative: true` and where the shapes come from.
 */
import { featureCollection, point, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import voronoi from '@turf/voronoi';
import centres from '../data/hamm-quarter-centres.json' with { type: 'json' };
import { AREA_TYPE } from '../schemas/values.ts';
import type { AreaGeometry, BoundaryImport, BoundaryLevel } from '../schemas/boundary.ts';
import { hammStructure } from './hamm.ts';
import type { Repository } from '../db/repository.ts';
import { listBoundaryVersions, saveBoundaryVersion } from '../db/boundaryStore.ts';
import { boundariesOn, forgetBoundaryVersions } from '../geo/areas.ts';
import { checkImport } from '../geo/importChecks.ts';
import { now } from '../time/clock.ts';

export const ILLUSTRATIVE_SOURCE = 'Illustrativ: Voronoi-Zellen um ungefähre Quartiersmittelpunkte, auf einen ungefähren Stadtumriss beschnitten. Keine amtlichen Grenzen.';
export const ILLUSTRATIVE_VALID_FROM = '2020-01-01';

type Feature = BoundaryImport['featureCollection']['features'][number];

/** The three levels' FeatureCollections, ready for the import checks (WGS84). */
export function illustrativeBoundaries(): Record<BoundaryLevel, BoundaryImport> {
  const structure = hammStructure();
  const quarters = structure.filter((i) => i.type === 'quarter');
  const outline = polygon([centres.outline.map(([lat, lng]) => [lng, lat])]);
  const points = featureCollection(quarters.map((q) => {
    const [lat, lng] = (centres.quarters as Record<string, number[]>)[q.data.name as string];
    return point([lng, lat], { id: q.id });
  }));
  const cells = voronoi(points, { bbox: [7.6, 51.55, 8.1, 51.8] });
  const cellOf = new Map<string, Feature['geometry']>();
  cells.features.forEach((cell, i) => {
    const clipped = intersect(featureCollection([cell, outline]));
    if (clipped) cellOf.set(quarters[i].id, clipped.geometry as AreaGeometry);
  });
  const unionOf = (ids: string[]): AreaGeometry => {
    const parts = ids.map((id) => ({ type: 'Feature' as const, properties: {}, geometry: cellOf.get(id)! }));
    return (parts.length === 1 ? parts[0] : union(featureCollection(parts as never))!).geometry as AreaGeometry;
  };
  const collection = (features: { id: string; name: string; geometry: AreaGeometry }[]): BoundaryImport => ({
    validFrom: ILLUSTRATIVE_VALID_FROM,
    source: ILLUSTRATIVE_SOURCE,
    illustrative: true,
    featureCollection: { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', id: f.id, properties: { name: f.name }, geometry: f.geometry })) },
  });
  const grouped = (type: string, by: string) =>
    structure.filter((i) => i.type === type).map((a) => ({ id: a.id, name: a.data.name as string, geometry: unionOf(quarters.filter((q) => q.data[by] === a.id).map((q) => q.id)) }));
  return {
    'social-spaces': collection(grouped('socialSpace', 'socialSpaceId')),
    quarters: collection(quarters.map((q) => ({ id: q.id, name: q.data.name as string, geometry: cellOf.get(q.id)! }))),
    districts: collection(grouped('district', 'districtId')),
  };
}

/** A point inside a quarter's cell (its centre), for placing seeded centres and offers. */
export function quarterCentre(quarterName: string): { lat: number; lng: number } {
  const [lat, lng] = (centres.quarters as Record<string, number[]>)[quarterName];
  return { lat, lng };
}

/**
 * Imports the illustrative boundaries, through the same checks as an admin's import, for each level
 * that has no version yet (social spaces first: the quarters are checked against them).
 */
export async function seedIllustrativeBoundaries(repo: Repository, actor: string): Promise<number> {
  const collections = illustrativeBoundaries();
  const structure = hammStructure();
  let imported = 0;
  for (const level of ['social-spaces', 'quarters', 'districts'] as BoundaryLevel[]) {
    if ((await listBoundaryVersions(repo, level)).length) continue;
    const type = AREA_TYPE[level];
    const areas = structure.filter((i) => i.type === type).map((i) => ({ id: i.id, name: i.data.name as string, socialSpaceId: i.data.socialSpaceId as string | undefined }));
    const spaces = level === 'quarters' ? (await boundariesOn(repo, 'social-spaces', ILLUSTRATIVE_VALID_FROM, 0)).shapes : undefined;
    const checked = checkImport(collections[level], level, areas, spaces);
    if (!checked.ok) throw new Error(`illustrative ${level}: ${checked.errors[0].detail}`);
    const body = collections[level];
    await saveBoundaryVersion(repo, { level, validFrom: body.validFrom, source: body.source, illustrative: true, features: checked.features, actor, at: now().toISOString() });
    forgetBoundaryVersions();
    imported++;
  }
  return imported;
}
