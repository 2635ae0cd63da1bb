/**
 * Offers in many languages (issue 29) through the real route table, authorizer and DynamoDB Local:
 * a translation knows the German text it was made from and is out of date after a German edit until
 * it is updated or confirmed; partners translate their own offers only; the public API answers in the
 * language asked for, field by field along the fallback order, saying which language each text is in;
 * search finds an offer by its translated words and by German ones; a search without result records
 * its language; machine drafts say plainly that there is no such service here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../shared/db/keys.ts';
import { monthOf } from '../../shared/time/months.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { ADMIN, offerBody, QM_NORDEN, startApi, type Api, type Client } from '../support/api.ts';
import { unique } from '../support/constants.ts';

let api: Api;
let admin: Client;
let qm: Client;
let caritas: Client;
let awo: Client;

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  api = await startApi();
  admin = await api.as(ADMIN);
  qm = await api.as(QM_NORDEN);
  caritas = api.withKey((await admin.post('/api-keys', { organisationId: 'caritas', name: 'Caritas-Übersetzungen' })).body.key);
  awo = api.withKey((await admin.post('/api-keys', { organisationId: 'awo', name: 'AWO-Übersetzungen' })).body.key);
});
afterAll(async () => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  await api.close();
});

const TR = { title: 'Ebeveyn kahvesi', description: 'Ebeveynler için buluşma yeri, her salı.', costNote: 'Hamm-Pass ile indirimli' };

async function created(over: Record<string, unknown> = {}) {
  const res = await qm.post('/offers', offerBody({ description: 'Treffpunkt für Eltern, jeden Dienstag.', cost: { free: false, amountEur: 2, notes: 'Ermäßigung mit Hamm-Pass' }, ...over }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('a translation and the German text it was made from', () => {
  it('starts current, is out of date after a German edit, and current again when confirmed', async () => {
    const offer = await created({ translations: { tr: TR } });
    expect(offer.textVersion).toBe(1);
    expect(offer.translationStatus.tr).toMatchObject({ basedOn: 1, machine: false });

    // An edit that leaves the German text as it was changes nothing about the translation.
    const tagged = (await qm.put(`/offers/${offer.id}`, { ...offer, themes: ['Bildung', 'Teilhabe'] })).body;
    expect(tagged.textVersion).toBe(1);
    expect(tagged.translationStatus.tr.basedOn).toBe(1);

    const edited = (await qm.put(`/offers/${offer.id}`, { ...tagged, description: 'Treffpunkt für Eltern, jeden Dienstag und Donnerstag.' })).body;
    expect(edited.textVersion).toBe(2);
    expect(edited.textUpdatedAt > offer.textUpdatedAt || edited.textUpdatedAt === edited.updatedAt).toBe(true);
    expect(edited.translationStatus.tr.basedOn).toBe(1);

    // Residents still see the Turkish text, told that the German one changed since.
    const shown = (await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'tr' })).body;
    expect(shown.title).toBe(TR.title);
    expect(shown.translation).toEqual({ lang: 'tr', machine: false, stale: true, germanUpdatedAt: edited.textUpdatedAt });

    const stale = await qm.post(`/offers/${offer.id}/translations/tr/confirm`, { version: tagged.version });
    expect(stale.status).toBe(409);
    const confirmed = await qm.post(`/offers/${offer.id}/translations/tr/confirm`, { version: edited.version });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.translationStatus.tr).toMatchObject({ basedOn: 2, machine: false });
    expect((await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'tr' })).body.translation.stale).toBe(false);
  });

  it('is current again when updated after the German text; updated in the same save, it still needs confirming', async () => {
    const offer = await created({ translations: { tr: TR } });
    const edited = (await qm.put(`/offers/${offer.id}`, { ...offer, title: `${offer.title} (neu)` })).body;
    expect(edited.translationStatus.tr.basedOn).toBe(1);
    const retranslated = (await qm.put(`/offers/${offer.id}`, { ...edited, translations: { tr: { ...TR, title: 'Ebeveyn kahvesi (yeni)' } } })).body;
    expect(retranslated.translationStatus.tr).toMatchObject({ basedOn: 2, machine: false });

    // German description and Turkish title changed together: the old Turkish description may not fit.
    const together = (await qm.put(`/offers/${offer.id}`, { ...retranslated, description: 'Jetzt auch donnerstags.', translations: { tr: { ...TR, title: 'Ebeveyn kahvesi (perşembe)' } } })).body;
    expect(together.textVersion).toBe(3);
    expect(together.translationStatus.tr.basedOn).toBe(2);
  });

  it('is kept by a PUT that does not send translations, and not made out of date by a schedule added without a note', async () => {
    const offer = await created({ translations: { tr: { ...TR, scheduleNotes: ['tatiller hariç'] } }, schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00', description: 'außer in den Ferien' }] });
    const { translations: _t, ...withoutTranslations } = offer;
    const kept = (await caritas.put(`/offers/${offer.id}`, { ...withoutTranslations, schedules: [...offer.schedules, { freq: 'WEEKLY', byday: ['TH'], opens: '09:00', closes: '11:00' }] })).body;
    expect(kept.translations).toEqual(offer.translations);
    expect(kept.textVersion).toBe(1);
    expect(kept.translationStatus.tr.basedOn).toBe(1);
    // Padded with an empty note for the new schedule, as the admin form sends it, the translation is unchanged.
    const padded = (await qm.put(`/offers/${offer.id}`, { ...kept, translations: { tr: { ...TR, scheduleNotes: ['tatiller hariç', ''] } } })).body;
    expect(padded.translationStatus.tr).toEqual(offer.translationStatus.tr);
    // `{}` removes them all.
    expect((await qm.put(`/offers/${offer.id}`, { ...padded, translations: {} })).body.translationStatus).toEqual({});
  });

  it('cannot be confirmed where there is none, and the server-owned bookkeeping cannot be sent', async () => {
    const offer = await created();
    const none = await qm.post(`/offers/${offer.id}/translations/ar/confirm`, { version: offer.version });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ pointer: '/params/lang', detail: expect.stringMatching(/keine Übersetzung/) });
    const unknown = await qm.post(`/offers/${offer.id}/translations/xx/confirm`, { version: offer.version });
    expect(unknown.status).toBe(400);
    // Sent back as read, the bookkeeping is ignored: nobody dates a translation as current.
    const forged = (await qm.put(`/offers/${offer.id}`, { ...offer, translations: { tr: TR }, textVersion: 1, translationStatus: { tr: { basedOn: 99, machine: false, updatedAt: '2020-01-01T00:00:00.000Z' } } })).body;
    expect(forged.translationStatus.tr.basedOn).toBe(1);
    const badLang = await qm.post('/offers', offerBody({ translations: { fr: TR } }));
    expect(badLang.status).toBe(400);
    expect(badLang.body.errors.some((e: { pointer: string }) => e.pointer.startsWith('/body/translations'))).toBe(true);
  });
});

describe('partners translate their own offers only', () => {
  it('Caritas adds Arabic to its offer; AWO may not touch it', async () => {
    const offer = await created({ organisationId: 'caritas' });
    const ar = { title: 'مقهى الآباء', description: 'مكان لقاء للآباء والأمهات كل يوم ثلاثاء.' };
    const byAwo = await awo.put(`/offers/${offer.id}`, { ...offer, translations: { ar } });
    expect(byAwo.status).toBe(403);
    const byCaritas = await caritas.put(`/offers/${offer.id}`, { ...offer, translations: { ar } });
    expect(byCaritas.status, JSON.stringify(byCaritas.body)).toBe(200);
    expect(byCaritas.body.translationStatus.ar).toMatchObject({ basedOn: 1, machine: false, confirmedBy: expect.stringMatching(/^apikey:/) });
    expect((await awo.post(`/offers/${offer.id}/translations/ar/confirm`, { version: byCaritas.body.version })).status).toBe(403);
    expect((await caritas.post(`/offers/${offer.id}/translations/ar/confirm`, { version: byCaritas.body.version })).status).toBe(200);
  });
});

describe('the public API in the language asked for', () => {
  it('picks each field along the fallback order and says which language it is in', async () => {
    const offer = await created({
      accessibility: { wheelchair: true, notes: 'Eingang mit Rampe' },
      translations: { tr: { title: 'Ebeveyn kahvesi' }, 'de-x-ls': { title: 'Café für Eltern', description: 'Hier treffen sich Eltern. Jeden Dienstag.' } },
    });
    const tr = (await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'tr' })).body;
    expect(tr).toMatchObject({ title: 'Ebeveyn kahvesi', description: offer.description, textLang: { title: 'tr', description: 'de', accessibilityNote: 'de', costNote: 'de' } });
    expect(tr).not.toHaveProperty('translations');
    expect(tr).not.toHaveProperty('translationStatus');

    const ls = (await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'de-x-ls' })).body;
    expect(ls).toMatchObject({ title: 'Café für Eltern', textLang: { title: 'de-x-ls', description: 'de-x-ls', costNote: 'de' }, translation: { lang: 'de-x-ls' } });

    // A language without any of its own texts is German throughout, with no translation note.
    const uk = (await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'uk' })).body;
    expect(uk).toMatchObject({ title: offer.title, textLang: { title: 'de', description: 'de' } });
    expect(uk.translation).toBeUndefined();
    const de = (await api.anonymous.get(`/public/offers/${offer.id}`)).body;
    expect(de.title).toBe(offer.title);

    const bad = await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'klingonisch' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/query/lang');
  });

  it('finds an offer by its translated words in that language and by German ones; the calendar and HSDS speak it too', async () => {
    const word = `Kahvaltı${unique()}`.replace(/[^\p{L}\p{N}]/gu, '');
    const offer = await created({ title: `Familienfrühstück ${word}`, translations: { tr: { title: `Aile kahvaltısı ${word}`, description: 'Cumartesi sabahı birlikte kahvaltı.' } } });
    const byTurkish = await api.anonymous.get('/public/offers', { q: 'cumartesi sabahi', lang: 'tr' });
    expect(byTurkish.body.map((o: { id: string }) => o.id)).toContain(offer.id);
    const byGerman = await api.anonymous.get('/public/offers', { q: 'familienfruhstuck', lang: 'tr' });
    expect(byGerman.body.find((o: { id: string }) => o.id === offer.id)?.title).toBe(`Aile kahvaltısı ${word}`);
    // The Turkish words are not German ones: a German search does not find them.
    expect((await api.anonymous.get('/public/offers', { q: 'cumartesi sabahi' })).body.map((o: { id: string }) => o.id)).not.toContain(offer.id);

    const ics = await api.anonymous.get(`/public/offers/${offer.id}/calendar.ics`, { lang: 'tr' });
    expect(ics.body).toContain(`Aile kahvaltısı ${word}`);
    const hsds = await api.anonymous.get('/hsds/services', { search: 'cumartesi', lang: 'tr' });
    expect(hsds.body.contents.map((s: { name: string }) => s.name)).toContain(`Aile kahvaltısı ${word}`);
  });

  it('counts a search in a language that finds nothing under that language, never its words', async () => {
    const q = `yokboyle${unique()}`;
    const res = await api.anonymous.get('/public/offers', { q, lang: 'ar', socialSpaceId: 'norden' });
    expect(res.body).toEqual([]);
    const month = monthOf(new Date(nowMs()));
    const items = (await api.repo.doc.send(new QueryCommand({ TableName: api.repo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.searchGap(month).PK } }))).Items ?? [];
    const arabic = items.find((i) => i.SK === 'norden#-#-#-#ar');
    expect(arabic).toMatchObject({ language: 'ar', count: expect.any(Number) });
    expect(JSON.stringify(items)).not.toContain(q);
    // The matrix of the space shows that searches in Arabic found nothing.
    const matrix = (await qm.get('/social-spaces/norden/matrix')).body;
    expect(matrix.searchesByLanguage).toContainEqual({ language: 'ar', count: arabic!.count });
  });
});

describe('machine drafts where the platform has none', () => {
  it('answer 501 with a German reason, for one offer and for several, and change nothing', async () => {
    const offer = await created();
    const one = await admin.post(`/offers/${offer.id}/translations/tr/machine`, { version: offer.version });
    expect(one.status).toBe(501);
    expect(one.headers.get('content-type')).toMatch(/problem\+json/);
    expect(one.body.errors[0].detail).toMatch(/nur im Betrieb in AWS/);
    const bulk = await admin.post('/offers/machine-translations', { lang: 'tr', ids: [offer.id] });
    expect(bulk.status).toBe(501);
    expect((await admin.get(`/offers/${offer.id}`)).body.version).toBe(offer.version);
  });
});
