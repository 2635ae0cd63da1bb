/**
 * Routes of the public function: the finder's offers, areas and calendar feeds, the boundaries as GeoJSON,
 * HSDS 3.0, and the pages of the social spaces, quarters and centres with their published results as
 * open data (CSV, JSON, a DCAT-AP.de catalogue).
 */
import { PublicTenant } from '../../schemas/tenant.ts';
import * as z from 'zod';
import { BoundaryGeoJson, BoundaryLevel } from '../../schemas/boundary.ts';
import { Id, IsoDate, LanguageCode, TargetGroupCode, ThemeName, Weekday } from '../../schemas/common.ts';
import { HsdsListQuery, HsdsLocation, hsdsPage, HsdsOrganization, HsdsRoot, HsdsService, HsdsServiceAtLocation, HsdsTaxonomy, HsdsTaxonomyTerm } from '../../schemas/hsds.ts';
import { LocalizedOfferView } from '../../schemas/offer.ts';
import { room } from '../../schemas/room.ts';
import { PublicAreaPage, PublicCentre, PublicLocation, PublishedResultData } from '../../schemas/publicArea.ts';
import { SPECIAL_FILTERS } from '../listFilters.ts';
import { API_BASE } from './groups.ts';
import { IdParams, JsonParam, type Route } from './route.ts';

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PublicAreas = z.object({
  socialSpaces: z.array(z.object({ id: Id, name: z.string() })),
  quarters: z.array(z.object({ id: Id, name: z.string(), socialSpaceId: Id })),
  /** The tenant's own lists, in its order. */
  themes: z.array(z.string()),
  targetGroups: z.array(TargetGroupCode),
  languages: z.array(z.string()),
});

const PublicInterval = z.object({ from: z.string(), to: z.string(), startsAt: z.string(), endsAt: z.string() });
/** A centre's rooms with eight weeks of free and taken times (shared/domain/roomAvailability.ts). */
export const PublicCentreRooms = z.object({
  centreId: Id,
  from: IsoDate,
  to: IsoDate,
  rooms: z.array(
    room.entity.pick({ id: true, name: true, capacity: true, sizeSqm: true, equipment: true, accessibility: true, houseRules: true, whoMayAsk: true, leadDays: true, maxHours: true, fees: true }).extend({
      days: z.array(z.object({ date: IsoDate, reason: z.string(), holiday: z.string().optional(), free: z.array(PublicInterval), taken: z.array(PublicInterval) })),
    }),
  ),
});

/** The finder's filters (and the calendar feed's), as query parameters a resident's link can carry. */
export const PublicOfferFilter = z.strictObject({
  socialSpaceId: Id.optional(),
  quarterId: Id.optional(),
  // Any name or code: a resident's link naming a theme the tenant has since struck off finds nothing, never an error.
  theme: ThemeName.optional(),
  targetGroup: TargetGroupCode.optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  weekday: Weekday.optional(),
  free: Flag.optional(),
  wheelchair: Flag.optional(),
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  q: z.string().max(200).optional(),
});
/** The language the texts are wanted in (German by default); a search looks in it and in German. */
export const LangQuery = z.strictObject({ lang: LanguageCode.optional() });
export const PublicOfferQuery = PublicOfferFilter.extend({ range: JsonParam('[0,24]'), ...LangQuery.shape });
export const PublicCalendarQuery = PublicOfferFilter.extend(LangQuery.shape);

const BoundaryFile = z.enum(BoundaryLevel.options.map((l) => `${l}.geojson`) as [string, ...string[]]);
export const BoundaryFileQuery = z.strictObject({ at: IsoDate.optional() });

/** A staff member's preview of the unpublished draft (POST /v1/area-profiles/{id}/preview-link): never cached. */
export const AreaPageQuery = LangQuery.extend({ preview: z.string().max(500).optional() });
/** An address ("Nordstraße 12") or a point ("my location"): one of the two. */
export const LocateQuery = z
  .strictObject({ address: z.string().trim().min(3).max(200).optional(), lat: z.coerce.number().min(-90).max(90).optional(), lng: z.coerce.number().min(-180).max(180).optional() })
  .refine((q) => !!q.address !== (q.lat !== undefined && q.lng !== undefined), { message: 'Eine Adresse oder ein Punkt (lat, lng)', path: ['address'] });
const PublishedParams = z.strictObject({ id: Id });

export const routes: Route[] = [
  {
    method: 'GET', path: `${API_BASE}/public/social-spaces/{id}/page`, fn: 'public', operationId: 'getPublicSocialSpacePage',
    summary: 'The public page of a social space: its published profile, centres (open now), contact persons who consented, public projects and dates, networks, and published results with counts under 5 suppressed', auth: 'none',
    params: IdParams, query: AreaPageQuery, response: PublicAreaPage, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/quarters/{id}/page`, fn: 'public', operationId: 'getPublicQuarterPage',
    summary: 'The public page of a quarter: as its social space\'s, its own profile where it has one, its centres first', auth: 'none',
    params: IdParams, query: AreaPageQuery, response: PublicAreaPage, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/centres/{id}`, fn: 'public', operationId: 'getPublicCentre',
    summary: 'A community centre: address, opening hours, open now (Europe/Berlin, the state\'s holidays), closures, hours by appointment, accessibility, languages, offers', auth: 'none',
    params: IdParams, query: LangQuery, response: PublicCentre, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/centres/{id}/rooms`, fn: 'public', operationId: 'getPublicCentreRooms',
    summary: 'A centre\'s rooms, each with its free and taken times for the next eight weeks (Europe/Berlin): "belegt" only, never who', auth: 'none',
    params: IdParams, response: PublicCentreRooms, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/rooms/{id}/calendar.ics`, fn: 'public', operationId: 'getRoomCalendar',
    summary: 'A room\'s occupancy for the next eight weeks as an iCalendar feed: events "Belegt", no names, purposes or contacts', auth: 'none', params: IdParams, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/locate`, fn: 'public', operationId: 'locatePublic',
    summary: 'The quarter of an address or of a point: the address becomes a point through the address directory (official house coordinates), the point its quarter by point-in-polygon; a street the directory does not know is looked up in the quarters\' street lists', auth: 'none',
    query: LocateQuery, response: PublicLocation, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/results/{id}/data.csv`, fn: 'public', operationId: 'getPublishedResultCsv',
    summary: 'A published indicator of a social space as CSV (German number format), counts under 5 suppressed', auth: 'none',
    params: PublishedParams, produces: 'text/csv', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/results/{id}/data.json`, fn: 'public', operationId: 'getPublishedResultJson',
    summary: 'A published indicator of a social space as JSON, counts under 5 suppressed', auth: 'none',
    params: PublishedParams, response: PublishedResultData, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/catalog.jsonld`, fn: 'public', operationId: 'getOpenDataCatalog',
    summary: 'The published results as a DCAT-AP.de catalogue (JSON-LD), for the open-data portal to harvest', auth: 'none',
    produces: 'application/ld+json', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/boundaries/{file}`, fn: 'public', operationId: 'getPublicBoundaries',
    summary: 'The boundaries of one level as GeoJSON (districts.geojson, social-spaces.geojson, quarters.geojson), as valid today or on `at`', auth: 'none',
    params: z.strictObject({ file: BoundaryFile }), query: BoundaryFileQuery, produces: 'application/geo+json', response: BoundaryGeoJson, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers`, fn: 'public', operationId: 'listPublicOffers',
    summary: 'Published offers, for everyone (public projection; a search without result is counted, by its filter values only)', auth: 'none', query: PublicOfferQuery, specialFilters: SPECIAL_FILTERS.offers, response: LocalizedOfferView, list: true, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers/{id}`, fn: 'public', operationId: 'getPublicOffer',
    summary: 'One published offer (public projection), its texts in `lang` where translated', auth: 'none', params: IdParams, query: LangQuery, response: LocalizedOfferView, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/offers/{id}/calendar.ics`, fn: 'public', operationId: 'getOfferCalendar',
    summary: 'One published offer\'s dates as an iCalendar feed (RFC 5545, Europe/Berlin), its texts in `lang` where translated', auth: 'none', params: IdParams, query: LangQuery, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/activities/{id}/calendar.ics`, fn: 'public', operationId: 'getActivityCalendar',
    summary: 'An activity open for sign-up as an iCalendar file (RFC 5545, Europe/Berlin); here beside the offers\' feeds, which share its writer', auth: 'none', params: IdParams, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/tenant`, fn: 'public', operationId: 'getPublicTenant',
    summary: 'Whose pages these are: the municipality\'s name, title, colours, logo, languages and spatial levels', auth: 'none', response: PublicTenant, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/areas`, fn: 'public', operationId: 'getPublicAreas',
    summary: 'What the finder offers to choose from: social spaces, quarters, themes, target groups, languages', auth: 'none', response: PublicAreas, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/calendar.ics`, fn: 'public', operationId: 'getCalendar',
    summary: 'The dates of all published offers the filters select, as an iCalendar feed, in `lang` where translated', auth: 'none', query: PublicCalendarQuery, specialFilters: SPECIAL_FILTERS.offers, produces: 'text/calendar', publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds`, fn: 'public', operationId: 'hsdsRoot',
    summary: 'HSDS 3.0: version, profile and OpenAPI URL of this Open Referral API', auth: 'none', response: HsdsRoot, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/services`, fn: 'public', operationId: 'hsdsListServices',
    summary: 'HSDS 3.0 services (published, paused and ended offers), paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsService), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/services/{id}`, fn: 'public', operationId: 'hsdsGetService',
    summary: 'One HSDS 3.0 service, with its organization; names and descriptions in `lang` where translated', auth: 'none', params: z.strictObject({ id: z.uuid() }), query: LangQuery, response: HsdsService, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/organizations`, fn: 'public', operationId: 'hsdsListOrganizations',
    summary: 'HSDS 3.0 organizations, paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsOrganization), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/organizations/{id}`, fn: 'public', operationId: 'hsdsGetOrganization',
    summary: 'One HSDS 3.0 organization', auth: 'none', params: z.strictObject({ id: z.uuid() }), response: HsdsOrganization, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/service_at_locations`, fn: 'public', operationId: 'hsdsListServiceAtLocations',
    summary: 'HSDS 3.0 services at their locations, paged', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsServiceAtLocation), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/locations`, fn: 'public', operationId: 'hsdsListLocations',
    summary: 'HSDS 3.0 locations, paged: the community centres with their opening hours, closures, public holidays and hours by appointment as schedules, accessibility, languages and the contact persons who consented; then the places of offers held elsewhere', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsLocation), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/locations/{id}`, fn: 'public', operationId: 'hsdsGetLocation',
    summary: 'One HSDS 3.0 location: a community centre, or the place of an offer held elsewhere (every location a service names)', auth: 'none', params: z.strictObject({ id: z.uuid() }), response: HsdsLocation, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/taxonomies`, fn: 'public', operationId: 'hsdsListTaxonomies',
    summary: 'HSDS 3.0 taxonomies: themes and target groups', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsTaxonomy), publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/hsds/taxonomy_terms`, fn: 'public', operationId: 'hsdsListTaxonomyTerms',
    summary: 'HSDS 3.0 taxonomy terms (each theme and target group)', auth: 'none', query: HsdsListQuery, response: hsdsPage(HsdsTaxonomyTerm), publicCache: true,
  },
];
