/**
 * The Human Services Data Specification (Open Referral HSDS 3.0) objects this API publishes at
 * /v1/hsds, written from the specification's schema files (schema/*.json, branch 3.0): required
 * fields, formats and enums. They are the routes' response schemas, so the OpenAPI document shows
 * them and the contract tests check every answer against them. Empty optional fields are omitted.
 */
import * as z from 'zod';
import { LanguageCode } from './common.ts';

export { HSDS_VERSION } from './values.ts';
const Uuid = z.uuid();
const LocationType = z.enum(['physical', 'postal', 'virtual']);

export const HsdsTaxonomy = z.object({ id: Uuid, name: z.string(), description: z.string(), uri: z.url().optional(), version: z.string().optional() });
export const HsdsTaxonomyTerm = z.object({
  id: Uuid,
  code: z.string().optional(),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string().optional(),
  taxonomy_id: Uuid.optional(),
  language: z.string().optional(),
});
export const HsdsAttribute = z.object({ id: Uuid, link_id: Uuid.optional(), link_type: z.string().optional(), link_entity: z.string().optional(), taxonomy_term_id: Uuid, taxonomy_term: HsdsTaxonomyTerm.optional() });
export const HsdsAddress = z.object({
  id: Uuid,
  location_id: Uuid.optional(),
  address_1: z.string(),
  city: z.string(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  address_type: LocationType,
});
export const HsdsSchedule = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  /** A location's own hours (a community centre's opening hours). */
  location_id: Uuid.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().int().positive().optional(),
  byday: z.string().regex(/^(-?\d?(MO|TU|WE|TH|FR|SA|SU))(,-?\d?(MO|TU|WE|TH|FR|SA|SU))*$/).optional(),
  dtstart: z.iso.date().optional(),
  until: z.iso.date().optional(),
  valid_from: z.iso.date().optional(),
  valid_to: z.iso.date().optional(),
  /** The UTC offset of the times, in hours (Europe/Berlin: 1 in winter, 2 in summer). */
  timezone: z.number().optional(),
  opens_at: z.string().regex(/^\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/).optional(),
  closes_at: z.string().regex(/^\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/).optional(),
  /** A dated entry says what it is: "Geschlossen: 1. Weihnachtstag" (then without times), other hours, "nach Vereinbarung". */
  description: z.string().optional(),
  /** How to attend: "nach Vereinbarung" on a centre's hours by appointment. */
  attending_type: z.string().optional(),
  /** Which entry governs a day: one valid on given dates instead of the weekly hours. */
  notes: z.string().optional(),
});
export const HsdsLanguage = z.object({ id: Uuid, service_id: Uuid.optional(), location_id: Uuid.optional(), name: z.string().optional(), code: z.string().optional() });
export const HsdsPhone = z.object({ id: Uuid, number: z.string() });
/** A contact person (HSDS 3.0 contact), here of a location: only people who consented to be shown. */
export const HsdsContact = z.object({ id: Uuid, location_id: Uuid.optional(), name: z.string().optional(), title: z.string().optional(), email: z.string().optional(), phones: z.array(HsdsPhone).optional() });
export const HsdsAccessibility = z.object({ id: Uuid, location_id: Uuid.optional(), description: z.string().optional() });
export const HsdsLocation = z.object({
  id: Uuid,
  location_type: LocationType,
  name: z.string().optional(),
  description: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  addresses: z.array(HsdsAddress).optional(),
  /**
   * A centre's weekly opening hours, each valid between its days off (valid_from/valid_to), and, for the
   * next eight weeks, its closures and public holidays (no times) and days with other hours, each valid
   * on its dates; a temporary closure; hours by appointment.
   */
  schedules: z.array(HsdsSchedule).optional(),
  accessibility: z.array(HsdsAccessibility).optional(),
  languages: z.array(HsdsLanguage).optional(),
  contacts: z.array(HsdsContact).optional(),
});
export const HsdsCostOption = z.object({ id: Uuid, service_id: Uuid.optional(), option: z.string().optional(), currency: z.string().optional(), amount: z.number().optional(), amount_description: z.string().optional() });
export const HsdsServiceAtLocation = z.object({ id: Uuid, service_id: Uuid.optional(), location_id: Uuid.optional(), description: z.string().optional(), location: HsdsLocation.optional() });
/** Where a service is offered: a social space, its polygon as GeoJSON text in `extent` (one service only). */
export const HsdsServiceArea = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  extent: z.string().optional(),
  extent_type: z.enum(['geojson', 'topojson', 'kml', 'text']).optional(),
});
export const HsdsOrganization = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  email: z.email().optional(),
  website: z.url().optional(),
  parent_organization_id: Uuid.optional(),
});
export const HsdsService = z.object({
  id: Uuid,
  organization_id: Uuid.optional(),
  name: z.string(),
  description: z.string().optional(),
  url: z.url().optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  fees_description: z.string().optional(),
  eligibility_description: z.string().optional(),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  /** The date the information was last checked (from `reviewedAt`). */
  assured_date: z.iso.date().optional(),
  last_modified: z.iso.datetime({ offset: true }).optional(),
  organization: HsdsOrganization.optional(),
  schedules: z.array(HsdsSchedule).optional(),
  languages: z.array(HsdsLanguage).optional(),
  cost_options: z.array(HsdsCostOption).optional(),
  service_at_locations: z.array(HsdsServiceAtLocation).optional(),
  service_areas: z.array(HsdsServiceArea).optional(),
  attributes: z.array(HsdsAttribute).optional(),
});
export const HsdsRoot = z.object({ version: z.string(), profile: z.url(), openapi_url: z.url() });

/** HSDS list pages: the envelope of the specification's API. */
export const hsdsPage = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });

export const HsdsListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  search: z.string().max(200).optional(),
  taxonomy_term_id: Uuid.optional(),
  organization_id: Uuid.optional(),
  modified_after: z.iso.datetime({ offset: true }).optional(),
  /** Not HSDS: the language of the services' names and descriptions where translated (German by default). */
  lang: LanguageCode.optional(),
});
