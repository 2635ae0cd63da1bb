/**
 * The texts staff write for the public pages, translated by the offers' rule (issue 33): a public
 * profile's introduction and strengths, and a centre's notes. Through the local server against
 * DynamoDB Local: the public pages show a translation in its language and say so; a German text changed
 * after the translation makes it "möglicherweise veraltet" until someone confirms it; a profile's
 * translations reach the public only with a publication; a PUT without translations keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QM_NORDEN, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let qm: Client;
const pub = () => api.anonymous;

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  api = await startApi({ table: 'fresh' });
  await seedStructure(api.repo, []);
  qm = await api.as(QM_NORDEN);
});
afterAll(() => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  return api?.close();
});

const writable = ({ id, createdAt, updatedAt, createdBy, updatedBy, published, area, textVersion, textUpdatedAt, translationStatus, ...rest }: any) => rest;

describe('a public profile in other languages', () => {
  let profile: any;

  it('is shown in Turkish once published, each text saying its language; the intro without translation stays German', async () => {
    const created = await qm.post('/area-profiles', {
      socialSpaceId: 'norden', intro: 'Willkommen im Hammer Norden.', strengths: 'Viele Vereine, kurze Wege.', photos: [],
      translations: { tr: { strengths: 'Birçok dernek, kısa yollar.' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ textVersion: 1, translationStatus: { tr: { basedOn: 1, machine: false } } });
    profile = created.body;
    // Not yet published: nothing in public, in any language.
    expect((await pub().get('/public/social-spaces/norden/page', { lang: 'tr' })).body.profile).toBeUndefined();

    profile = (await qm.post(`/area-profiles/${profile.id}/publication`, { version: profile.version })).body;
    const shown = (await pub().get('/public/social-spaces/norden/page', { lang: 'tr' })).body.profile;
    expect(shown).toMatchObject({ intro: 'Willkommen im Hammer Norden.', strengths: 'Birçok dernek, kısa yollar.', textLang: { intro: 'de', strengths: 'tr' } });
    expect(shown.translation).toEqual({ lang: 'tr', machine: false, stale: false, germanUpdatedAt: expect.any(String) });
    const german = (await pub().get('/public/social-spaces/norden/page')).body.profile;
    expect(german).toMatchObject({ strengths: 'Viele Vereine, kurze Wege.', textLang: { intro: 'de', strengths: 'de' } });
    expect(german.translation).toBeUndefined();
  });

  it('a changed German text makes the translation out of date, in the draft at once and in public with the next publication', async () => {
    const edited = await qm.put(`/area-profiles/${profile.id}`, { ...writable(profile), strengths: 'Viele Vereine, kurze Wege, ein neuer Park.', version: profile.version });
    expect(edited.status).toBe(200);
    expect(edited.body.textVersion).toBe(2);
    expect(edited.body.translations.tr.strengths).toBe('Birçok dernek, kısa yollar.');
    expect(edited.body.translationStatus.tr.basedOn).toBe(1);
    // The public still has the published copy, whose translation was current when published.
    expect((await pub().get('/public/social-spaces/norden/page', { lang: 'tr' })).body.profile.translation.stale).toBe(false);

    profile = (await qm.post(`/area-profiles/${profile.id}/publication`, { version: edited.body.version })).body;
    const shown = (await pub().get('/public/social-spaces/norden/page', { lang: 'tr' })).body.profile;
    expect(shown.strengths).toBe('Birçok dernek, kısa yollar.');
    expect(shown.translation).toMatchObject({ lang: 'tr', stale: true });
  });

  it('a PUT without translations keeps them; confirming makes the translation current; a language without one is refused', async () => {
    const { translations, ...withoutTranslations } = writable(profile);
    const kept = await qm.put(`/area-profiles/${profile.id}`, { ...withoutTranslations, version: profile.version });
    expect(kept.body.translations).toEqual(translations);

    const missing = await qm.post(`/area-profiles/${profile.id}/translations/ar/confirm`, { version: kept.body.version });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ pointer: '/params/lang', detail: 'Für diese Sprache gibt es noch keine Übersetzung.' });
    expect((await pub().post(`/area-profiles/${profile.id}/translations/tr/confirm`, { version: kept.body.version })).status).toBe(401);

    const confirmed = await qm.post(`/area-profiles/${profile.id}/translations/tr/confirm`, { version: kept.body.version });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.translationStatus.tr).toMatchObject({ basedOn: 2, machine: false });
    // Confirming against an older version is a conflict, never a lost update.
    expect((await qm.post(`/area-profiles/${profile.id}/translations/tr/confirm`, { version: kept.body.version })).status).toBe(409);
    await qm.post(`/area-profiles/${profile.id}/publication`, { version: confirmed.body.version });
    expect((await pub().get('/public/social-spaces/norden/page', { lang: 'tr' })).body.profile.translation.stale).toBe(false);
  });
});

describe("a centre's notes in other languages", () => {
  it('shows the hours note, a closure reason and accessibility in English, and in German what has no translation', async () => {
    const res = await qm.post('/centres', {
      name: 'Treff am Park', socialSpaceId: 'norden', address: { street: 'Parkweg 2', postalCode: '59065' },
      openingHours: [{ freq: 'WEEKLY', byday: ['MO'], opens: '09:00', closes: '12:00' }],
      hoursNote: 'In den Ferien nur vormittags.', accessibility: 'Rampe am Eingang',
      exceptions: [{ date: '2099-05-04', closed: true, note: 'Betriebsausflug' }, { date: '2099-06-01', closed: true, note: 'Teamtag' }],
      translations: { en: { hoursNote: 'Mornings only during school holidays.', exceptionNotes: ['Staff outing', 'Team day'] } },
    });
    expect(res.status).toBe(201);
    const centre = (await pub().get(`/public/centres/${res.body.id}`, { lang: 'en' })).body;
    expect(centre).toMatchObject({ hoursNote: 'Mornings only during school holidays.', accessibility: 'Rampe am Eingang', textLang: { hoursNote: 'en', accessibility: 'de', exceptionNotes: 'en' } });
    expect(centre.translation).toMatchObject({ lang: 'en', stale: false });
    expect((await pub().get(`/public/centres/${res.body.id}`)).body.hoursNote).toBe('In den Ferien nur vormittags.');

    // A German note changed: the English one is out of date, on the page at once (centres have no separate publication).
    const changed = await qm.put(`/centres/${res.body.id}`, { ...writable(res.body), hoursNote: 'In den Ferien geschlossen.', version: res.body.version });
    expect(changed.status).toBe(200);
    expect((await pub().get(`/public/centres/${res.body.id}`, { lang: 'en' })).body.translation).toMatchObject({ lang: 'en', stale: true });
    // A list of notes only counts where it covers every German one: one note short, and the reasons are German.
    const short = await qm.put(`/centres/${res.body.id}`, { ...writable(changed.body), translations: { en: { exceptionNotes: ['Staff outing'] } }, version: changed.body.version });
    expect((await pub().get(`/public/centres/${res.body.id}`, { lang: 'en' })).body.textLang.exceptionNotes).toBe('de');
    expect(short.body.translationStatus.en.basedOn).toBe(short.body.textVersion);
  });
});
