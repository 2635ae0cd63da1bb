/** Routes of the spatial function: districts, social spaces, planning areas, quarters, centres, boundary versions and the location checks. */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { BoundaryLevel, BoundaryVersion } from '../../schemas/boundary.ts';
import { centre } from '../../schemas/centre.ts';
import { Geo, Id } from '../../schemas/common.ts';
import { district } from '../../schemas/district.ts';
import { quarter } from '../../schemas/quarter.ts';
import { planningArea } from '../../schemas/planningArea.ts';
import { socialSpace } from '../../schemas/socialSpace.ts';
import { API_BASE } from './groups.ts';
import { crud, ListQuery, type Route } from './route.ts';

export const BoundaryVersionFilter = z.strictObject({ level: BoundaryLevel.optional() });
export const LocateQuery = z.strictObject({ lat: z.coerce.number().min(-90).max(90), lng: z.coerce.number().min(-180).max(180) });
export const Assignment = z.object({ quarterId: Id.optional(), socialSpaceId: Id.optional(), districtId: Id.optional(), illustrative: z.boolean() });
export const LocationMismatch = z.object({
  id: z.string(),
  type: z.enum(['centre', 'offer']),
  recordId: Id,
  name: z.string(),
  geo: Geo,
  statedSocialSpaceIds: z.array(Id),
  locatedSocialSpaceId: Id.optional(),
  locatedQuarterId: Id.optional(),
});

export const routes: Route[] = [
  ...crud(entities.district, district, 'spatial'),
  ...crud(entities.socialSpace, socialSpace, 'spatial'),
  ...crud(entities.planningArea, planningArea, 'spatial'),
  ...crud(entities.quarter, quarter, 'spatial'),
  ...crud(entities.centre, centre, 'spatial'),
  {
    method: 'GET', path: `${API_BASE}/boundary-versions`, fn: 'spatial', operationId: 'listBoundaryVersions',
    summary: 'Imported boundary versions, newest valid-from first', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'read' }, query: ListQuery, response: BoundaryVersion, list: true, filter: BoundaryVersionFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/locate`, fn: 'spatial', operationId: 'locate',
    summary: 'Quarter, social space and district of a point (point-in-polygon; a point on a shared border goes to the area whose id sorts first)', auth: 'clerk',
    permission: { resource: 'boundaries', action: 'read' }, query: LocateQuery, response: Assignment,
  },
  {
    method: 'GET', path: `${API_BASE}/location-mismatches`, fn: 'spatial', operationId: 'listLocationMismatches',
    summary: 'Centres and offers whose coordinates lie outside the social space they state', auth: 'clerk',
    permission: { resource: 'location-mismatches', action: 'read' }, query: ListQuery, response: LocationMismatch, list: true,
  },
];
