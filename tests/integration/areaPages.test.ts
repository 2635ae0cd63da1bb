/**
 * The quarter in public (issue 33), through the local server against DynamoDB Local: what the pages
 * of a social space, a quarter and a centre show, and above all what they never show: a staff member
 * without consent (HSDS included), an unpublished indicator or measure, a count under 5 (in the page
 * and in its downloads), a draft outside its signed preview. Who may edit, publish and configure is
 * written out by hand, role by role.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Jimp } from 'jimp';
import { now } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, holidayName } from '../../shared/time/workingDays.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
const as: Record<string, Client> = {};
const pub = () => api.anonymous;
const today = berlinToday(now());
const year = Number(today.slice(0, 4));
const months = (n: number) => Array.from({ length: n }, (_, i) => {
  const d = new Date(Date.UTC(year, Number(today.slice(5, 7)) - 1 - (n - i), 15));
  return d.toISOString().slice(0, 7);
});

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  process.env.PUBLIC_URL ??= 'http://localhost:3000';
  process.env.PHOTO_DIR = mkdtempSync(path.join(tmpdir(), 'photos-'));
  api = await startApi({ table: 'fresh' });
  const [m1, m2, m3] = months(3);
  await seedStructure(api.repo, [
    { type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } },
    {
      type: 'centre', id: 'stz-n', data: {
        name: 'Stadtteilzentrum Nord', socialSpaceId: 'norden', quarterId: 'hamm-norden', address: { street: 'Nordstraße 1', postalCode: '59065' },
        openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '23:59' }],
        exceptions: [{ date: addDays(today, 3), closed: true, note: 'Teamfortbildung' }], languages: ['de', 'tr'], accessibility: 'Rampe am Eingang',
        contact: { name: 'Frau Privat', phone: '02381 1234', email: 'stz-n@hamm.example' },
      },
    },
    { type: 'indicator', id: 'ind-groups', data: { goalId: 'goal-1', name: 'Selbsthilfegruppen', unit: 'Gruppen', direction: 'higher-is-better', frequency: 'monthly' } },
    { type: 'indicator', id: 'ind-rate', data: { goalId: 'goal-1', name: 'Kita-Quote', unit: '%', direction: 'higher-is-better', frequency: 'monthly', valueKind: 'share' } },
    { type: 'indicator', id: 'ind-secret', data: { goalId: 'goal-1', name: 'Nicht veröffentlicht', unit: 'Personen', direction: 'higher-is-better', frequency: 'monthly' } },
    ...[[m1, 12], [m2, 3], [m3, 8]].map(([period, value]) => ({ type: 'measurement', id: `g-${period}`, data: { indicatorId: 'ind-groups', socialSpaceId: 'norden', period, value } })),
    // A share of 2 % computed from 2 children of 100 is hidden; the others have no basis or a large one.
    ...([[m1, 2, { numerator: 2, denominator: 100 }], [m2, 4, { numerator: 40, denominator: 1000 }], [m3, 3]] as const).map(([period, value, basis]) => ({ type: 'measurement', id: `r-${period}`, data: { indicatorId: 'ind-rate', socialSpaceId: 'norden', period, value, ...(basis ? { basis } : {}) } })),
    { type: 'measurement', id: 's-1', data: { indicatorId: 'ind-secret', socialSpaceId: 'norden', period: m3, value: 777 } },
    { type: 'target', id: 't-groups', data: { indicatorId: 'ind-groups', socialSpaceId: 'norden', year: Number(m3.slice(0, 4)), baseline: 2, target: 10 } },
    { type: 'workPlan', id: 'plan-n', data: { socialSpaceId: 'norden', year, status: 'agreed' } },
    // A plan still being agreed shows nothing in public, even a measure marked public.
    { type: 'workPlan', id: 'plan-w', data: { socialSpaceId: 'westen', year, status: 'draft' } },
    { type: 'measure', id: 'measure-draft', data: { workPlanId: 'plan-w', socialSpaceId: 'westen', title: 'Entwurf einer Maßnahme', plannedFrom: `${year}-01`, plannedTo: `${year}-12`, status: 'planned', public: true } },
    { type: 'measure', id: 'measure-public', data: { workPlanId: 'plan-n', socialSpaceId: 'norden', title: 'Babytreff aufbauen', goalIds: ['goal-1'], plannedFrom: `${year}-01`, plannedTo: `${year}-12`, status: 'running', public: true } },
    { type: 'measure', id: 'measure-internal', data: { workPlanId: 'plan-n', socialSpaceId: 'norden', title: 'Interne Personalplanung', plannedFrom: `${year}-01`, plannedTo: `${year}-12`, status: 'running' } },
    { type: 'network', id: 'net-open', data: { name: 'Stadtteilkonferenz Nord', kind: 'district-conference', socialSpaceIds: ['norden'], themes: ['Bildung'], public: true, publicContact: 'Stadtteilbüro Nord' } },
    { type: 'network', id: 'net-closed', data: { name: 'Fallkonferenz intern', kind: 'working-group', socialSpaceIds: ['norden'] } },
    { type: 'meeting', id: 'meet-fest', data: { networkId: 'net-open', socialSpaceIds: ['norden'], targetGroups: [], date: addDays(today, 5), public: true, publicTitle: 'Stadtteilfest Nord', startTime: '14:00' } },
    { type: 'meeting', id: 'meet-closed', data: { networkId: 'net-closed', socialSpaceIds: ['norden'], targetGroups: [], date: addDays(today, 6) } },
    { type: 'quarter', id: 'q-streets', data: { name: 'Straßenquartier', socialSpaceId: 'westen', districtId: 'mitte', streets: ['Lange Straße', 'Sedanstraße'] } },
    { type: 'quarter', id: 'q-streets-2', data: { name: 'Nachbarquartier', socialSpaceId: 'westen', districtId: 'mitte', streets: ['Lange Straße'] } },
  ]);
  for (const [name, email] of Object.entries({ admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN, praevWesten: PRAEV_WESTEN })) as[name] = await api.as(email);
});
afterAll(() => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  return api?.close();
});

const page = async (level = 'social-spaces', id = 'norden', query = '') => {
  const res = await pub().get(`/public/${level}/${id}/page${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const hsdsText = async () => JSON.stringify((await pub().get('/hsds/locations')).body);

async function setContact(client: Client, consent: boolean) {
  const mine = (await client.get('/me/settings')).body;
  return client.put('/me/settings', {
    receivesReport: mine.receivesReport, remindersOff: mine.remindersOff, version: mine.version, publicConsent: consent,
    publicContact: { title: 'Quartiersmanagerin Nord', phone: '02381 17-4711', consultationHours: [{ freq: 'WEEKLY', byday: ['TU'], opens: '10:00', closes: '12:00' }], consultationNote: 'Raum 2' },
  });
}

describe('contact persons appear only with their consent', () => {
  it('shows nobody without consent, on the page and in HSDS', async () => {
    const res = await setContact(as.qmNorden, false);
    expect(res.status).toBe(200);
    expect(res.body.publicConsent).toBe(false);
    expect((await page()).contacts).toEqual([]);
    expect(await hsdsText()).not.toContain('Nora Norden');
  });

  it('records who consented and when, then shows the person with consultation hours, in HSDS too', async () => {
    const res = await setContact(as.qmNorden, true);
    expect(res.status).toBe(200);
    expect(res.body.publicConsentAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const stored = await api.repo.get({ type: 'user' } as never, 'u-quartier-norden');
    expect((stored as any).publicConsent.by).toBe('user:u-quartier-norden');
    const [person] = (await page()).contacts;
    expect(person).toMatchObject({ name: 'Nora Norden', role: 'neighbourhood-management', title: 'Quartiersmanagerin Nord', phone: '02381 17-4711', consultationNote: 'Raum 2' });
    expect(person.consultationHours).toHaveLength(1);
    expect(await hsdsText()).toContain('Nora Norden');
    // Westen is not her space.
    expect((await page('social-spaces', 'westen')).contacts).toEqual([]);
  });

  it('takes a withdrawn consent off every public path at once (no cache in the test)', async () => {
    await setContact(as.qmNorden, false);
    expect((await page()).contacts).toEqual([]);
    expect((await page('quarters', 'hamm-norden')).contacts).toEqual([]);
    expect(await hsdsText()).not.toContain('Nora Norden');
    expect(await hsdsText()).not.toContain('17-4711');
  });

  it('never shows the name behind a centre\'s contact', async () => {
    const centre = (await pub().get('/public/centres/stz-n')).body;
    expect(centre.contact).toEqual({ phone: '02381 1234', email: 'stz-n@hamm.example' });
    expect(JSON.stringify(centre)).not.toContain('Frau Privat');
  });
});

describe('published results', () => {
  let publication: any;

  it('shows no indicator until coordination publishes it', async () => {
    expect((await page()).results).toEqual([]);
    expect(JSON.stringify(await page())).not.toContain('Selbsthilfegruppen');
  });

  it('lets coordination of the space publish, and nobody else', async () => {
    const body = { socialSpaceId: 'norden', indicatorId: 'ind-groups', interpretation: 'Jede neue Gruppe zählt.', measureIds: ['measure-public'] };
    expect((await as.qmNorden.post('/indicator-publications', body)).status).toBe(403);
    expect((await as.leitung.post('/indicator-publications', body)).status).toBe(403);
    expect((await as.praevWesten.post('/indicator-publications', body)).status).toBe(403);
    expect((await as.koordNorden.post('/indicator-publications', { ...body, socialSpaceId: 'westen' })).status).toBe(403);
    const res = await as.koordNorden.post('/indicator-publications', body);
    expect(res.status).toBe(201);
    publication = res.body;
    expect((await as.koordNorden.post('/indicator-publications', body)).status).toBe(409);
    expect((await as.admin.post('/indicator-publications', { socialSpaceId: 'norden', indicatorId: 'ind-rate' })).status).toBe(201);
  });

  it('hides counts under 5, the baseline included, and a share computed from a small count', async () => {
    const results = (await page()).results;
    const groups = results.find((r: any) => r.indicator.id === 'ind-groups');
    expect(groups.trend.map((t: any) => t.value)).toEqual([12, null, 8]);
    expect(groups.trend[1].suppressed).toBe('small');
    expect(groups.latest).toMatchObject({ value: 8 });
    expect(groups.baseline).toEqual({ value: null, suppressed: 'small' });
    expect(groups.target).toEqual({ value: 10 });
    expect(groups.interpretation).toBe('Jede neue Gruppe zählt.');
    expect(groups.projects).toEqual([{ id: 'measure-public', title: 'Babytreff aufbauen' }]);
    const rate = results.find((r: any) => r.indicator.id === 'ind-rate');
    expect(rate.trend.map((t: any) => t.value)).toEqual([null, 4, 3]);
    expect(rate.trend[0].suppressed).toBe('small');
  });

  it('downloads the same figures as CSV and JSON, suppressed the same way', async () => {
    const csv = await pub().get(`/public/results/${publication.id}/data.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.body).toContain('weniger als 5');
    const lines = String(csv.body).split(/\r?\n/).filter(Boolean);
    expect(lines.some((l) => /;3(;|$)/.test(l))).toBe(false);
    const json = await pub().get(`/public/results/${publication.id}/data.json`);
    expect(json.status).toBe(200);
    expect(JSON.stringify(json.body)).not.toMatch(/"value":3\b/);
    expect(json.body.rows.map((r: any) => r.value)).toEqual([12, null, 8]);
  });

  it('lists only published indicators in the open-data catalogue', async () => {
    const catalog = await pub().get('/public/catalog.jsonld');
    expect(catalog.status).toBe(200);
    const text = JSON.stringify(catalog.body);
    expect(text).toContain('Selbsthilfegruppen');
    expect(text).not.toContain('Nicht veröffentlicht');
  });

  it('unpublishing takes the indicator off the page and its downloads', async () => {
    const current = (await as.koordNorden.get(`/indicator-publications/${publication.id}`)).body;
    expect((await as.koordNorden.del(`/indicator-publications/${current.id}`)).status).toBe(200);
    expect((await page()).results.map((r: any) => r.indicator.id)).toEqual(['ind-rate']);
    expect((await pub().get(`/public/results/${publication.id}/data.csv`)).status).toBe(404);
    const audit = await as.admin.get('/audit-events', { filter: { entityType: 'indicatorPublication', entityId: publication.id } });
    expect(audit.body.map((a: any) => a.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('what is not public stays out', () => {
  it('shows public measures, meetings and networks only', async () => {
    const p = await page();
    const text = JSON.stringify(p);
    expect(p.projects).toEqual([{ id: 'measure-public', title: 'Babytreff aufbauen', status: 'running', goals: [{ id: 'goal-1', name: expect.stringMatching(/^Ziel 1: Die Voraussetzungen/) }] }]);
    expect(text).not.toContain('Interne Personalplanung');
    expect(p.dates.map((d: any) => d.title)).toContain('Stadtteilfest Nord');
    expect(text).not.toContain('Fallkonferenz intern');
    expect(p.networks).toEqual([{ id: 'net-open', name: 'Stadtteilkonferenz Nord', themes: ['Bildung'], contact: 'Stadtteilbüro Nord' }]);
    // The unpublished indicator's value (ids are ULIDs, which may hold the digits by chance).
    expect(text).not.toMatch(/:777\b/);
    expect(text).not.toContain('ind-secret');
    expect(JSON.stringify(await page('social-spaces', 'westen'))).not.toContain('Entwurf einer Maßnahme');
  });

  it('refuses to link an internal measure to a published result, so its title never reaches the page', async () => {
    const res = await as.koordNorden.post('/indicator-publications', { socialSpaceId: 'norden', indicatorId: 'ind-secret', measureIds: ['measure-internal'] });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ pointer: '/body/measureIds', detail: expect.stringContaining('nicht öffentlich') });
  });
});

describe('the profile: draft, publication, preview', () => {
  let profile: any;

  it('lets neighbourhood management and coordination of the space write it, and nobody else', async () => {
    const body = { socialSpaceId: 'norden', intro: 'Willkommen im Norden', strengths: 'Viele Vereine.', photos: [] };
    expect((await as.qmWesten.post('/area-profiles', body)).status).toBe(403);
    expect((await as.praevWesten.post('/area-profiles', body)).status).toBe(403);
    expect((await as.leitung.post('/area-profiles', body)).status).toBe(403);
    const res = await as.qmNorden.post('/area-profiles', body);
    expect(res.status).toBe(201);
    profile = res.body;
    expect((await as.leitung.get(`/area-profiles/${profile.id}`)).status).toBe(200);
    expect((await as.qmNorden.post('/area-profiles', body)).status).toBe(409);
    const quarterInWesten = await as.qmNorden.post('/area-profiles', { socialSpaceId: 'norden', quarterId: 'q-streets', photos: [] });
    expect(quarterInWesten.status).toBe(409);
    expect(quarterInWesten.body.errors[0].pointer).toBe('/body/quarterId');
  });

  it('keeps a draft off the public page until it is published', async () => {
    expect((await page()).profile).toBeUndefined();
    expect((await as.leitung.post(`/area-profiles/${profile.id}/publication`, { version: profile.version })).status).toBe(403);
    const published = await as.koordNorden.post(`/area-profiles/${profile.id}/publication`, { version: profile.version });
    expect(published.status).toBe(200);
    expect(published.body.published).toMatchObject({ version: 1, intro: 'Willkommen im Norden', by: 'user:u-koordination-norden' });
    const p = await page();
    expect(p.profile).toMatchObject({ intro: 'Willkommen im Norden', strengths: 'Viele Vereine.', version: 1, fromSocialSpace: false });
    profile = published.body;
  });

  it('refuses a stale version with 409 and keeps the published copy while the draft changes', async () => {
    expect((await as.qmNorden.post(`/area-profiles/${profile.id}/publication`, { version: profile.version - 1 })).status).toBe(409);
    const edited = await as.qmNorden.put(`/area-profiles/${profile.id}`, { ...profile, intro: 'Neuer Entwurf' });
    expect(edited.status).toBe(200);
    expect((await page()).profile.intro).toBe('Willkommen im Norden');
    profile = edited.body;
  });

  it('shows the draft only through a signed preview link, and never lets it be cached', async () => {
    const link = await as.qmNorden.post(`/area-profiles/${profile.id}/preview-link`);
    expect(link.status).toBe(200);
    expect(link.body.url).toContain('vorschau=');
    const previewed = await pub().get(`/public/social-spaces/norden/page?preview=${encodeURIComponent(link.body.token)}`);
    expect(previewed.body.preview).toBe(true);
    expect(previewed.body.profile.intro).toBe('Neuer Entwurf');
    expect(previewed.headers.get('cache-control')).toBe('no-store');
    const tampered = await pub().get(`/public/social-spaces/norden/page?preview=${encodeURIComponent(link.body.token.slice(0, -2))}xx`);
    expect(tampered.body.profile.intro).toBe('Willkommen im Norden');
    expect(tampered.body.preview).toBeUndefined();
    expect(tampered.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('shows the space\'s text on a quarter without one of its own', async () => {
    const q = await page('quarters', 'hamm-norden');
    expect(q).toMatchObject({ level: 'quarter', name: 'Hamm-Norden', levelName: 'Quartier', socialSpace: { id: 'norden' } });
    expect(q.profile).toMatchObject({ intro: 'Willkommen im Norden', fromSocialSpace: true });
    expect(q.centres[0].id).toBe('stz-n');
  });

  it('takes a publication back (the draft stays), refusing a stale version and leadership', async () => {
    const current = (await as.qmNorden.get(`/area-profiles/${profile.id}`)).body;
    expect((await as.leitung.del(`/area-profiles/${profile.id}/publication`, { 'If-Match': String(current.version) })).status).toBe(403);
    expect((await as.qmNorden.del(`/area-profiles/${profile.id}/publication`, { 'If-Match': String(current.version - 1) })).status).toBe(409);
    const res = await as.qmNorden.del(`/area-profiles/${profile.id}/publication`, { 'If-Match': String(current.version) });
    expect(res.status).toBe(200);
    expect(res.body.published).toBeUndefined();
    expect(res.body.intro).toBe('Neuer Entwurf');
    expect((await page()).profile).toBeUndefined();
  });
});

describe('centres and finding one\'s quarter', () => {
  it('says whether a centre is open now, and lists its closures', async () => {
    const c = (await pub().get('/public/centres/stz-n')).body;
    // Open all day every day, except on a public holiday (the moved clock runs on New Year's Day).
    const holiday = holidayName(today);
    expect(c.openNow).toMatchObject(holiday ? { open: false, reason: 'holiday', holiday } : { open: true, reason: 'regular' });
    // Public holidays of the coming weeks are listed too (which ones depends on the day the test runs).
    expect(c.upcoming.filter((u: any) => !u.holiday)).toEqual([{ date: addDays(today, 3), closed: true, note: 'Teamfortbildung' }]);
    for (const h of c.upcoming.filter((u: any) => u.holiday)) expect(h).toMatchObject({ closed: true, holiday: expect.any(String) });
    expect(c.languages).toEqual(['de', 'tr']);
    expect((await pub().get('/public/centres/nirgends')).status).toBe(404);
  });

  it('finds the quarter of an address, every quarter of a street that crosses, and of a point', async () => {
    const one = (await pub().get('/public/locate', { address: 'Sedanstr. 4, 59065 Hamm' })).body;
    expect(one.matches).toEqual([{ quarterId: 'q-streets', quarterName: 'Straßenquartier', socialSpaceId: 'westen', socialSpaceName: 'Hammer Westen', street: 'Sedanstraße' }]);
    const two = (await pub().get('/public/locate', { address: 'Lange Straße 10' })).body;
    expect(two.matches.map((m: any) => m.quarterId).sort()).toEqual(['q-streets', 'q-streets-2']);
    expect((await pub().get('/public/locate', { address: 'Hauptstraße 1' })).body.matches).toEqual([]);
    const bad = await pub().get('/public/locate');
    expect(bad.status).toBe(400);
  });
});

describe('photos', () => {
  it('stores an uploaded photo without its metadata, served at its public address; refuses other files', async () => {
    const png = await new Jimp({ width: 40, height: 30, color: 0x336699ff }).getBuffer('image/png');
    const res = await as.qmNorden.post('/photos', { content: Buffer.from(png).toString('base64') });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^[a-f0-9]{64}\.jpg$/);
    expect(res.body).toMatchObject({ width: 40, height: 30, url: `/photos/hamm/${res.body.key}` });
    const served = await fetch(`${api.url.replace(/\/v1$/, '')}${res.body.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bad = await as.qmNorden.post('/photos', { content: Buffer.from('kein Bild').toString('base64') });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ pointer: '/body/content', detail: 'Nur JPEG- oder PNG-Bilder bis 10 MB' });
    expect((await pub().post('/photos', { content: Buffer.from(png).toString('base64') })).status).toBe(401);
  });
});

describe('contact photos', () => {
  const upload = async (colour: number) => {
    const png = await new Jimp({ width: 20, height: 20, color: colour }).getBuffer('image/png');
    const res = await as.qmNorden.post('/photos', { content: Buffer.from(png).toString('base64') });
    expect(res.status).toBe(201);
    return res.body.key as string;
  };
  const served = async (key: string) => (await fetch(`${api.url.replace(/\/v1$/, '')}/photos/hamm/${key}`)).status;
  const settings = async (photo: string | undefined, consent: boolean) => {
    const mine = (await as.qmNorden.get('/me/settings')).body;
    const res = await as.qmNorden.put('/me/settings', { receivesReport: mine.receivesReport, remindersOff: mine.remindersOff, version: mine.version, publicConsent: consent, publicContact: { consultationHours: [], ...(photo ? { photo } : {}) } });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('deletes a replaced or withdrawn contact photo, but never one another record still shows', async () => {
    const own = await upload(0xaa3344ff);
    await settings(own, true);
    expect((await page()).contacts[0].photoUrl).toBe(`/photos/hamm/${own}`);
    expect(await served(own)).toBe(200);
    // A profile shows a second photo, which she then also takes as hers.
    const shared = await upload(0x22aa66ff);
    expect((await as.qmNorden.post('/area-profiles', { socialSpaceId: 'norden', quarterId: 'nordenfeldmark-ost', photos: [{ key: shared, alt: 'Ein Bild' }] })).status).toBe(201);
    await settings(shared, true);
    expect(await served(own)).toBe(404);
    // Withdrawing consent drops her photo, but the profile's copy stays.
    const after = await settings(shared, false);
    expect(after.publicContact.photo).toBeUndefined();
    expect(await served(shared)).toBe(200);
    expect((await page()).contacts).toEqual([]);
  });
});

describe('councils: admins configure them, every clerk reads them', () => {
  it('is written out by hand per role', async () => {
    const body = { districtId: 'mitte', name: 'Bezirksvertretung Hamm-Mitte', sessions: [{ date: addDays(today, 10) }] };
    for (const who of ['leitung', 'koordNorden', 'qmNorden', 'praevWesten']) expect((await as[who].post('/councils', body)).status).toBe(403);
    const created = await as.admin.post('/councils', body);
    expect(created.status).toBe(201);
    expect((await as.admin.post('/councils', body)).status).toBe(409);
    for (const who of ['leitung', 'koordNorden', 'qmNorden', 'praevWesten']) expect((await as[who].get(`/councils/${created.body.id}`)).status).toBe(200);
  });
});
