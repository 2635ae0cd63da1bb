/**
 * The public pages of a social space, a quarter and a community centre (issue 33), built from the
 * records on each request (the CDN keeps them a minute): the published profile (a quarter without
 * its own shows its space's), centres with "open now" in Europe/Berlin, contact persons who
 * consented, public projects of the current work plan, upcoming public dates, public networks and
 * published results with small counts suppressed (shared/domain/publishedResults.ts).
 * Access patterns: the catalogue (catalogue.ts) and areaData.ts; 3 (work plans of a space, measures
 * of a plan, measurements and targets of an indicator); 14 (meetings and activities of a space and month).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { openNow, UPCOMING_DAYS, upcomingExceptions } from '../../shared/domain/openingHours.ts';
import { localizeCentre, localizeProfile } from '../../shared/domain/staffTexts.ts';
import { verifyPreview } from '../../shared/domain/previewLink.ts';
import { photoUrl } from '../../shared/media/photoUrl.ts';
import { linkSecret } from '../../shared/runtimeConfig.ts';
import type { PublicAreaPage, PublicCentre } from '../../shared/schemas/publicArea.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { SPATIAL_LEVEL_DE } from '../../shared/format/labels.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { areaData, contactsIn, type AreaData } from '../published/areaData.ts';
import { goalBrief, isPublicMeasure, isPublicPlan, resultOf } from '../published/results.ts';
import type { Catalogue } from './catalogue.ts';

/** How far ahead the page lists dates, and a centre its closures (the same eight weeks as HSDS). */
const AHEAD_DAYS = UPCOMING_DAYS;
const MAX_DATES = 12;

const brief = (r: Item) => ({ id: r.id, name: r.name });

/** A centre's open-now state, as the contract words it. */
function openState(centre: Item, now: Date) {
  const s = openNow(centre as never, now);
  return {
    open: s.open, reason: s.reason, at: now.toISOString(),
    ...(s.until ? { until: s.until } : {}), ...(s.next ? { next: s.next } : {}), ...(s.holiday ? { holiday: s.holiday } : {}), ...(s.note ? { note: s.note } : {}),
  };
}

const centreSummary = (c: Item, now: Date) => ({ id: c.id, name: c.name, address: c.address, ...(c.geo ? { geo: c.geo } : {}), ...(c.quarterId ? { quarterId: c.quarterId } : {}), openNow: openState(c, now) });

/** The profile the page shows: the draft in a valid preview of exactly this profile, else the published copy. */
function shownProfile(profile: Item | undefined, previewId: string | undefined, lang: string) {
  if (!profile) return undefined;
  if (previewId === profile.id) {
    const { intro, strengths, photos, translations, textVersion, textUpdatedAt, translationStatus } = profile;
    return localizeProfile({ intro, strengths, photos: photos ?? [], translations, textVersion, textUpdatedAt, translationStatus, version: (profile.published?.version ?? 0) + 1, at: profile.updatedAt ?? profile.createdAt, preview: true }, lang);
  }
  return profile.published ? localizeProfile({ ...profile.published, preview: false }, lang) : undefined;
}

/** The measures staff marked public in this year's agreed work plan of the space (a draft plan shows nothing; none dropped). */
async function projectsOf(repo: Repository, data: AreaData, spaceId: string, today: string) {
  const plans = (await repo.listAll(entities.workPlan, { parentId: spaceId })).filter((p) => isPublicPlan(p, Number(today.slice(0, 4))));
  const measures = (await Promise.all(plans.map((p) => repo.listAll(entities.measure, { parentId: p.id })))).flat();
  return measures
    .filter(isPublicMeasure)
    .map((m) => ({ id: m.id, title: m.title, status: m.status, goals: (m.goalIds ?? []).flatMap((g: string) => (data.goals.has(g) ? [goalBrief(data.goals.get(g)!)] : [])) }));
}

/** The next public dates in the area: offers' next dates, public meetings and activities open for sign-up. */
async function datesOf(repo: Repository, catalogue: Catalogue, data: AreaData, spaceId: string, quarterId: string | undefined, today: string) {
  const until = addDays(today, AHEAD_DAYS);
  const inArea = (o: Item) => (o.socialSpaceIds ?? [o.socialSpaceId]).includes(spaceId) && (!quarterId || !o.quarterIds?.length || o.quarterIds.includes(quarterId));
  const centreName = new Map(catalogue.centres.map((c) => [c.id, c.name]));
  const offers = catalogue.offers.filter(inArea).flatMap((o) =>
    (o.nextDates ?? []).slice(0, 1).filter((d) => d.date <= until).map((d) => ({ kind: 'offer' as const, id: o.id, title: o.title, date: d.date, opens: d.opens, closes: d.closes, ...(o.centre?.name ? { place: o.centre.name } : {}) })),
  );
  const months = [...new Set([today, addDays(today, 28), until].map((d) => d.slice(0, 7)))];
  const inMonths = async (def: typeof entities.meeting | typeof entities.activity): Promise<Item[]> => (await Promise.all(months.map((m) => repo.listBySpaceMonth(def as typeof entities.meeting, spaceId, m)))).flat();
  const [meetings, activities] = await Promise.all([inMonths(entities.meeting), inMonths(entities.activity)]);
  const networkName = new Map(data.networks.map((n) => [n.id, n.name]));
  const publicMeetings = meetings
    .filter((m) => m.public && m.date >= today && m.date <= until)
    .map((m) => ({ kind: 'meeting' as const, id: m.id, title: m.publicTitle ?? networkName.get(m.networkId) ?? 'Öffentliches Treffen', date: m.date, ...(m.startTime ? { opens: m.startTime } : {}), ...(m.centreId && centreName.get(m.centreId) ? { place: centreName.get(m.centreId) } : m.location ? { place: m.location } : {}) }));
  const openActivities = activities
    .filter((a) => a.signUp && a.date >= today && a.date <= until && (!quarterId || !a.quarterIds?.length || a.quarterIds.includes(quarterId)))
    .map((a) => ({ kind: 'activity' as const, id: a.id, title: a.title, date: a.date, ...(a.startTime ? { opens: a.startTime } : {}), ...(a.endTime ? { closes: a.endTime } : {}), ...(a.meetingPoint ? { place: a.meetingPoint } : a.centreId && centreName.get(a.centreId) ? { place: centreName.get(a.centreId) } : {}) }));
  return [...offers, ...publicMeetings, ...openActivities].sort((a, b) => `${a.date}${a.opens ?? ''}`.localeCompare(`${b.date}${b.opens ?? ''}`)).slice(0, MAX_DATES);
}

/** The tenant's own name of a level, from its public face's levels. */
const levelName = (levels: { key: string; label: string }[] | undefined, key: 'socialSpace' | 'quarter') => levels?.find((l) => l.key === key)?.label ?? SPATIAL_LEVEL_DE[key];

export interface PageRequest {
  repo: Repository;
  catalogue: Catalogue;
  now: Date;
  level: 'socialSpace' | 'quarter';
  id: string;
  levels?: { key: string; label: string }[];
  previewToken?: string;
  /** The language asked for: staff texts where translated, else German. */
  lang: string;
}

/** The page, or undefined where no such area exists. */
export async function areaPage({ repo, catalogue, now, level, id, levels, previewToken, lang }: PageRequest): Promise<PublicAreaPage | undefined> {
  const quarter = level === 'quarter' ? catalogue.quarters.find((q) => q.id === id) : undefined;
  const space = catalogue.socialSpaces.find((s) => s.id === (quarter ? quarter.socialSpaceId : id));
  if (!space || (level === 'quarter' && !quarter)) return undefined;
  const data = await areaData(repo, now.getTime());
  const today = berlinToday(now);
  const previewId = previewToken ? verifyPreview(previewToken, await linkSecret(), now, currentTenant()) : undefined;
  // A preview shows the draft as saved this moment, not as the minute's cache holds it (a profile may be new).
  const fresh = previewId ? await repo.find(entities.areaProfile, previewId) : undefined;
  const ofSpace = [...data.profiles.filter((p) => p.socialSpaceId === space.id && p.id !== fresh?.id), ...(fresh && fresh.socialSpaceId === space.id ? [fresh] : [])];
  const own = shownProfile(ofSpace.find((p) => (quarter ? p.quarterId === quarter.id : !p.quarterId)), previewId, lang);
  const profile = own ?? (quarter ? shownProfile(ofSpace.find((p) => !p.quarterId), previewId, lang) : undefined);
  const centres = catalogue.centres.filter((c) => c.socialSpaceId === space.id).map((c) => localizeCentre(c, lang) as Item);
  const quarterCentres = quarter ? centres.filter((c) => c.quarterId === quarter.id) : [];
  const [projects, dates, results] = await Promise.all([
    projectsOf(repo, data, space.id, today),
    datesOf(repo, catalogue, data, space.id, quarter?.id, today),
    Promise.all(data.publications.filter((p) => p.socialSpaceId === space.id).map((p) => resultOf(repo, data, p))),
  ]);
  return {
    level,
    id,
    name: (quarter ?? space).name,
    levelName: levelName(levels, level),
    socialSpace: brief(space),
    quarters: catalogue.quarters.filter((q) => q.socialSpaceId === space.id).map(brief).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    ...(profile
      ? {
          profile: {
            ...(profile.intro ? { intro: profile.intro } : {}),
            ...(profile.strengths ? { strengths: profile.strengths } : {}),
            photos: (profile.photos ?? []).map((p: Item) => ({ url: photoUrl(p.key), alt: p.alt, ...(p.caption ? { caption: p.caption } : {}) })),
            fromSocialSpace: !own,
            version: profile.version,
            updatedAt: profile.at,
            textLang: profile.textLang as { intro: string; strengths: string },
            ...(profile.translation ? { translation: profile.translation } : {}),
          },
        }
      : {}),
    centres: (quarterCentres.length ? [...quarterCentres, ...centres.filter((c) => !quarterCentres.includes(c))] : centres).map((c) => centreSummary(c, now)),
    contacts: contactsIn(data, space.id),
    projects,
    dates,
    networks: data.networks.filter((n) => n.socialSpaceIds.includes(space.id)).map((n) => ({ id: n.id, name: n.name, themes: n.themes ?? [], ...(n.publicContact ? { contact: n.publicContact } : {}) })),
    results: results.filter((r) => r !== undefined),
    ...(previewId && profile?.preview ? { preview: true } : {}),
  };
}

/** A centre's page, or undefined where no such centre exists. */
export function centrePage(catalogue: Catalogue, id: string, now: Date, lang: string): PublicCentre | undefined {
  const stored = catalogue.centres.find((c) => c.id === id);
  if (!stored) return undefined;
  const centre = localizeCentre(stored, lang) as Item;
  const space = catalogue.socialSpaces.find((s) => s.id === centre.socialSpaceId);
  const quarter = centre.quarterId ? catalogue.quarters.find((q) => q.id === centre.quarterId) : undefined;
  const today = berlinToday(now);
  const offers = catalogue.offers
    .filter((o) => o.centre?.id === id)
    .map((o) => ({ id: o.id, title: o.title, ...(o.nextDates?.[0] ? { next: o.nextDates[0] } : {}) }));
  const { email, phone, website } = centre.contact ?? {};
  return {
    ...centreSummary(centre, now),
    socialSpace: space ? brief(space) : { id: centre.socialSpaceId, name: '' },
    ...(quarter ? { quarter: brief(quarter) } : {}),
    openingHours: centre.openingHours ?? [],
    ...(centre.hoursNote ? { hoursNote: centre.hoursNote } : {}),
    upcoming: upcomingExceptions(centre as never, today, AHEAD_DAYS).map((u) => ({
      date: u.date, ...(u.until ? { until: u.until } : {}), closed: u.closed,
      ...(u.slots[0] ? { opens: u.slots[0].opens, closes: u.slots.at(-1)!.closes } : {}),
      ...(u.note ? { note: u.note } : {}), ...(u.holiday ? { holiday: u.holiday } : {}),
    })),
    ...(centre.temporarilyClosed && (!centre.temporarilyClosed.until || centre.temporarilyClosed.until >= today) ? { temporarilyClosed: centre.temporarilyClosed } : {}),
    appointmentHours: centre.appointmentHours ?? [],
    ...(centre.appointmentNote ? { appointmentNote: centre.appointmentNote } : {}),
    ...(centre.accessibility ? { accessibility: centre.accessibility } : {}),
    languages: centre.languages ?? [],
    textLang: centre.textLang,
    ...(centre.translation ? { translation: centre.translation } : {}),
    // The centre's own ways to reach it; a person's name is never shown here (consent is for contact persons).
    ...(email || phone || website ? { contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(website ? { website } : {}) } } : {}),
    offers: offers.sort((a, b) => (a.next?.date ?? '9').localeCompare(b.next?.date ?? '9') || a.title.localeCompare(b.title, 'de')).slice(0, 20),
  };
}

