/**
 * Coordinates into WGS84: imports may come in EPSG:25832 (ETRS89 / UTM 32N, the usual system of
 * NRW geodata, e.g. the city's Sozialräume and Wohnbereiche). geodesy's UTM (Karney's series,
 * nanometre accuracy) converts them; ETRS89 and WGS84 coincide at the metre level, as proj4's
 * `towgs84=0` has it. geodesy rather than proj4: this one system is all the import needs, at a
 * sixth of proj4's weight in the function bundle (issue 19).
 */
import { datums } from 'geodesy/latlon-ellipsoidal-datum.js';
import Utm, { LatLon } from 'geodesy/utm.js';
import type { AreaGeometry, Crs } from '../schemas/boundary.ts';

const ZONE = 32;

/** Easting/northing in metres to [lng, lat]; values no UTM zone has (degrees read as metres) give NaN, which no check accepts. */
export function utm32ToWgs84(easting: number, northing: number): [number, number] {
  try {
    const p = new Utm(ZONE, 'N', easting, northing, datums.ETRS89).toLatLon();
    return [p.lon, p.lat];
  } catch {
    return [NaN, NaN];
  }
}

/** The system a collection declares in its legacy `crs` member (`urn:ogc:def:crs:EPSG::25832`, `EPSG:4326`, `…CRS84`). */
export function declaredCrs(name: string | undefined): Crs | undefined {
  if (!name) return undefined;
  if (/25832/.test(name)) return 'EPSG:25832';
  if (/4326|CRS84/i.test(name)) return 'EPSG:4326';
  return undefined;
}

/** ~1 cm: more digits only make the files larger. */
export const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

export function toWgs84Geometry(geometry: AreaGeometry, crs: Crs): AreaGeometry {
  const point = crs === 'EPSG:25832' ? (p: number[]) => utm32ToWgs84(p[0], p[1]).map(round7) : (p: number[]) => [round7(p[0]), round7(p[1])];
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(point)) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(point))) };
}

/** The inverse, for test fixtures and for checking an export. */
export function fromWgs84ToUtm32(lng: number, lat: number): [number, number] {
  const u = new LatLon(lat, lng, 0, datums.ETRS89).toUtm(ZONE);
  return [Math.round(u.easting * 100) / 100, Math.round(u.northing * 100) / 100];
}
