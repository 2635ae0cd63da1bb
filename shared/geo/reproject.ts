/**
 * Coordinates into WGS84: imports may come in EPSG:25832 (ETRS89 / UTM 32N, the usual system of
 * NRW geodata, e.g. the city's Sozialräume and Wohnbereiche), which proj4 converts.
 */
import proj4 from 'proj4';
import type { AreaGeometry, Crs } from '../schemas/boundary.ts';

proj4.defs('EPSG:25832', '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
const toWgs84 = proj4('EPSG:25832', 'EPSG:4326');

/** The system a collection declares in its legacy `crs` member (`urn:ogc:def:crs:EPSG::25832`, `EPSG:4326`, `…CRS84`). */
export function declaredCrs(name: string | undefined): Crs | undefined {
  if (!name) return undefined;
  if (/25832/.test(name)) return 'EPSG:25832';
  if (/4326|CRS84/i.test(name)) return 'EPSG:4326';
  return undefined;
}

/** ~1 cm: more digits only make the files larger. */
const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

export function toWgs84Geometry(geometry: AreaGeometry, crs: Crs): AreaGeometry {
  const point = crs === 'EPSG:25832' ? (p: number[]) => toWgs84.forward([p[0], p[1]]).map(round7) : (p: number[]) => [round7(p[0]), round7(p[1])];
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(point)) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(point))) };
}

/** The inverse, for test fixtures and for checking an export. */
export function fromWgs84ToUtm32(lng: number, lat: number): [number, number] {
  const [x, y] = toWgs84.inverse([lng, lat]);
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}
