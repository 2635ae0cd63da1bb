/**
 * Which area a point lies in (point-in-polygon, @turf/boolean-point-in-polygon).
 *
 * Tie rule: a point exactly on a border shared by two areas lies in both polygons (the border
 * belongs to each). It is assigned to the area whose id sorts first, so the answer never depends on
 * the order of the imported features.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AreaGeometry } from '../schemas/boundary.ts';

export interface AreaShape {
  areaId: string;
  geometry: AreaGeometry;
}

export function locate(point: { lat: number; lng: number }, areas: AreaShape[]): string | undefined {
  const pt: [number, number] = [point.lng, point.lat];
  const hits = areas.filter((a) => booleanPointInPolygon(pt, a.geometry as never)).map((a) => a.areaId);
  return hits.sort()[0];
}
