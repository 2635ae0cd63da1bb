/**
 * Our records as HSDS 3.0 objects (shared/schemas/hsds.ts). Ids are UUID v5 of our own ids in a
 * fixed namespace, so they are stable across calls and deployments. Empty optional fields are left
 * out. Themes and target groups are published as two taxonomies.
 */
import { tenantFacts, tenantState } from '../../shared/tenancy/scope.ts';
import { v5 as uuidv5 } from 'uuid';
import type * as z from 'zod';
import type { Item } from '../../shared/entities.ts';
import { STATE_DE, TARGET_GROUP_DE } from '../../shared/format/labels.ts';
import { berlinToday, longDateDe, TIME_ZONE } from '../../shared/time/months.ts';
import { closedDay, hoursOn, UPCOMING_DAYS, upcomingExceptions, validRanges, type CentreHours, type DateRange, type DayHours, type Schedule } from '../../shared/domain/openingHours.ts';
import { tenantTargetGroups, tenantThemes } from '../../shared/schemas/vocabulary.ts';
import type { HsdsAddress, HsdsLocation, HsdsOrganization, HsdsSchedule, HsdsService, HsdsTaxonomy, HsdsTaxonomyTerm } from '../../shared/schemas/hsds.ts';
import type { ShownOffer } from '../../shared/schemas/offer.ts';

/** The namespace of our HSDS ids (a v5 UUID of the project's URL; never change it). */
const NAMESPACE = uuidv5('https://stadtteilarbeit.hamm.de/hsds', uuidv5.URL);
export const hsdsId = (kind: string, id: string) => uuidv5(`${kind}:${id}`, NAMESPACE);

/** Leaves out undefined, null and empty strings or lists ("omitted, not null"). */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
}

/** The taxonomies, named for the tenant whose catalogue they order, with its own themes and target groups. */
const taxonomyTexts = ({ name, title } = tenantFacts()) => ({
  themes: { name: `Themen der ${title}`, description: `Themen, nach denen ${name === title ? 'die Stadtteilarbeit' : name} Angebote ordnet.`, terms: tenantThemes().map((t) => ({ code: t, name: t })) },
  'target-groups': {
    name: `Zielgruppen der ${title}`,
    description: 'Für wen ein Angebot gedacht ist.',
    terms: tenantTargetGroups().map((g) => ({ code: g, name: TARGET_GROUP_DE[g] })),
  },
});
type TaxonomyKey = keyof ReturnType<typeof taxonomyTexts>;

export function taxonomies(): z.infer<typeof HsdsTaxonomy>[] {
  const TAXONOMIES = taxonomyTexts();
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((k) => ({ id: hsdsId('taxonomy', k), name: TAXONOMIES[k].name, description: TAXONOMIES[k].description, version: '1' }));
}

export function taxonomyTerms(): z.infer<typeof HsdsTaxonomyTerm>[] {
  const TAXONOMIES = taxonomyTexts();
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).flatMap((k) =>
    TAXONOMIES[k].terms.map((t) => ({ id: hsdsId(`term:${k}`, t.code), code: t.code, name: t.name, description: `${TAXONOMIES[k].name}: ${t.name}`, taxonomy: TAXONOMIES[k].name, taxonomy_id: hsdsId('taxonomy', k), language: 'de' })),
  );
}

export function organization(o: Item): z.infer<typeof HsdsOrganization> {
  return compact({
    id: hsdsId('organisation', o.id),
    name: o.name,
    description: o.description ?? o.name,
    email: o.contact?.email,
    website: o.contact?.website,
    parent_organization_id: o.parentId ? hsdsId('organisation', o.parentId) : undefined,
  });
}

function address(locationId: string, a: { street: string; postalCode: string; city: string }): z.infer<typeof HsdsAddress> {
  return { id: uuidv5(`address:${locationId}`, NAMESPACE), location_id: locationId, address_1: a.street, city: a.city, state_province: STATE_DE[tenantState() as keyof typeof STATE_DE] ?? STATE_DE.NW, postal_code: a.postalCode, country: 'DE', address_type: 'physical' };
}

/** Where the offer takes place: its centre, else its own place; none for an offer without a place. */
export function locationOf(o: ShownOffer, centres: Map<string, Item>): z.infer<typeof HsdsLocation> | undefined {
  const centre = o.centreId ? centres.get(o.centreId) : undefined;
  if (centre) {
    const id = hsdsId('centre', centre.id);
    return compact({ id, location_type: 'physical' as const, name: centre.name, latitude: centre.geo?.lat, longitude: centre.geo?.lng, addresses: centre.address ? [address(id, centre.address)] : undefined });
  }
  if (!o.location) return undefined;
  const id = hsdsId('offer-location', o.id);
  return compact({ id, location_type: 'physical' as const, name: o.location.name, latitude: o.location.geo?.lat, longitude: o.location.geo?.lng, addresses: o.location.address ? [address(id, o.location.address)] : undefined });
}

/**
 * The places of offers held elsewhere than a centre, one per offer (its id is the offer's): every location a
 * service names can be fetched at /hsds/locations/{id}, and is listed there after the centres.
 */
export function offerLocations(offers: ShownOffer[], centres: Map<string, Item>): z.infer<typeof HsdsLocation>[] {
  return offers.filter((o) => !(o.centreId && centres.has(o.centreId))).flatMap((o) => locationOf(o, centres) ?? []);
}

/** The UTC offset of Berlin in whole hours at `at` (HSDS schedules carry a number, not a zone name). */
function berlinOffsetHours(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  return Number(/GMT([+-]\d+)?/.exec(name)?.[1] ?? 0);
}

type ScheduleOf = { freq: string; interval?: number; byday?: string[]; opens: string; closes: string; dtstart?: string; until?: string; description?: string };
type Owner = { service_id: string } | { location_id: string };
/** What a centre's dated and appointment entries add to a schedule (see centreLocation). */
type Extra = { description?: string; attending_type?: string; notes?: string };

/** Wall-clock times as HSDS writes them: with the UTC offset (`tz` hours) they stand in. */
const withOffset = (t: string, tz: number) => `${t}${tz < 0 ? '-' : '+'}${String(Math.abs(tz)).padStart(2, '0')}:00`;

/** One of our schedules as an HSDS schedule of a service or a location (`owner`), valid within `validity`. */
function hsdsSchedule(s: ScheduleOf, owner: Owner, id: string, now: Date, validity: DateRange = {}, extra: Extra = {}): z.infer<typeof HsdsSchedule> {
  const tz = berlinOffsetHours(now);
  const once = s.freq === 'ONCE';
  // HSDS knows WEEKLY and MONTHLY: every day is weekly on all seven days; a single date is a validity range.
  const freq = once ? undefined : s.freq === 'DAILY' ? 'WEEKLY' : s.freq;
  const byday = s.freq === 'DAILY' ? EVERY_DAY : s.byday?.join(',');
  return compact({
    id,
    ...owner,
    freq: freq as 'WEEKLY' | 'MONTHLY' | undefined,
    interval: s.interval && s.interval > 1 ? s.interval : undefined,
    byday: once ? undefined : byday,
    dtstart: s.dtstart,
    until: s.until,
    valid_from: once ? s.dtstart : validity.from,
    valid_to: once ? s.dtstart : validity.to,
    timezone: tz,
    opens_at: withOffset(s.opens, tz),
    closes_at: withOffset(s.closes, tz),
    description: extra.description ?? s.description ?? `Ortszeit ${TIME_ZONE}`,
    attending_type: extra.attending_type,
    notes: extra.notes,
  });
}
const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';

/** A list of our schedules as HSDS schedules of a service or a location (`owner`), valid within `validity`. */
function hsdsSchedules(list: ScheduleOf[], owner: Owner, key: string, now: Date, validity: DateRange = {}): z.infer<typeof HsdsSchedule>[] {
  return list.map((s, i) => hsdsSchedule(s, owner, uuidv5(`schedule:${key}:${i}`, NAMESPACE), now, validity));
}

const STATUS = { published: 'active', paused: 'temporarily closed', ended: 'defunct', draft: 'inactive' } as const;
/** Made on first use, not at import: loading the display names costs a cold start ≈ 7 ms. */
let displayNames: Intl.DisplayNames | undefined;
const languageName = (code: string) => (displayNames ??= new Intl.DisplayNames(['de'], { type: 'language' })).of(code);

/** A social space by id: its name, and its polygon where boundaries exist. */
export type SpaceArea = { name: string; geometry?: unknown };

export function service(
  o: ShownOffer,
  ctx: { centres: Map<string, Item>; organisations: Map<string, Item>; spaces: Map<string, SpaceArea>; now: Date; full?: boolean },
): z.infer<typeof HsdsService> {
  const id = hsdsId('offer', o.id);
  const location = locationOf(o, ctx.centres);
  const terms = [...o.themes.map((t) => ['themes', t] as const), ...o.targetGroups.map((g) => ['target-groups', g] as const)];
  const org = ctx.organisations.get(o.organisationId);
  return compact({
    id,
    organization_id: hsdsId('organisation', o.organisationId),
    name: o.title,
    description: o.description,
    url: o.contact?.website,
    email: o.contact?.email,
    status: STATUS[o.status],
    fees_description: o.cost?.free ? 'kostenlos' : o.cost?.notes,
    eligibility_description: o.targetGroups.map((g) => TARGET_GROUP_DE[g]).join(', '),
    minimum_age: o.minAge,
    maximum_age: o.maxAge,
    assured_date: o.reviewedAt?.slice(0, 10),
    last_modified: o.updatedAt,
    organization: ctx.full && org ? organization(org) : undefined,
    schedules: hsdsSchedules(o.schedules ?? [], { service_id: id }, o.id, ctx.now, { from: o.validFrom, to: o.validUntil }),
    languages: (o.languages ?? []).map((code) => ({ id: uuidv5(`language:${o.id}:${code}`, NAMESPACE), service_id: id, code, name: languageName(code) ?? code })),
    cost_options: o.cost
      ? [compact({ id: uuidv5(`cost:${o.id}`, NAMESPACE), service_id: id, option: o.cost.free ? 'kostenlos' : 'Teilnahmebeitrag', currency: 'EUR', amount: o.cost.free ? 0 : o.cost.amountEur, amount_description: o.cost.notes })]
      : undefined,
    service_at_locations: location ? [{ id: hsdsId('service-at-location', o.id), service_id: id, location_id: location.id, location }] : undefined,
    // The social spaces served; their polygons on the single service only (a list page would repeat them).
    service_areas: o.socialSpaceIds.map((s) => {
      const space = ctx.spaces.get(s);
      const extent = ctx.full && space?.geometry ? { extent: JSON.stringify(space.geometry), extent_type: 'geojson' as const } : {};
      return { id: hsdsId('service-area', `${o.id}:${s}`), service_id: id, name: space?.name ?? s, ...extent };
    }),
    attributes: terms.map(([k, code]) => {
      const termId = hsdsId(`term:${k}`, code);
      return { id: uuidv5(`attribute:${o.id}:${k}:${code}`, NAMESPACE), link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term_id: termId };
    }),
  });
}

/** A person of the centre's social space who consented to be shown: HSDS contact of the location. */
export type LocationContact = { id: string; name: string; title?: string; email?: string; phone?: string };

/** Said on every dated entry: consumers that read all schedules at once learn which governs a day. */
const DATED_NOTE = 'Gilt an diesen Tagen statt der regulären Öffnungszeiten.';

/** "Vorübergehend geschlossen bis 31. März 2027: Wasserschaden", while the closure lasts. */
function temporaryClosure(hours: CentreHours, today: string): string | undefined {
  const h = hoursOn(hours, today);
  if (h.reason !== 'temporarily-closed') return undefined;
  const until = hours.temporarilyClosed?.until;
  return `Vorübergehend geschlossen${until ? ` bis ${longDateDe(until)}` : ''}${h.note ? `: ${h.note}` : ''}`;
}

/**
 * A centre's hours as HSDS schedules, all worked out by shared/domain/openingHours.ts. HSDS has no "except
 * on"; its field guidance ends a regular schedule (valid_to) before other hours and adds entries valid on
 * those dates. So each weekly schedule is cut around the days it does not hold (validRanges), and the
 * closures, public holidays and other hours of the next eight weeks (upcomingExceptions, as the centre's
 * page lists them) follow as dated entries: a closed one without times. Then a temporary closure, and the
 * hours by appointment, cut around closed days only.
 */
function centreSchedules(centre: Item, owner: { location_id: string }, now: Date): z.infer<typeof HsdsSchedule>[] {
  const hours = centre as unknown as CentreHours;
  const today = berlinToday(now);
  // The first range of a weekly schedule keeps the id it had before ranges existed.
  const idOf = (...parts: (string | number | undefined)[]) => uuidv5(['schedule', 'centre', centre.id, ...parts.filter((p) => p !== undefined)].join(':'), NAMESPACE);
  const weekly = (list: Schedule[], kind: string | undefined, breaks?: (h: DayHours) => boolean, extra?: Extra) => {
    const ranges = validRanges(hours, list, today, UPCOMING_DAYS, breaks);
    return list.flatMap((s, i) => ranges[i].map((r) => hsdsSchedule(s, owner, idOf(kind, r.from ? `${i}@${r.from}` : i), now, r, extra)));
  };
  const dated = upcomingExceptions(hours, today, UPCOMING_DAYS).flatMap((u): z.infer<typeof HsdsSchedule>[] => {
    const why = u.note ?? u.holiday;
    if (u.closed) return [compact({ id: idOf('closed', u.date), ...owner, valid_from: u.date, valid_to: u.until ?? u.date, description: why ? `Geschlossen: ${why}` : 'Geschlossen', notes: DATED_NOTE })];
    const extra = { description: why ? `Geänderte Öffnungszeiten: ${why}` : 'Geänderte Öffnungszeiten', notes: DATED_NOTE };
    // The offset of the day itself: an entry after a clock change is in the other offset.
    return u.slots.map((slot, k) => ({ ...hsdsSchedule({ freq: 'ONCE', dtstart: u.date, ...slot }, owner, idOf('other', u.date, k), new Date(`${u.date}T12:00:00Z`), {}, extra), valid_to: u.until ?? u.date }));
  });
  const closure = temporaryClosure(hours, today);
  return [
    ...(closure ? [compact({ id: idOf('temporarily-closed'), ...owner, valid_to: hours.temporarilyClosed?.until, description: closure, notes: 'Gilt statt aller anderen Öffnungszeiten.' })] : []),
    ...weekly(hours.openingHours ?? [], undefined),
    ...dated,
    ...weekly(centre.appointmentHours ?? [], 'appointment', closedDay, {
      description: centre.appointmentNote ? `Nach Vereinbarung: ${centre.appointmentNote}` : 'Nach Vereinbarung',
      attending_type: 'nach Vereinbarung',
    }),
  ];
}

/**
 * A community centre as an HSDS location: its address, its opening hours, closures, holidays and hours by
 * appointment as schedules (centreSchedules), a temporary closure also at the head of its description, its
 * accessibility and languages, and the contact persons of its social space who consented (nobody else).
 */
export function centreLocation(centre: Item, contacts: LocationContact[], now: Date): z.infer<typeof HsdsLocation> {
  const id = hsdsId('centre', centre.id);
  const closure = temporaryClosure(centre as unknown as CentreHours, berlinToday(now));
  return compact({
    id,
    location_type: 'physical' as const,
    name: centre.name,
    description: [closure && `${closure}.`, centre.hoursNote].filter(Boolean).join(' '),
    latitude: centre.geo?.lat,
    longitude: centre.geo?.lng,
    addresses: centre.address ? [address(id, centre.address)] : undefined,
    schedules: centreSchedules(centre, { location_id: id }, now),
    accessibility: centre.accessibility ? [{ id: uuidv5(`accessibility:${centre.id}`, NAMESPACE), location_id: id, description: centre.accessibility }] : undefined,
    languages: (centre.languages ?? []).map((code: string) => ({ id: uuidv5(`language:${centre.id}:${code}`, NAMESPACE), location_id: id, code, name: languageName(code) })),
    contacts: contacts.map((c) =>
      compact({
        id: uuidv5(`contact:${centre.id}:${c.id}`, NAMESPACE),
        location_id: id,
        name: c.name,
        title: c.title,
        email: c.email,
        phones: c.phone ? [{ id: uuidv5(`phone:${centre.id}:${c.id}`, NAMESPACE), number: c.phone }] : undefined,
      }),
    ),
  });
}
