/**
 * The public face of goal 3, "known to all and reachable", for everyone (no sign-in): published
 * offers for the finder and the widget, calendar feeds, and the HSDS 3.0 API for other directories.
 * Every answer is cacheable for a minute (ETag, 304) and readable from any origin.
 * Trigger: API Gateway REST routes of group `public` (shared/contract/routes/public.ts).
 * Access patterns: 1 (an activity open for sign-up, for its calendar file), 2 (the public catalogue, at most once a minute per container: catalogue.ts),
 * 16 (a search without result is counted by its filter values), 18 and 19 (boundaries: GeoJSON
 * files and HSDS service areas, through shared/geo/areas.ts).
 */
import { currentTenant, tenantFacts } from '../../shared/tenancy/scope.ts';
import type * as z from 'zod';
import { berlinToday, monthOf } from '../../shared/time/months.ts';
import { entities } from '../../shared/entities.ts';
import type { PublicOfferFilter } from '../../shared/contract/routes/public.ts';
import { AGE_BANDS } from '../../shared/domain/audiences.ts';
import type { PublicOfferView } from '../../shared/schemas/offer.ts';
import { HSDS_VERSION } from '../../shared/schemas/values.ts';
import { tenantTargetGroups, tenantThemes } from '../../shared/schemas/vocabulary.ts';
import { filterItems, fold, pageReply, parseListParams } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import type { Call } from '../http/types.ts';
import { httpFunction } from '../http/wrapper.ts';
import { publicCatalogue, type Catalogue } from './catalogue.ts';
import { localize, searchText } from '../../shared/domain/translations.ts';
import { SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';
import { ownPublicFace } from '../../shared/tenancy/facts.ts';
import { centreLocation, hsdsId, locationOf, offerLocations, organization, service, taxonomies, taxonomyTerms, type SpaceArea } from './hsds.ts';
import { areaData, contactsIn } from '../published/areaData.ts';
import { boundariesOn } from '../../shared/geo/areas.ts';
import { origin } from './origin.ts';
import { areaImpls } from './areaRoutes.ts';
import { roomImpls } from './rooms.ts';
import type { BoundaryLevel } from '../../shared/schemas/boundary.ts';
import { addressLine } from '../../shared/format/address.ts';

/**
 * The published offers the filters select; the search words are looked for in the offer's texts in
 * `lang` and in German (a Turkish reader may search "Elterncafé" as much as "Ebeveyn").
 */
function search(catalogue: Catalogue, call: Call, { q, ...filter }: Record<string, unknown>, lang: string): PublicOfferView[] {
  const found = filterItems(catalogue.offers, filter, { fields: [], searchFields: [], special: call.route.specialFilters, now: call.deps.now() });
  if (!q) return found;
  const needle = fold(q);
  return found.filter((o) => foldedText(o, lang).includes(needle));
}

/**
 * An offer's words in a language and German, folded once per catalogue: the catalogue keeps its offer
 * objects for its minute, and folding every offer's texts on every search would grow with the catalogue.
 */
const folded = new WeakMap<PublicOfferView, Map<string, string>>();
function foldedText(o: PublicOfferView, lang: string): string {
  let byLang = folded.get(o);
  if (!byLang) folded.set(o, (byLang = new Map()));
  let text = byLang.get(lang);
  if (text === undefined) byLang.set(lang, (text = fold(searchText(o, lang))));
  return text;
}

/** The language asked for (`?lang=`), German by default. */
const langOf = (call: Call): string => call.query.lang ?? SOURCE_LANGUAGE;

const ageBand = (age?: number) => {
  if (age === undefined) return '-';
  const band = AGE_BANDS.find(([lo, hi]) => age >= lo && age <= hi)!;
  return `${band[0]}-${band[1]}`;
};

/** Counts a search that found nothing: month and filter values only, never the text, never who. */
async function countGap(call: Call, filter: z.output<typeof PublicOfferFilter>, language: string) {
  if (!Object.values(filter).some((v) => v !== undefined)) return;
  await call.deps.repo.countSearchGap({
    month: monthOf(call.deps.now()),
    socialSpaceId: filter.socialSpaceId ?? '-',
    theme: filter.theme ?? '-',
    targetGroup: filter.targetGroup ?? '-',
    ageBand: ageBand(filter.age),
    language,
  });
}

/** The HSDS list envelope over one page of `items`, each mapped by `toHsds` (only the page's are). */
function hsdsPageOf<T, U = T>(items: T[], page: number, perPage: number, toHsds: (item: T) => U = (x) => x as unknown as U) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((page - 1) * perPage, page * perPage).map(toHsds);
  return { total_items: items.length, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: items.length === 0, contents };
}


/** Which theme or target group an HSDS taxonomy term id stands for, among the terms of the tenant in scope. */
const termCode = (id: string) => taxonomyTerms().find((t) => t.id === id)?.code;

/**
 * The HSDS filters over services: `search`, `taxonomy_term_id`, `organization_id`, `modified_after`, all
 * ANDed, applied to our records; only the requested page is then mapped to HSDS objects.
 */
function hsdsServices(catalogue: Catalogue, call: Call) {
  const q = call.query;
  const term = q.taxonomy_term_id ? termCode(q.taxonomy_term_id) ?? '\u0000' : undefined;
  const organisation = q.organization_id ? catalogue.organisations.find((o) => hsdsId('organisation', o.id) === q.organization_id)?.id ?? '\u0000' : undefined;
  return catalogue.listed
    .filter((o) => !q.search || foldedText(o, langOf(call)).includes(fold(q.search)))
    .filter((o) => !organisation || o.organisationId === organisation)
    .filter((o) => !q.modified_after || (o.updatedAt && Date.parse(o.updatedAt) > Date.parse(q.modified_after)))
    .filter((o) => !term || o.themes.includes(term) || (o.targetGroups as string[]).includes(term));
}

/** `full`: one service, whose service areas carry their polygons (list pages name the areas only). */
const hsdsContext = async (catalogue: Catalogue, call: Call, full = false) => {
  const shapes = new Map(full ? (await boundariesOn(call.deps.repo, 'social-spaces', berlinToday(call.deps.now()))).shapes.map((s) => [s.areaId, s.geometry]) : []);
  return {
    centres: new Map(catalogue.centres.map((c) => [c.id, c])),
    organisations: new Map(catalogue.organisations.map((o) => [o.id, o])),
    spaces: new Map<string, SpaceArea>(catalogue.socialSpaces.map((s) => [s.id, { name: s.name, geometry: shapes.get(s.id) }])),
    now: call.deps.now(),
    full,
  };
};

/** One level's boundaries as a GeoJSON FeatureCollection, with where they come from as foreign members. */
async function boundaryFile(call: Call) {
  const level = String(call.params.file).replace(/\.geojson$/, '') as BoundaryLevel;
  const day = call.query.at ?? berlinToday(call.deps.now());
  const { version, shapes } = await boundariesOn(call.deps.repo, level, day);
  if (!version) throw problems.notFound(`No ${level} boundaries valid on ${day}`);
  const meta = { level, versionId: version.id, validFrom: version.validFrom, source: version.source, licence: version.licence, illustrative: version.illustrative };
  const collection = { type: 'FeatureCollection', ...meta, features: shapes.map((s) => ({ type: 'Feature', id: s.areaId, properties: { id: s.areaId, name: s.name }, geometry: s.geometry })) };
  return { text: JSON.stringify(collection), headers: { 'Content-Disposition': `inline; filename="${level}.geojson"` } };
}

/** The centres as HSDS locations, each with the contact persons of its social space who consented. */
async function centreLocations(call: Call, catalogue: Catalogue) {
  const data = await areaData(call.deps.repo, call.deps.now().getTime());
  return [...catalogue.centres]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((c) => centreLocation(c, contactsIn(data, c.socialSpaceId).map((p) => ({ id: p.key, name: p.name, title: p.title, email: p.email, phone: p.phone })), call.deps.now()));
}

/** The places of offers held elsewhere than a centre, by name: from the catalogue, no further read. */
const placeLocations = (catalogue: Catalogue) =>
  offerLocations(catalogue.listed, new Map(catalogue.centres.map((c) => [c.id, c]))).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'de'));

const ics = (text: string, filename: string) => ({ text, headers: { 'Content-Disposition': `attachment; filename="${filename}"` } });

/** The iCalendar writer and its time-zone data, loaded with the first feed asked for: most requests search. */
const calendar = () => import('../../shared/format/calendar.ts');

export const handler = httpFunction(() => import('../../shared/contract/routes/public.ts'), {
  listPublicOffers: async (call) => {
    const { range: rawRange, lang: _lang, ...filter } = call.query;
    const lang = langOf(call);
    const { range } = parseListParams({ range: rawRange });
    const found = search(await publicCatalogue(call.deps.repo, call.deps.now()), call, filter, lang);
    if (!found.length) await countGap(call, filter, lang);
    const reply = pageReply('offers', found, range);
    // Only the page is put into the language.
    return { ...reply, body: (reply.body as PublicOfferView[]).map((o) => localize(o, lang)) };
  },
  getPublicOffer: async (call) => {
    const offer = (await publicCatalogue(call.deps.repo, call.deps.now())).byId.get(call.params.id);
    if (!offer) throw problems.notFound(`No published offer '${call.params.id}'`);
    return { body: localize(offer, langOf(call)) };
  },
  getPublicBoundaries: boundaryFile,
  getOfferCalendar: async (call) => {
    const offer = (await publicCatalogue(call.deps.repo, call.deps.now())).byId.get(call.params.id);
    if (!offer) throw problems.notFound(`No published offer '${call.params.id}'`);
    const shown = localize(offer, langOf(call));
    return ics((await calendar()).offerCalendar([shown], { name: shown.title, url: `${origin(call)}/angebote/`, today: berlinToday(call.deps.now()) }), `${offer.id}.ics`);
  },
  getCalendar: async (call) => {
    const { lang: _lang, ...filter } = call.query;
    const lang = langOf(call);
    const found = search(await publicCatalogue(call.deps.repo, call.deps.now()), call, filter, lang).map((o) => localize(o, lang));
    return ics((await calendar()).offerCalendar(found, { name: `Angebote der ${tenantFacts().title}`, url: `${origin(call)}/angebote/`, today: berlinToday(call.deps.now()) }), `angebote-${currentTenant()}.ics`);
  },
  getActivityCalendar: async (call) => {
    const a = await call.deps.repo.find(entities.activity, call.params.id);
    if (!a?.signUp) throw problems.notFound(`No activity '${call.params.id}' open for sign-up`);
    const centre = a.centreId ? await call.deps.repo.find(entities.centre, a.centreId) : undefined;
    const place = centre ? [centre.name, centre.address && addressLine(centre.address)].filter(Boolean).join(', ') : undefined;
    return ics((await calendar()).activityCalendar(a, place), `${a.id}.ics`);
  },
  // Whose pages these are: the tenant of the host (a tenant the registry does not describe yet is the first, as before tenants).
  getPublicTenant: async (call) => ({ body: await ownPublicFace(call.deps.repo) }),
  getPublicAreas: async (call) => {
    const c = await publicCatalogue(call.deps.repo, call.deps.now());
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');
    return {
      body: {
        socialSpaces: c.socialSpaces.map(({ id, name }) => ({ id, name })).sort(byName),
        quarters: c.quarters.map(({ id, name, socialSpaceId }) => ({ id, name, socialSpaceId })).sort(byName),
        themes: tenantThemes(),
        targetGroups: tenantTargetGroups(),
        languages: [...new Set(c.offers.flatMap((o) => o.languages ?? []))].sort(),
      },
    };
  },
  hsdsRoot: async (call) => ({
    body: { version: HSDS_VERSION, profile: 'https://docs.openreferral.org/en/v3.0/hsds/overview.html', openapi_url: `${origin(call)}/v1/openapi.json` },
  }),
  hsdsListServices: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const ctx = await hsdsContext(catalogue, call);
    return { body: hsdsPageOf(hsdsServices(catalogue, call), call.query.page, call.query.per_page, (o) => service(localize(o, langOf(call)), ctx)) };
  },
  hsdsGetService: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const offer = catalogue.listed.find((o) => hsdsId('offer', o.id) === call.params.id);
    if (!offer) throw problems.notFound(`No service '${call.params.id}'`);
    return { body: service(localize(offer, langOf(call)), await hsdsContext(catalogue, call, true)) };
  },
  hsdsListOrganizations: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const q = call.query;
    const withServices = new Set(catalogue.listed.map((o) => o.organisationId));
    const orgs = catalogue.organisations
      .filter((o) => withServices.has(o.id))
      .filter((o) => !q.search || fold(`${o.name} ${o.description ?? ''}`).includes(fold(q.search)))
      .filter((o) => !q.organization_id || hsdsId('organisation', o.id) === q.organization_id)
      .filter((o) => !q.modified_after || Date.parse(o.updatedAt) > Date.parse(q.modified_after))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map(organization);
    return { body: hsdsPageOf(orgs, q.page, q.per_page) };
  },
  hsdsGetOrganization: async (call) => {
    const org = (await publicCatalogue(call.deps.repo, call.deps.now())).organisations.find((o) => hsdsId('organisation', o.id) === call.params.id);
    if (!org) throw problems.notFound(`No organization '${call.params.id}'`);
    return { body: organization(org) };
  },
  hsdsListServiceAtLocations: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const ctx = await hsdsContext(catalogue, call);
    const placed = hsdsServices(catalogue, call).filter((o) => locationOf(o, ctx.centres));
    return { body: hsdsPageOf(placed, call.query.page, call.query.per_page, (o) => service(localize(o, langOf(call)), ctx).service_at_locations![0]) };
  },
  ...areaImpls,
  ...roomImpls,
  hsdsListLocations: async (call) => {
    const q = call.query;
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const locations = [...(await centreLocations(call, catalogue)), ...placeLocations(catalogue)];
    const found = locations.filter((l) => !q.search || fold(`${l.name ?? ''} ${l.description ?? ''}`).includes(fold(q.search)));
    return { body: hsdsPageOf(found, q.page, q.per_page) };
  },
  hsdsGetLocation: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const location = placeLocations(catalogue).find((l) => l.id === call.params.id) ?? (await centreLocations(call, catalogue)).find((l) => l.id === call.params.id);
    if (!location) throw problems.notFound(`No location '${call.params.id}'`);
    return { body: location };
  },
  hsdsListTaxonomies: async (call) => ({ body: hsdsPageOf(taxonomies(), call.query.page, call.query.per_page) }),
  hsdsListTaxonomyTerms: async (call) => {
    const q = call.query;
    const terms = taxonomyTerms().filter((t) => !q.search || fold(`${t.name} ${t.code}`).includes(fold(q.search)));
    return { body: hsdsPageOf(terms, q.page, q.per_page) };
  },
});
