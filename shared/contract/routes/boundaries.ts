/** Routes of the boundaries function: importing a level's boundaries, or the address directory, as a new version. */
import * as z from 'zod';
import { AddressImport, AddressVersion, MAX_ADDRESS_CSV_CHARS } from '../../schemas/address.ts';
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
  {
    method: 'POST', path: `${API_BASE}/address-directory`, fn: 'boundaries', operationId: 'importAddressDirectory',
    summary: 'Import the address directory (official house coordinates, Hauskoordinaten, as CSV) as its new version: what turns a resident\'s address into a point', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'create' }, body: AddressImport, response: z.object({ version: AddressVersion }), status: 201, maxBodyBytes: MAX_ADDRESS_CSV_CHARS + 64 * 1024,
    problemStatuses: { 422: 'Rows that cannot be read: each error names the line and column (`/body/csv/<line>/<column>`)' },
    rules: [
      'The official layout (HK-DE, `;`-separated, no header: HNR, ADZ, EAST, NORTH, STN, PLZ in fields 10–15) or a header row naming STN/Straße, HNR/Hausnummer, ADZ/Zusatz, PLZ and EAST/Ostwert, NORTH/Nordwert (ETRS89/UTM32) or lat/lng (WGS84).',
      'Nothing is stored unless every row can be read (422, at most 100 errors). The newest version is the one used.',
    ],
  },
];
