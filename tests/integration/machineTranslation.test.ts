/**
 * Machine drafts of offer translations as they work in AWS, with Amazon Translate stood in for by a small
 * HTTP server at the SDK's own endpoint setting (`AWS_ENDPOINT_URL_TRANSLATE`): Translate cannot run
 * locally, everything else here is real (route table, authorizer, DynamoDB Local). A draft is marked as
 * machine-made until a person confirms it; the month's character budget is taken before anything is
 * sent, and past it nothing is sent; Leichte Sprache has no machine translation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { ADMIN, offerBody, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let translate: http.Server;
/** What Amazon Translate was asked, in order. */
const asked: { Text: string; SourceLanguageCode: string; TargetLanguageCode: string }[] = [];

beforeAll(async () => {
  // Amazon Translate's JSON protocol (TranslateText); Polish is throttled, as the service answers when its rate is exceeded.
  translate = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as (typeof asked)[number];
      const reply = (status: number, json: unknown) => res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(json));
      if (req.headers['x-amz-target'] !== 'AWSShineFrontendService_20170701.TranslateText') return reply(400, { __type: 'UnknownOperationException' });
      if (body.TargetLanguageCode === 'pl') return reply(400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
      asked.push(body);
      reply(200, { TranslatedText: `[${body.TargetLanguageCode}] ${body.Text}`, SourceLanguageCode: body.SourceLanguageCode, TargetLanguageCode: body.TargetLanguageCode });
    });
  });
  await new Promise<void>((r) => translate.listen(0, '127.0.0.1', r));
  const translateUrl = `http://127.0.0.1:${(translate.address() as { port: number }).port}`;
  Object.assign(process.env, { AWS_ENDPOINT_URL_TRANSLATE: translateUrl, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', MACHINE_TRANSLATION_CHARS_PER_MONTH: '2000', PUBLIC_CACHE_SECONDS: '0' });
  api = await startApi();
  admin = await api.as(ADMIN);
});
afterAll(async () => {
  for (const k of ['AWS_ENDPOINT_URL_TRANSLATE', 'MACHINE_TRANSLATION_CHARS_PER_MONTH', 'PUBLIC_CACHE_SECONDS']) delete process.env[k];
  await api.close();
  translate.closeAllConnections();
  await new Promise((r) => translate.close(r));
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

  it('answers 502 with a reason when the service fails, and stores nothing; a bulk run skips that offer', async () => {
    const offer = await created('Elterncafé', 'Treffpunkt für Eltern.');
    const res = await admin.post(`/offers/${offer.id}/translations/pl/machine`, { version: offer.version });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body.errors[0].detail).toMatch(/nicht geantwortet/);
    expect((await admin.get(`/offers/${offer.id}`)).body.version).toBe(offer.version);
    const bulk = await admin.post('/offers/machine-translations', { lang: 'pl', ids: [offer.id] });
    expect(bulk.body).toEqual({ translated: [], skipped: [{ id: offer.id, reason: 'Maschinelle Übersetzung gerade nicht erreichbar' }], limitReached: false });
  });

  it('cuts a draft to the lengths a translation may have, so the clerk can save it again', async () => {
    const offer = await created('T'.repeat(200), 'kurz.');
    const res = await admin.post(`/offers/${offer.id}/translations/tr/machine`, { version: offer.version });
    expect(res.status).toBe(200);
    expect(res.body.translations.tr.title).toHaveLength(200);
    expect(res.body.translations.tr.title.endsWith('…')).toBe(true);
    expect((await admin.put(`/offers/${offer.id}`, res.body)).status).toBe(200);
  });

  it('stops at the month\'s budget before anything is sent, one offer or many', async () => {
    // 2,000 characters a month; the tests before used 51 + 51 (refused by the service, still counted) + 224.
    // Each of these uses about 693: two fit, the third does not.
    const long = 'x'.repeat(650);
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
    expect((await admin.get(`/offers/${c.id}`)).body.translations).toBeUndefined();
  });
});
