/**
 * The public side: the finder's search filters, calendar feeds parsed back with ical.js (another
 * library than the one that writes them) across a daylight-saving change, the HSDS 3.0 API checked
 * against the specification's required fields, caching headers, and searches without result.
 */
import { keys } from '../../shared/db/keys.ts';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { setClock } from '../../shared/time/clock.ts';
import { entities } from '../../shared/entities.ts';
import { computeIndicator } from '../../shared/metrics/job.ts';
import { HsdsLocation, HsdsOrganization, hsdsPage, HsdsService, HsdsServiceAtLocation, HsdsTaxonomy, HsdsTaxonomyTerm } from '../../shared/schemas/hsds.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const pub = () => api.anonymous;

const offer = (id: string, data: Record<string, unknown>, at = '2026-01-10T10:00:00.000Z') => ({
  type: 'offer',
  id,
  at,
  data: { title: id, organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['children'], status: 'published', reviewedAt: '2026-10-01T08:00:00.000Z', ...data },
});

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  ({ api, admin } = await startMinimalApi());
  await applySeed(api.repo, [
    { type: 'centre', id: 'stz-test', data: { name: 'Stadtteilzentrum Test', socialSpaceId: 'norden', address: { street: 'Marktstraße 3', postalCode: '59065', city: 'Hamm' } } },
    // Tuesdays 15:00–17:00 from 9 March to 13 April 2027: across the change to summer time on 28 March.
    offer('kindertreff', {
      title: 'Kindertreff am Dienstag', minAge: 6, maxAge: 12, centreId: 'stz-test', quarterIds: ['hamm-norden'], languages: ['de', 'tr'], accessibility: { wheelchair: true },
      schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '15:00', closes: '17:00' }], validFrom: '2027-03-09', validUntil: '2027-04-13', cost: { free: true },
    }),
    offer('sprachkurs', { title: 'Sprachkurs', themes: ['Teilhabe'], targetGroups: ['migrants'], minAge: 18, maxAge: 99, schedules: [{ freq: 'WEEKLY', byday: ['WE'], opens: '18:00', closes: '19:30' }], cost: { free: false, amountEur: 5 }, languages: ['de', 'ar'] }),
    offer('pausiert', { title: 'Pausiertes Angebot', status: 'paused' }),
    offer('entwurf', { title: 'Entwurf', status: 'draft' }),
    // HSDS locations: a centre with a closure, other hours, holidays and hours by appointment; one temporarily closed; an offer held elsewhere.
    {
      type: 'centre', id: 'stz-fest', data: {
        name: 'Stadtteilzentrum Ostern', socialSpaceId: 'norden', address: { street: 'Osterweg 1', postalCode: '59065', city: 'Hamm' },
        openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' }],
        exceptions: [{ date: '2027-03-24', closed: true, note: 'Teamfortbildung' }, { date: '2027-04-07', closed: false, opens: '10:00', closes: '12:00', note: 'Frühjahrsputz' }],
        appointmentHours: [{ freq: 'WEEKLY', byday: ['SA'], opens: '10:00', closes: '12:00' }], appointmentNote: 'Sozialberatung',
      },
    },
    {
      type: 'centre', id: 'stz-zu', data: {
        name: 'Stadtteilzentrum Wasserschaden', socialSpaceId: 'norden', address: { street: 'Nasse Gasse 2', postalCode: '59065', city: 'Hamm' },
        openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' }], temporarilyClosed: { note: 'Wasserschaden', until: '2027-04-30' }, hoursNote: 'Freitags bis 15 Uhr in den Ferien.',
      },
    },
    offer('turnhalle', { title: 'Sport in der Turnhalle', minAge: 6, maxAge: 10, location: { name: 'Turnhalle Süd', address: { street: 'Südring 5', postalCode: '59063', city: 'Hamm' } } }),
  ]);
});
afterAll(() => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  return api?.close();
});

describe('public search', () => {
  it('filters by weekday, cost, wheelchair access, language, quarter and age, and never shows drafts', async () => {
    const titles = async (query: string) => ((await pub().get(`/public/offers?${query}`)).body as any[]).map((o) => o.title);
    expect(await titles('weekday=TU')).toEqual(['Kindertreff am Dienstag']);
    expect(await titles('free=false')).toEqual(['Sprachkurs']);
    expect(await titles('wheelchair=true')).toEqual(['Kindertreff am Dienstag']);
    expect(await titles('language=ar')).toEqual(['Sprachkurs']);
    expect(await titles('quarterId=hamm-norden')).toEqual(['Kindertreff am Dienstag']);
    expect(await titles('age=30')).toEqual(['Sprachkurs']);
    expect(await titles('')).not.toContain('Entwurf');
    expect(await titles('')).not.toContain('Pausiertes Angebot');
    const bad = await pub().get('/public/offers?weekday=XX&free=vielleicht');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.pointer).sort()).toEqual(['/query/free', '/query/weekday']);
  });

  it('names the organisation and the centre, and gives the next dates', async () => {
    const one = (await pub().get('/public/offers/sprachkurs')).body;
    expect(one.organisationName).toBe('Caritas');
    expect(one.nextDates[0]).toMatchObject({ opens: '18:00', closes: '19:30' });
    expect(new Date(`${one.nextDates[0].date}T12:00:00Z`).getUTCDay()).toBe(3);
    const treff = (await admin.get('/offers/kindertreff')).body;
    expect(treff.centreId).toBe('stz-test');
  });

  it('answers with ETag, 304 for If-None-Match, a one-minute Cache-Control, and for any origin', async () => {
    const first = await pub().raw('/public/offers', { headers: { Origin: 'https://schule.example' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await pub().raw('/public/offers', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    const other = await pub().raw('/public/offers?theme=Bildung', { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
  });

  it('counts searches without result by filter values only, for clerks and for the metric', async () => {
    // 00:30 on 1 February in Berlin, still January in UTC: the searches count for February.
    onTestFinished(setClock('2027-01-31T23:30:00Z'));
    const month = '2027-02';
    await pub().get('/public/offers?socialSpaceId=westen&theme=Kultur&age=8&q=Geheimer%20Suchtext');
    await pub().get('/public/offers?socialSpaceId=westen&theme=Kultur&age=9');
    await pub().get('/public/offers?theme=Bildung'); // found something: not counted
    const gaps = (await admin.get('/search-gaps', { filter: { month } })).body as any[];
    expect(gaps).toEqual([{ id: 'westen|Kultur|-|6-11|de', month, socialSpaceId: 'westen', theme: 'Kultur', targetGroup: '-', ageBand: '6-11', language: 'de', count: 2 }]);
    // Nothing of the free text is stored anywhere.
    const raw = await api.repo.queryAll<any>({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.searchGap(month).PK } });
    expect(JSON.stringify(raw)).not.toContain('Geheim');
    expect((await api.anonymous.get('/search-gaps')).status).toBe(401);

    const indicator = (await admin.post('/indicators', { goalId: 'goal-3', name: 'Suchen ohne Ergebnis', unit: 'Suchen', direction: 'lower-is-better', frequency: 'monthly', source: 'computed', metric: 'unmet-searches' })).body;
    const results = await computeIndicator(api.repo, await api.repo.get<any>(entities.indicator, indicator.id), month);
    expect(results.find((r) => r.socialSpaceId === 'westen')!.value).toBe(2);
    expect(results.find((r) => r.socialSpaceId === 'norden')!.value).toBe(0);
  });
});

describe('calendar feeds', () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

  it('keeps 15:00 at 15:00 local time across the change to summer time, with stable UIDs', async () => {
    const res = await pub().raw('/public/offers/kindertreff/calendar.ics', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await (await fetch(`${api.url}/public/offers/kindertreff/calendar.ics`)).text();
    const cal = parse(text);
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    const vevent = cal.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('kindertreff-0@stadtteilarbeit.hamm.de');
    expect(vevent.getFirstPropertyValue('rrule')!.toString()).toMatch(/FREQ=WEEKLY;.*BYDAY=TU/);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 10; next = it.next()) starts.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    // Six Tuesdays, 9 March to 13 April: 14:00Z in winter (CET), 13:00Z in summer (CEST): 15:00 in Hamm each time.
    expect(starts).toEqual(['2027-03-09T14:00:00.000Z', '2027-03-16T14:00:00.000Z', '2027-03-23T14:00:00.000Z', '2027-03-30T13:00:00.000Z', '2027-04-06T13:00:00.000Z', '2027-04-13T13:00:00.000Z']);
    const local = starts.map((s) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(s)));
    expect(new Set(local)).toEqual(new Set(['15:00']));
    // The same UID on the next download: calendar apps update the event instead of adding another.
    const again = parse(await (await fetch(`${api.url}/public/offers/kindertreff/calendar.ics`)).text());
    expect(new ICAL.Event(again.getFirstSubcomponent('vevent')!).uid).toBe(event.uid);
  });

  it('serves the finder’s filters as one feed', async () => {
    const cal = parse(await (await fetch(`${api.url}/public/calendar.ics?theme=Teilhabe`)).text());
    expect(cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)).toEqual(['Sprachkurs']);
    expect((await pub().get('/public/offers/entwurf/calendar.ics')).status).toBe(404);
  });
});

describe('HSDS 3.0', () => {
  const list = async (path: string, schema: any) => {
    const res = await pub().get(path);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const parsed = hsdsPage(schema.strict ? schema.strict() : schema).safeParse(res.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(':null');
    return res.body;
  };

  it('names its version, profile and OpenAPI document', async () => {
    const root = (await pub().get('/hsds')).body;
    expect(root.version).toBe('3.0');
    expect(root.openapi_url).toMatch(/\/v1\/openapi\.json$/);
  });

  it('lists services with stable UUIDs, mapped status, assured date, schedules, addresses and taxonomy terms', async () => {
    const page = await list('/hsds/services', HsdsService);
    expect(page).toMatchObject({ total_items: 4, total_pages: 1, page_number: 1, size: 4, first_page: true, last_page: true, empty: false });
    const byName = Object.fromEntries(page.contents.map((s: any) => [s.name, s]));
    expect(Object.keys(byName).sort()).toEqual(['Kindertreff am Dienstag', 'Pausiertes Angebot', 'Sport in der Turnhalle', 'Sprachkurs']);
    expect(byName['Pausiertes Angebot'].status).toBe('temporarily closed');
    const treff = byName['Kindertreff am Dienstag'];
    expect(treff.status).toBe('active');
    expect(treff.assured_date).toBe('2026-10-01');
    expect(treff.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TU', valid_from: '2027-03-09', valid_to: '2027-04-13' });
    expect(treff.schedules[0].opens_at).toMatch(/^15:00\+0[12]:00$/);
    expect(treff.service_at_locations[0].location.addresses[0]).toMatchObject({ address_1: 'Marktstraße 3', city: 'Hamm', state_province: 'Nordrhein-Westfalen', postal_code: '59065', country: 'DE', address_type: 'physical' });
    expect((await pub().get('/hsds/services')).body.contents.map((s: any) => s.id)).toEqual(page.contents.map((s: any) => s.id));
    const one = (await pub().get(`/hsds/services/${treff.id}`)).body;
    expect(HsdsService.safeParse(one).success).toBe(true);
    expect(one.organization.name).toBe('Caritas');
  });

  it('pages with page and per_page, and combines filters with AND', async () => {
    const p2 = await list('/hsds/services?per_page=2&page=2', HsdsService);
    expect(p2).toMatchObject({ total_items: 4, total_pages: 2, page_number: 2, size: 2, first_page: false, last_page: true });
    const terms = (await list('/hsds/taxonomy_terms?per_page=200', HsdsTaxonomyTerm)).contents;
    const teilhabe = terms.find((t: any) => t.code === 'Teilhabe');
    expect((await list(`/hsds/services?taxonomy_term_id=${teilhabe.id}`, HsdsService)).contents.map((s: any) => s.name)).toEqual(['Sprachkurs']);
    expect((await list(`/hsds/services?taxonomy_term_id=${teilhabe.id}&search=Kinder`, HsdsService)).empty).toBe(true);
    expect((await list('/hsds/services?modified_after=2030-01-01T00:00:00Z', HsdsService)).total_items).toBe(0);
    const orgs = await list('/hsds/organizations', HsdsOrganization);
    expect(orgs.contents.map((o: any) => o.name)).toEqual(['Caritas']);
    expect((await list(`/hsds/services?organization_id=${orgs.contents[0].id}`, HsdsService)).total_items).toBe(4);
    expect((await list('/hsds/taxonomies', HsdsTaxonomy)).total_items).toBe(2);
    expect((await list('/hsds/service_at_locations', HsdsServiceAtLocation)).total_items).toBe(2);
    expect((await pub().get('/hsds/services?per_page=0')).status).toBe(400);
    expect((await pub().get('/hsds/services/not-a-uuid')).status).toBe(400);
    expect((await pub().get('/hsds/services/2f1c1c5e-9c1d-5d4e-8f00-000000000000')).status).toBe(404);
  });

  describe('locations, on Monday 22 March 2027 (Easter and the clock change ahead)', () => {
    const locations = async () => {
      onTestFinished(setClock('2027-03-22T09:00:00Z'));
      return (await list('/hsds/locations?per_page=200', HsdsLocation)).contents as any[];
    };
    const named = (all: any[], name: string) => all.find((l) => l.name === name);
    const span = (s: any) => [s.valid_from ?? '…', s.valid_to ?? '…'];

    it('cuts the weekly hours around closures, holidays and other hours, and lists those on their dates', async () => {
      const fest = named(await locations(), 'Stadtteilzentrum Ostern');
      const weekly = fest.schedules.filter((s: any) => s.byday === 'MO,TU,WE,TH,FR');
      // Off: the training day, Good Friday, Easter Monday, the day with other hours, Ascension Day; Whit Monday is past the eight weeks.
      expect(weekly.map(span)).toEqual([['…', '2027-03-23'], ['2027-03-25', '2027-03-25'], ['2027-03-30', '2027-04-06'], ['2027-04-08', '2027-05-05'], ['2027-05-07', '…']]);
      expect(weekly[0]).toMatchObject({ freq: 'WEEKLY', opens_at: '09:00+01:00', closes_at: '17:00+01:00' });
      const dated = fest.schedules.filter((s: any) => !s.freq && !s.attending_type);
      expect(dated.map((s: any) => [s.description, ...span(s), s.opens_at ?? '-'])).toEqual([
        ['Geschlossen: Teamfortbildung', '2027-03-24', '2027-03-24', '-'],
        ['Geschlossen: Karfreitag', '2027-03-26', '2027-03-26', '-'],
        ['Geschlossen: Ostermontag', '2027-03-29', '2027-03-29', '-'],
        // After the change to summer time: 10:00 Berlin is +02:00.
        ['Geänderte Öffnungszeiten: Frühjahrsputz', '2027-04-07', '2027-04-07', '10:00+02:00'],
        ['Geschlossen: Christi Himmelfahrt', '2027-05-06', '2027-05-06', '-'],
      ]);
      expect(dated.every((s: any) => s.notes === 'Gilt an diesen Tagen statt der regulären Öffnungszeiten.')).toBe(true);
      // By appointment: on Saturdays but 1 May, a holiday.
      const appointment = fest.schedules.filter((s: any) => s.attending_type === 'nach Vereinbarung');
      expect(appointment.map(span)).toEqual([['…', '2027-04-30'], ['2027-05-02', '…']]);
      expect(appointment[0]).toMatchObject({ byday: 'SA', description: 'Nach Vereinbarung: Sozialberatung', opens_at: '10:00+01:00' });
      expect(new Set(fest.schedules.map((s: any) => s.id)).size).toBe(fest.schedules.length);
    });

    it('says a temporary closure first, in the description and as a schedule, and the weekly hours only from the day after', async () => {
      const zu = named(await locations(), 'Stadtteilzentrum Wasserschaden');
      expect(zu.description).toBe('Vorübergehend geschlossen bis 30. April 2027: Wasserschaden. Freitags bis 15 Uhr in den Ferien.');
      expect(zu.schedules[0]).toMatchObject({ description: 'Vorübergehend geschlossen bis 30. April 2027: Wasserschaden', valid_to: '2027-04-30' });
      expect(zu.schedules[0].opens_at).toBeUndefined();
      expect(zu.schedules.filter((s: any) => s.freq).map(span)).toEqual([['2027-05-01', '2027-05-05'], ['2027-05-07', '…']]);
      expect(zu.schedules.filter((s: any) => !s.freq).map((s: any) => s.description)).toEqual(['Vorübergehend geschlossen bis 30. April 2027: Wasserschaden', 'Geschlossen: Christi Himmelfahrt']);
    });

    it('answers every location a service names, the place of an offer held elsewhere included, and lists it after the centres', async () => {
      const all = await locations();
      expect(all.map((l) => l.name)).toEqual(['Stadtteilzentrum Ostern', 'Stadtteilzentrum Test', 'Stadtteilzentrum Wasserschaden', 'Turnhalle Süd']);
      const services = (await list('/hsds/services', HsdsService)).contents as any[];
      const referenced = services.flatMap((s) => s.service_at_locations ?? []);
      expect(referenced).toHaveLength(2);
      for (const { location } of referenced) {
        const res = await pub().get(`/hsds/locations/${location.id}`);
        expect(res.status, location.name).toBe(200);
        expect(HsdsLocation.safeParse(res.body).success).toBe(true);
        expect(all.find((l) => l.id === location.id)).toBeDefined();
      }
      const turnhalle = referenced.find((r) => r.location.name === 'Turnhalle Süd').location;
      expect((await pub().get(`/hsds/locations/${turnhalle.id}`)).body).toEqual(turnhalle);
      expect((await pub().get('/hsds/locations/2f1c1c5e-9c1d-5d4e-8f00-000000000000')).status).toBe(404);
    });
  });
});
