/**
 * Routes of the spatial function: districts, social spaces, planning areas, quarters, centres, boundary
 * versions and the location checks; the areas' public profiles (with their photos and publication) and
 * the district councils.
 */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { BoundaryLevel, BoundaryVersion } from '../../schemas/boundary.ts';
import { centre } from '../../schemas/centre.ts';
import { Geo, Id } from '../../schemas/common.ts';
import { district } from '../../schemas/district.ts';
import { quarter } from '../../schemas/quarter.ts';
import { planningArea } from '../../schemas/planningArea.ts';
import { socialSpace } from '../../schemas/socialSpace.ts';
import { areaProfile } from '../../schemas/areaProfile.ts';
import { council } from '../../schemas/council.ts';
import { MAX_PHOTO_BYTES } from '../../media/limits.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ListQuery, ReviewBody, type Route } from './route.ts';
import { confirmTranslationRoute } from './translations.ts';

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

/** A photo to store: JPEG or PNG, base64-encoded (JSON, like the import's files: under Lambda's 6 MB request limit). */
export const PhotoUpload = z.strictObject({ content: z.base64().max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4, 'Das Foto ist zu groß (höchstens 4 MB)') });
export const StoredPhoto = z.object({ key: z.string(), url: z.string(), width: z.number().int(), height: z.number().int() });
/** A link that shows the unpublished draft on the public page, for an hour. */
export const PreviewLink = z.object({ url: z.string(), token: z.string(), expiresAt: z.string() });

export const routes: Route[] = [
  ...crud(entities.district, district, 'spatial'),
  ...crud(entities.socialSpace, socialSpace, 'spatial'),
  ...crud(entities.planningArea, planningArea, 'spatial'),
  ...crud(entities.quarter, quarter, 'spatial'),
  ...crud(entities.centre, centre, 'spatial'),
  ...crud(entities.areaProfile, areaProfile, 'spatial'),
  confirmTranslationRoute({ path: 'centres', fn: 'spatial', operationId: 'confirmCentreTranslation', noun: 'a centre', resource: 'centres', entity: 'centre', schemas: centre }),
  confirmTranslationRoute({ path: 'area-profiles', fn: 'spatial', operationId: 'confirmAreaProfileTranslation', noun: 'a public profile', resource: 'area-profiles', entity: 'areaProfile', schemas: areaProfile }),
  ...crud(entities.council, council, 'spatial'),
  {
    method: 'POST', path: `${API_BASE}/area-profiles/{id}/publication`, fn: 'spatial', operationId: 'publishAreaProfile',
    summary: 'Publish the profile as it is now (send the version you read): the public page shows this copy, with its version and date, from the next minute on', auth: 'clerk',
    permission: { resource: 'area-profile-publications', action: 'create' }, params: IdParams, entity: 'areaProfile', body: ReviewBody, response: areaProfile.entity, bodyIsAction: true,
  },
  {
    method: 'DELETE', path: `${API_BASE}/area-profiles/{id}/publication`, fn: 'spatial', operationId: 'unpublishAreaProfile',
    summary: 'Take the profile off the public page (the draft stays; send If-Match with the version you read): audited like a publication', auth: 'clerk',
    permission: { resource: 'area-profile-publications', action: 'delete' }, params: IdParams, entity: 'areaProfile', response: areaProfile.entity,
  },
  {
    method: 'POST', path: `${API_BASE}/area-profiles/{id}/preview-link`, fn: 'spatial', operationId: 'previewAreaProfile',
    summary: 'A link to the public page showing the unpublished draft, valid for an hour (signed; nobody else can make one)', auth: 'clerk',
    permission: { resource: 'area-profiles', action: 'update' }, params: IdParams, entity: 'areaProfile', response: PreviewLink, bodyIsAction: true,
  },
  {
    method: 'POST', path: `${API_BASE}/photos`, fn: 'spatial', operationId: 'uploadPhoto',
    summary: 'Store a photo for a public page: resized to at most 1600 px, its EXIF data (and so any location) removed; answers its key', auth: 'clerk',
    permission: { resource: 'photos', action: 'create' }, body: PhotoUpload, response: StoredPhoto, status: 201, maxBodyBytes: Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 1024,
    problemStatuses: { 422: 'Not a JPEG or PNG photo, or damaged' },
  },
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
