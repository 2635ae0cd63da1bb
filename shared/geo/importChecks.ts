/**
 * The checks of a boundary import, each failure a German message that names the feature:
 * - a known coordinate system, and coordinates that land in NRW after conversion;
 * - valid polygons: closed rings of at least four positions, no self-intersections (@turf/kinks);
 * - every feature matched to an area of the level, by id or by name, and no area twice;
 * - every quarter within its social space, by at least QUARTER_WITHIN_SHARE of its area.
 * Pure: the caller passes the areas and, for quarters, the social spaces' current shapes.
 */
import area from '@turf/area';
import { featureCollection, feature as toFeature } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import { QUARTER_WITHIN_SHARE } from '../schemas/values.ts';
import type { AreaGeometry, BoundaryImport, BoundaryLevel, Crs } from '../schemas/boundary.ts';
import type { AreaShape } from './locate.ts';
import { declaredCrs, toWgs84Geometry } from './reproject.ts';

/** Roughly NRW and its neighbours: converted coordinates outside mean a wrong coordinate system. */
const NRW = { minLng: 5.5, maxLng: 9.8, minLat: 50.2, maxLat: 52.6 };

export interface KnownArea {
  id: string;
  name: string;
  /** Quarters: the social space they belong to. */
  socialSpaceId?: string;
}

export interface CheckedFeature extends AreaShape {
  name: string;
}

export interface ImportError {
  pointer: string;
  detail: string;
}

export type CheckResult = { ok: true; crs: Crs; features: CheckedFeature[]; missingAreas: string[] } | { ok: false; errors: ImportError[] };

const LEVEL_NOUN: Record<BoundaryLevel, string> = { districts: 'Stadtbezirk', 'social-spaces': 'Sozialraum', quarters: 'Quartier' };

/** "hammer norden", "Hammer-Norden", "HAMMER NORDEN" → "hammernorden"; ß → ss, umlauts folded. */
export const normalise = (s: string) =>
  s.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

const NAME_KEYS = ['id', 'key', 'kennung', 'name', 'bezeichnung', 'sozialraum', 'quartier', 'stadtbezirk', 'wohnbereich'];

function candidates(f: BoundaryImport['featureCollection']['features'][number]): string[] {
  const props = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return [f.id, ...NAME_KEYS.map((k) => props[k])].filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

function rings(g: AreaGeometry): number[][][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

const same = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];

export function checkImport(body: BoundaryImport, level: BoundaryLevel, areas: KnownArea[], spaces?: AreaShape[]): CheckResult {
  const errors: ImportError[] = [];
  const crs = body.crs ?? declaredCrs(body.featureCollection.crs?.properties.name) ?? 'EPSG:4326';
  const byKey = new Map<string, KnownArea>();
  for (const a of areas) for (const k of [a.id, a.name]) byKey.set(normalise(k), a);
  const taken = new Map<string, number>();
  const out: CheckedFeature[] = [];

  body.featureCollection.features.forEach((f, i) => {
    const pointer = `/body/featureCollection/features/${i}`;
    const keys = candidates(f);
    const label = `Merkmal ${i + 1}${keys.length ? ` („${keys.find((k) => !/^\d+$/.test(k)) ?? keys[0]}“)` : ''}`;
    const fail = (detail: string) => errors.push({ pointer, detail: `${label}: ${detail}` });

    if (crs === 'EPSG:4326' && rings(f.geometry).some((r) => r.some((p) => Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)))
      return fail('Koordinaten passen nicht zu WGS84 (EPSG:4326). Stammen sie aus EPSG:25832? Dann das Koordinatensystem angeben.');
    const open = rings(f.geometry).findIndex((r) => r.length < 4 || !same(r[0], r[r.length - 1]));
    if (open >= 0) return fail(`Ring ${open + 1} ist nicht geschlossen (erster und letzter Punkt müssen gleich sein, mindestens vier Punkte).`);

    const geometry = toWgs84Geometry(f.geometry, crs);
    if (rings(geometry).some((r) => r.some(([lng, lat]) => lng < NRW.minLng || lng > NRW.maxLng || lat < NRW.minLat || lat > NRW.maxLat)))
      return fail(`liegt nach der Umrechnung aus ${crs} nicht in Nordrhein-Westfalen. Stimmt das Koordinatensystem?`);
    const crossings = kinks(toFeature(geometry as never) as never).features;
    if (crossings.length) {
      const [lng, lat] = crossings[0].geometry.coordinates;
      return fail(`Die Fläche überschneidet sich selbst (bei ${lat.toFixed(5)}, ${lng.toFixed(5)}).`);
    }

    const match = keys.map((k) => byKey.get(normalise(k))).find(Boolean);
    if (!match) return fail(`keinem ${LEVEL_NOUN[level]} zuzuordnen: weder Kennung noch Name ist bekannt.`);
    if (taken.has(match.id)) return fail(`${LEVEL_NOUN[level]} „${match.name}“ kommt doppelt vor (schon in Merkmal ${taken.get(match.id)! + 1}).`);
    taken.set(match.id, i);

    if (level === 'quarters' && spaces) {
      const space = spaces.find((s) => s.areaId === match.socialSpaceId);
      if (!space) return fail(`Für den Sozialraum des Quartiers „${match.name}“ gibt es noch keine Grenze. Bitte zuerst die Sozialräume importieren.`);
      const inside = intersect(featureCollection([toFeature(geometry as never), toFeature(space.geometry as never)]) as never);
      const share = inside ? area(inside) / area(toFeature(geometry as never) as never) : 0;
      if (share < QUARTER_WITHIN_SHARE)
        return fail(`Das Quartier „${match.name}“ liegt nur zu ${Math.floor(share * 100)} % in seinem Sozialraum (mindestens ${QUARTER_WITHIN_SHARE * 100} % nötig).`);
    }
    out.push({ areaId: match.id, name: match.name, geometry });
  });

  if (errors.length) return { ok: false, errors };
  return { ok: true, crs, features: out, missingAreas: areas.filter((a) => !taken.has(a.id)).map((a) => a.id) };
}
