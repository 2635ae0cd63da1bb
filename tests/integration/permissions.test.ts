/**
 * The permission matrix, run through the local server with real Cognito tokens and API keys:
 * role × resource × action × in-scope/out-of-scope, every allowed and every refused case.
 * Expectations are written out by hand here, not derived from shared/policy.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ADMIN, KOORD_NORDEN, LEITUNG, offerBody, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client, type Res } from '../support/api.ts';
import { unique } from '../support/constants.ts';

let api: Api;
const as: Record<string, Client> = {};
let offerNorden: any;
let offerWesten: any;
let offerPrevWesten: any;
const keys: Record<string, string> = {};

const allow = (r: Res) => r.status >= 200 && r.status < 300;

beforeAll(async () => {
  api = await startApi({ table: 'seeded' });
  for (const [name, email] of Object.entries({ admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN, praevWesten: PRAEV_WESTEN }))
    as[name] = await api.as(email);
  const admin = as.admin;
  offerNorden = (await admin.post('/offers', offerBody({ socialSpaceIds: ['norden'], organisationId: 'caritas' }))).body;
  offerWesten = (await admin.post('/offers', offerBody({ socialSpaceIds: ['westen'], organisationId: 'awo', targetGroups: ['everyone'] }))).body;
  offerPrevWesten = (await admin.post('/offers', offerBody({ socialSpaceIds: ['westen'], organisationId: 'awo', targetGroups: ['parents', 'children'] }))).body;
  keys.caritas = (await admin.post('/api-keys', { organisationId: 'caritas', name: 'Caritas-Schnittstelle' })).body.key;
  keys.awo = (await admin.post('/api-keys', { organisationId: 'awo', name: 'AWO-Schnittstelle' })).body.key;
  const revoked = (await admin.post('/api-keys', { organisationId: 'caritas', name: 'alt' })).body;
  await admin.del(`/api-keys/${revoked.id}`);
  keys.revoked = revoked.key;
  keys.expired = (await admin.post('/api-keys', { organisationId: 'caritas', name: 'abgelaufen', expiresAt: '2020-01-01T00:00:00Z' })).body.key;
  as.partnerCaritas = api.withKey(keys.caritas);
  as.partnerAwo = api.withKey(keys.awo);
});
afterAll(() => api.close());

/** Re-reads an offer so updates carry the current version. */
const fresh = async (o: any) => (await as.admin.get(`/offers/${o.id}`)).body;

type Case = [who: string, what: string, run: (c: Client) => Promise<Res>, allowed: boolean];

let measurementYear = 2030;
const measurement = (socialSpaceId: string) => ({ indicatorId: 'ind-joint-projects', socialSpaceId, period: String(measurementYear++), value: 2 });
const centre = (socialSpaceId: string) => ({ name: 'Treff', socialSpaceId, address: { street: 'Weg 1', postalCode: '59065', city: 'Hamm' } });
let targetYear = 2030;
const target = (socialSpaceId: string) => ({ indicatorId: 'ind-volunteers', socialSpaceId, year: targetYear++, target: 1 });

const cases: Case[] = [
  // offers: create
  ...(['admin', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'create offer in Norden', (c) => c.post('/offers', offerBody()), true]),
  ...(['leitung', 'koordNorden', 'qmWesten', 'praevWesten'] as const).map((w): Case => [w, 'create offer in Norden', (c) => c.post('/offers', offerBody()), false]),
  ['praevWesten', 'create offer for children in Westen', (c) => c.post('/offers', offerBody({ socialSpaceIds: ['westen'], targetGroups: ['children'] })), true],
  ['praevWesten', 'create offer for seniors in Westen', (c) => c.post('/offers', offerBody({ socialSpaceIds: ['westen'], targetGroups: ['seniors'] })), false],
  ['qmWesten', 'create offer in Westen', (c) => c.post('/offers', offerBody({ socialSpaceIds: ['westen'] })), true],
  ['partnerCaritas', 'create offer for another organisation', (c) => c.post('/offers', offerBody({ organisationId: 'awo' })), false],
  // offers: update
  ...(['admin', 'koordNorden', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'update Norden offer', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), description: `von ${w}` }), true]),
  ...(['leitung', 'qmWesten', 'praevWesten', 'partnerAwo'] as const).map((w): Case => [w, 'update Norden offer', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), description: `von ${w}` }), false]),
  ['qmNorden', 'move Norden offer out of Norden', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), socialSpaceIds: ['westen'] }), false],
  ['qmNorden', 'extend Norden offer to Westen', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), socialSpaceIds: ['norden', 'westen'] }), true],
  ['qmWesten', 'update offer serving Norden and Westen', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), description: 'auch Westen' }), true],
  ['partnerCaritas', 'hand own offer to another organisation', async (c) => c.put(`/offers/${offerNorden.id}`, { ...(await fresh(offerNorden)), organisationId: 'awo' }), false],
  ['partnerAwo', 'end own offer', async (c) => c.put(`/offers/${offerWesten.id}`, { ...(await fresh(offerWesten)), status: 'ended' }), true],
  ['praevWesten', 'update Westen offer for parents and children', async (c) => c.put(`/offers/${offerPrevWesten.id}`, { ...(await fresh(offerPrevWesten)), description: 'Präv' }), true],
  ['praevWesten', 'update Westen offer for everyone', async (c) => c.put(`/offers/${offerWesten.id}`, { ...(await fresh(offerWesten)), description: 'Präv' }), false],
  ['koordNorden', 'review Norden offer', async (c) => c.post(`/offers/${offerNorden.id}/review`, { version: (await fresh(offerNorden)).version }), true],
  ['qmWesten', 'review Norden-only offer', async (c) => c.post(`/offers/${(await as.admin.post('/offers', offerBody())).body.id}/review`, { version: 1 }), false],
  ['partnerCaritas', 'review (clerks only)', async (c) => c.post(`/offers/${offerNorden.id}/review`, { version: (await fresh(offerNorden)).version }), false],
  // offers: delete
  ['qmNorden', 'delete Norden offer', async (c) => c.del(`/offers/${(await as.admin.post('/offers', offerBody())).body.id}`), true],
  ...(['qmWesten', 'koordNorden', 'leitung', 'partnerCaritas'] as const).map((w): Case => [w, 'delete Norden offer', async (c) => c.del(`/offers/${(await as.admin.post('/offers', offerBody())).body.id}`), false]),
  // centres
  ...(['admin', 'qmNorden'] as const).map((w): Case => [w, 'create centre in Norden', (c) => c.post('/centres', centre('norden')), true]),
  ...(['qmWesten', 'koordNorden', 'leitung', 'praevWesten', 'partnerCaritas'] as const).map((w): Case => [w, 'create centre in Norden', (c) => c.post('/centres', centre('norden')), false]),
  // targets
  ...(['admin', 'koordNorden'] as const).map((w): Case => [w, 'create target in Norden', (c) => c.post('/targets', target('norden')), true]),
  ...(['qmNorden', 'leitung', 'praevWesten'] as const).map((w): Case => [w, 'create target in Norden', (c) => c.post('/targets', target('norden')), false]),
  ['koordNorden', 'create target in Westen', (c) => c.post('/targets', target('westen')), false],
  // measurements
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'create measurement in Norden', (c) => c.post('/measurements', measurement('norden')), true]),
  ...(['qmWesten', 'praevWesten', 'leitung', 'partnerCaritas'] as const).map((w): Case => [w, 'create measurement in Norden', (c) => c.post('/measurements', measurement('norden')), false]),
  ...(['praevWesten', 'qmWesten'] as const).map((w): Case => [w, 'create measurement in Westen', (c) => c.post('/measurements', measurement('westen')), true]),
  // structure, indicators, organisations: admin only
  ['admin', 'create district', (c) => c.post('/districts', { name: 'Neu' }), true],
  ...(['leitung', 'koordNorden', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'create district', (c) => c.post('/districts', { name: 'Neu' }), false]),
  ['admin', 'create indicator', (c) => c.post('/indicators', { goalId: 'goal-1', name: 'Neu', unit: 'x', direction: 'higher-is-better', frequency: 'yearly' }), true],
  ...(['leitung', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'create indicator', (c) => c.post('/indicators', { goalId: 'goal-1', name: 'Neu', unit: 'x', direction: 'higher-is-better', frequency: 'yearly' }), false]),
  ['admin', 'create organisation', (c) => c.post('/organisations', { name: 'Neu', kind: 'other' }), true],
  ...(['leitung', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'create organisation', (c) => c.post('/organisations', { name: 'Neu', kind: 'other' }), false]),
  // users and API keys
  ['admin', 'list users', (c) => c.get('/users'), true],
  ...(['koordNorden', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'list users', (c) => c.get('/users'), false]),
  ['leitung', 'change own report setting', async (c) => {
    // A real change (flip the setting), so a broken self-edit rule cannot pass unnoticed.
    const me = (await as.admin.get('/users/u-leitung')).body;
    return c.put('/users/u-leitung', { ...me, receivesReport: !me.receivesReport });
  }, true],
  ['leitung', 'change own name', async (c) => c.put('/users/u-leitung', { ...(await as.admin.get('/users/u-leitung')).body, name: 'Chefin' }), false],
  ['leitung', 'change another user', async (c) => c.put('/users/u-quartier-westen', { ...(await as.admin.get('/users/u-quartier-westen')).body, receivesReport: false }), false],
  ['admin', 'create API key', (c) => c.post('/api-keys', { organisationId: 'drk', name: 'DRK' }), true],
  ...(['leitung', 'qmNorden', 'partnerCaritas'] as const).map((w): Case => [w, 'create API key', (c) => c.post('/api-keys', { organisationId: 'drk', name: 'DRK' }), false]),
  ...(['leitung', 'qmNorden'] as const).map((w): Case => [w, 'list API keys', (c) => c.get('/api-keys'), false]),
  // reads
  ...(['admin', 'leitung', 'koordNorden', 'qmNorden', 'qmWesten', 'praevWesten'] as const).flatMap((w): Case[] =>
    ['/offers', '/districts', '/social-spaces', '/quarters', '/centres', '/organisations', '/goals', '/indicators', '/targets', '/measurements'].map((p): Case => [w, `read ${p}`, (c) => c.get(p), true]),
  ),
  ...['/districts', '/social-spaces', '/quarters', '/centres', '/organisations', '/goals', '/offers'].map((p): Case => ['partnerCaritas', `read ${p}`, (c) => c.get(p), true]),
  ...['/indicators', '/targets', '/measurements', '/users', '/audit-events'].map((p): Case => ['partnerCaritas', `read ${p}`, (c) => c.get(p), false]),
  ...(['admin', 'leitung'] as const).map((w): Case => [w, 'read audit events', (c) => c.get('/audit-events'), true]),
  ...(['koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'read audit events', (c) => c.get('/audit-events'), false]),
];

describe('permission matrix', () => {
  it.each(cases)('%s: %s → allowed=%s', async (who, _what, run, allowed) => {
    const res = await run(as[who]);
    if (allowed) expect(allow(res), `${res.status} ${JSON.stringify(res.body)}`).toBe(true);
    else {
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.permission).toMatch(/^[a-z-]+:(read|create|update|delete)$/);
      expect(res.body.detail).toContain('Missing permission');
    }
  });
});

describe('authentication of partners and clerks', () => {
  it('revoked, expired and malformed keys, and anonymous callers, get 401', async () => {
    for (const key of [keys.revoked, keys.expired, 'hsk_x', `${keys.caritas}x`, keys.caritas.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      const res = await api.withKey(key).get('/offers');
      expect(res.status, key).toBe(401);
    }
    expect((await api.anonymous.get('/offers')).status).toBe(401);
    expect((await api.anonymous.post('/offers', offerBody())).status).toBe(401);
  });

  it('partners may also send the key as `Authorization: ApiKey …` (the form API Gateway caches on)', async () => {
    const res = await api.anonymous.raw('/offers', { headers: { Authorization: `ApiKey ${keys.caritas}` } });
    expect(res.status).toBe(200);
    expect(res.body.every((o: any) => o.organisationId === 'caritas')).toBe(true);
  });

  it('list routes return only what the principal may read', async () => {
    const mine = await as.partnerCaritas.get('/offers', { range: [0, 999] });
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((o: any) => o.organisationId === 'caritas')).toBe(true);
    const leitungUsers = await as.leitung.get('/users');
    expect(leitungUsers.body.map((u: any) => u.id)).toEqual(['u-leitung']);
    expect((await as.partnerCaritas.get(`/offers/${offerWesten.id}`)).status).toBe(403);
  });

  it('the API key records when it was last used', async () => {
    const list = (await as.admin.get('/api-keys', { filter: { organisationId: 'caritas' }, range: [0, 99] })).body;
    const used = list.find((k: any) => keys.caritas.startsWith(k.prefix));
    expect(used.lastUsedAt).toBeTruthy();
    expect(used.key).toBeUndefined();
  });

  it('the plaintext of a key is stored nowhere (test-only table scan)', async () => {
    const created = (await as.admin.post('/api-keys', { organisationId: 'awo', name: 'Geheim' })).body;
    // A separate client: the handlers' client refuses Scan (the no-Scan guard).
    const testOnlyClient = createDocumentClient(localDynamoClient(inject('dynamoEndpoint')));
    let items: any[] = [];
    let start: any;
    do {
      const page = await testOnlyClient.send(new ScanCommand({ TableName: api.table, ExclusiveStartKey: start }));
      items = items.concat(page.Items ?? []);
      start = page.LastEvaluatedKey;
    } while (start);
    const dump = JSON.stringify(items);
    expect(dump).toContain(created.prefix);
    expect(dump).not.toContain(created.key);
    // The secret part (the last 43 characters; base64url may itself contain '_').
    expect(dump).not.toContain(created.key.slice(-43));
  });
});

describe('idempotent partner writes', () => {
  it('a retried create with the same Idempotency-Key returns the first response and creates one offer', async () => {
    const body = offerBody({ title: `Idempotent ${unique()}` });
    const headers = { 'Idempotency-Key': `retry-${unique()}` };
    const first = await as.partnerCaritas.post('/offers', body, headers);
    const second = await as.partnerCaritas.post('/offers', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const found = await as.admin.get('/offers', { filter: { q: body.title }, range: [0, 9] });
    expect(found.body).toHaveLength(1);
    const reused = await as.partnerCaritas.post('/offers', { ...body, title: 'anders' }, headers);
    expect(reused.status).toBe(409);
    // another partner with the same key is a different request
    const other = await as.partnerAwo.post('/offers', { ...body, organisationId: 'awo' }, headers);
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });
});
