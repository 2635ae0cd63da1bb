/**
 * Machine drafts of offer translations as they work in AWS, with Amazon Translate stood in for by a
 * mockttp server at the SDK's own endpoint setting (`AWS_ENDPOINT_URL_TRANSLATE`): Translate cannot run
 * locally, everything else here is real (route table, authorizer, DynamoDB Local). A draft is marked as
 * machine-made until a person confirms it; the month's character budget is taken before anything is
 * sent, and past it nothing is sent; Leichte Sprache has no machine translation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocal, type Mockttp } from 'mockttp';
import { ADMIN, offerBody, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let translate: Mockttp;
/** What Amazon Translate was asked, in order. */
const asked: { Text: string; SourceLanguageCode: string; TargetLanguageCode: string }[] = [];

beforeAll(async () => {
  translate = getLocal();
  await translate.start();
  await translate.forPost('/').withHeaders({ 'x-amz-target': 'AWSShineFrontendService_20170701.TranslateText' }).always().thenCallback(async (req) => {
    const body = (await req.body.getJson()) as (typeof asked)[number];
    asked.push(body);
    return { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, json: { TranslatedText: `[${body.TargetLanguageCode}] ${body.Text}`, SourceLanguageCode: body.SourceLanguageCode, TargetLanguageCode: body.TargetLanguageCode } };
  });
  Object.assign(process.env, { AWS_ENDPOINT_URL_TRANSLATE: translate.url, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', MACHINE_TRANSLATION_CHARS_PER_MONTH: '500', PUBLIC_CACHE_SECONDS: '0' });
  api = await startApi();
  admin = await api.as(ADMIN);
});
afterAll(async () => {
  for (const k of ['AWS_ENDPOINT_URL_TRANSLATE', 'MACHINE_TRANSLATION_CHARS_PER_MONTH', 'PUBLIC_CACHE_SECONDS']) delete process.env[k];
  await api.close();
  await translate.stop();
});

const created = async (title: string, description: string) => (await admin.post('/offers', offerBody({ title, description, schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00', description: 'außer in den Ferien' }] }))).body;

describe('machine drafts through Amazon Translate', () => {
  it('drafts every German text, marks the draft as machine-made, and a person confirms it', async () => {
    const offer = await created('Elterncafé', 'Treffpunkt für Eltern.');
    const res = await admin.post(`/offers/${offer.id}/translations/tr/machine`, { version: offer.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.translations.tr).toEqual({ title: '[tr] Elterncafé', description: '[tr] Treffpunkt für Eltern.', scheduleNotes: ['[tr] außer in den Ferien'] });
    expect(res.body.translationStatus.tr).toMatchObject({ basedOn: 1, machine: true });
    expect(asked.map((a) => [a.SourceLanguageCode, a.TargetLanguageCode])).toEqual([['de', 'tr'], ['de', 'tr'], ['de', 'tr']]);

    const shown = (await api.anonymous.get(`/public/offers/${offer.id}`, { lang: 'tr' })).body;
    expect(shown.translation).toMatchObject({ lang: 'tr', machine: true, stale: false });

    const confirmed = await admin.post(`/offers/${offer.id}/translations/tr/confirm`, { version: res.body.version });
    expect(confirmed.body.translationStatus.tr).toMatchObject({ machine: false, confirmedBy: expect.stringMatching(/^user:/) });
  });

  it('has none for Leichte Sprache, and sends nothing', async () => {
    const offer = await created('Seniorentreff', 'Kaffee und Gespräche.');
    const before = asked.length;
    const res = await admin.post(`/offers/${offer.id}/translations/de-x-ls/machine`, { version: offer.version });
    expect(res.status).toBe(501);
    expect(res.body.errors[0].detail).toMatch(/Leichte Sprache gibt es keine maschinelle Übersetzung/);
    expect(asked.length).toBe(before);
  });

  it('stops at the month\'s budget before anything is sent, one offer or many', async () => {
    // 500 characters a month; the first test used 51. Each of these uses about 192: two fit, the third does not.
    const long = 'x'.repeat(150);
    const a = await created('Offene Sprechstunde Nord', long);
    const b = await created('Offene Sprechstunde Süd', long);
    const c = await created('Offene Sprechstunde Ost', long);
    expect((await admin.post(`/offers/${a.id}/translations/ar/machine`, { version: a.version })).status).toBe(200);
    const sent = asked.length;

    const bulk = await admin.post('/offers/machine-translations', { lang: 'uk', ids: [b.id, c.id] });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({ translated: [b.id], skipped: [{ id: c.id, reason: 'Budget für diesen Monat aufgebraucht' }], limitReached: true });
    const afterBulk = asked.length;
    expect(afterBulk).toBeGreaterThan(sent);

    const refused = await admin.post(`/offers/${c.id}/translations/uk/machine`, { version: c.version });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].detail).toMatch(/Budget für maschinelle Übersetzung ist für diesen Monat aufgebraucht/);
    expect(asked.length).toBe(afterBulk);
    expect((await admin.get(`/offers/${c.id}`)).body.translations).toEqual({});
  });
});
