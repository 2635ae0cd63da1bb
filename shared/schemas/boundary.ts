/**
 * Area boundaries: GeoJSON polygons of districts, social spaces and quarters, imported in
 * versions with a valid-from date (shared/geo/, shared/db/boundaryStore.ts).
 */
import * as z from 'zod';
import { IsoDate } from './common.ts';
import { BOUNDARY_LEVELS } from './values.ts';

/** The levels, as they appear in paths (`/v1/public/boundaries/social-spaces.geojson`). */
export const BoundaryLevel = z.enum(BOUNDARY_LEVELS);
export type BoundaryLevel = z.infer<typeof BoundaryLevel>;
/** The coordinate systems an import may use: WGS84, or ETRS89 / UTM zone 32N (usual for NRW geodata). */
export const Crs = z.enum(['EPSG:4326', 'EPSG:25832']);
export type Crs = z.infer<typeof Crs>;

const Position = z.array(z.number()).min(2).max(3);
const Ring = z.array(Position).max(200000);
const Polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1).max(1000) });
const MultiPolygon = z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1).max(1000)).min(1).max(1000) });
export const AreaGeometry = z.discriminatedUnion('type', [Polygon, MultiPolygon]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const ImportFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable().default({}),
  geometry: AreaGeometry,
});
export const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** The legacy GeoJSON 2008 member many GIS exports still write, e.g. `urn:ogc:def:crs:EPSG::25832`. */
  crs: z.object({ type: z.string(), properties: z.object({ name: z.string() }) }).optional(),
  features: z.array(ImportFeature).min(1).max(2000),
});

export const BoundaryImport = z.strictObject({
  /** From this day on the version applies; earlier versions stay readable with `?at=`. */
  validFrom: IsoDate,
  /** Where the geometry comes from (shown with the map). */
  source: z.string().trim().min(1).max(300),
  licence: z.string().max(200).optional(),
  /** Not the city's official boundaries (the seed's Voronoi cells). */
  illustrative: z.boolean().default(false),
  /** Default: the collection's `crs` member, else EPSG:4326. */
  crs: Crs.optional(),
  featureCollection: FeatureCollection,
});
export type BoundaryImport = z.infer<typeof BoundaryImport>;

/** One imported version of a level, as listed. */
export const BoundaryVersion = z.object({
  id: z.string(),
  level: BoundaryLevel,
  validFrom: IsoDate,
  source: z.string(),
  licence: z.string().optional(),
  illustrative: z.boolean(),
  features: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type BoundaryVersion = z.infer<typeof BoundaryVersion>;

/** The public GeoJSON of one level (`/v1/public/boundaries/{level}.geojson`), with where it comes from. */
export const BoundaryGeoJson = z.object({
  type: z.literal('FeatureCollection'),
  level: BoundaryLevel,
  versionId: z.string(),
  validFrom: IsoDate,
  source: z.string(),
  licence: z.string().optional(),
  illustrative: z.boolean(),
  features: z.array(z.object({ type: z.literal('Feature'), id: z.string(), properties: z.object({ id: z.string(), name: z.string() }), geometry: AreaGeometry })),
});
