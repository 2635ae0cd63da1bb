/** Routes of the boundaries function: importing a level's boundaries as a new version. */
import * as z from 'zod';
import { BoundaryImport, BoundaryLevel, BoundaryVersion } from '../../schemas/boundary.ts';
import { QUARTER_WITHIN_SHARE } from '../../schemas/values.ts';
import { Id } from '../../schemas/common.ts';
import { API_BASE } from './groups.ts';
import type { Route } from './route.ts';

const LevelParams = z.strictObject({ level: BoundaryLevel });
export const BoundaryImportOutcome = z.object({ version: BoundaryVersion, missingAreas: z.array(Id) });

export const routes: Route[] = [
  {
    method: 'POST', path: `${API_BASE}/boundaries/{level}`, fn: 'boundaries', operationId: 'importBoundaries',
    summary: 'Import the boundaries of one level as a GeoJSON FeatureCollection (WGS84 or EPSG:25832), as a new version valid from a day', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'create' }, params: LevelParams, body: BoundaryImport, response: BoundaryImportOutcome, status: 201, maxBodyBytes: 5 * 1024 * 1024,
    rules: [
      'Polygons must be valid: closed rings, no self-intersections; each feature matches an area of the level by id or name, once.',
      `Each quarter lies within its social space by at least ${QUARTER_WITHIN_SHARE * 100} % of its area (the social spaces' boundaries valid on \`validFrom\`).`,
      'Every failure names the feature, field by field (400). Bodies up to 5 MB.',
    ],
  },
];
