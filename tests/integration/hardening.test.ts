/**
 * The smaller holes of the identity review: server-owned reviewedAt, the public projection,
 * DELETE bound to the judged version, inherited names as filters, and CORS preflights.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { LocalizedOfferView } from '../../shared/schemas/offer.ts';
import { offerBody, QM_NORDEN, QM_WESTEN, startMinimalApi, type Api, type Client } from '../support/api.ts';
import { nowMs } from '../../shared/time/clock.ts';

let api: Api;
let admin: Client;

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
});
afterAll(() => api?.close());

describe('reviewedAt is set only by the review action', () => {
  it('POST refuses it field by field; PUT keeps the stored value; review sets it', async () => {
    const refused = await admin.post('/offers', offerBody({ reviewedAt: '2099-01-01T00:00:00Z' }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual({ pointer: '/body/reviewedAt', detail: 'Unbekanntes Feld', code: 'unrecognized_keys' });

    const created = (await admin.post('/offers', offerBody())).body;
    expect(created.reviewedAt).toBeUndefined();
    const reviewed = (await admin.post(`/offers/${created.id}/review`, { version: created.version })).body;
    expect(Date.parse(reviewed.reviewedAt)).toBeLessThanOrEqual(nowMs());

    const put = await admin.put(`/offers/${created.id}`, { ...reviewed, title: 'Neuer Titel', reviewedAt: '2099-01-01T00:00:00Z' });
    expect(put.status).toBe(200);
    expect(put.body.reviewedAt).toBe(reviewed.reviewedAt);
    expect((await api.repo.get<any>(entities.offer, created.id)).reviewedAt).toBe(reviewed.reviewedAt);
  });

  it('a partner key cannot date an offer ahead either', async () => {
    const key = (await admin.post('/api-keys', { organisationId: 'caritas', name: 'Datum' })).body.key;
    const res = await api.withKey(key).post('/offers', offerBody({ reviewedAt: '2099-01-01T00:00:00Z' }));
    expect(res.status).toBe(400);
  });
});

describe('public responses use the public projection', () => {
  it('lists and single offers carry no author ids, version or creation data', async () => {
    const offer = (await admin.post('/offers', offerBody({ status: 'published' }))).body;
    const list = await api.anonymous.get('/public/offers');
    const one = await api.anonymous.get(`/public/offers/${offer.id}`);
    for (const o of [...list.body, one.body]) {
      for (const hidden of ['createdBy', 'updatedBy', 'version', 'createdAt', 'translations', 'translationStatus', 'textVersion']) expect(o).not.toHaveProperty(hidden);
      expect(LocalizedOfferView.strict().safeParse(o).success).toBe(true);
    }
    expect(one.body.title).toBe(offer.title);
  });

  it('the OpenAPI document shows the projection', async () => {
    const doc = (await api.anonymous.get('/openapi.json')).body;
    const schema = doc.paths['/v1/public/offers/{id}'].get.responses['200'].content['application/json'].schema;
    const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema;
    expect(Object.keys(resolved.properties)).toContain('title');
    expect(Object.keys(resolved.properties)).not.toContain('createdBy');
    expect(Object.keys(resolved.properties)).not.toContain('version');
  });
});

describe('DELETE is conditional on the version the policy judged', () => {
  it('a change between the check and the delete makes the delete fail with 409, and nothing is lost', async () => {
    const qmWesten = await api.as(QM_WESTEN);
    // In Hammer Westen: the Westen clerk may delete it.
    const offer = (await admin.post('/offers', offerBody({ socialSpaceIds: ['westen'], targetGroups: ['everyone'] }))).body;
    const repo = api.repo;
    const original = repo.delete.bind(repo);
    // Between the policy check and the delete, someone moves the offer (here: to Hammer Norden).
    repo.delete = async (...args: Parameters<typeof repo.delete>) => {
      repo.delete = original;
      const stored = await repo.get<any>(entities.offer, offer.id);
      await repo.update(entities.offer, offer.id, { ...stored, socialSpaceIds: ['norden'] }, stored.version, { actor: 'test:race' });
      return original(...args);
    };
    try {
      const res = await qmWesten.del(`/offers/${offer.id}`);
      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/stale-version/);
    } finally {
      repo.delete = original;
    }
    expect((await repo.get<any>(entities.offer, offer.id)).socialSpaceIds).toEqual(['norden']);
  });
});

describe('inherited property names in list filters', () => {
  it.each(['hasOwnProperty', '__proto__', 'constructor', 'toString', '__defineGetter__'])('filter {"%s": …} gets 400, not 500', async (name) => {
    const qm = await api.as(QM_NORDEN);
    const res = await qm.get('/offers', { filter: `{"${name}":"x"}` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe(`/query/filter/${name}`);
  });
});

describe('CORS preflights', () => {
  it('are answered for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/offers`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
    const ok = await preflight('http://localhost:3000');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('what the OpenAPI fuzzer found', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a query parameter named %s gets 400 on lists and the scorecard', async (name) => {
    for (const path of ['/offers', '/measurements', '/scorecard', '/audit-events']) {
      const res = await admin.raw(`${path}?${name}=1`, { method: 'GET' });
      expect(res.status, `${path}?${name}`).toBe(400);
      expect(res.body.errors[0].pointer).toBe(`/query/${name}`);
    }
  });

  it.each([
    ['/measurements', { indicatorId: 'x', socialSpaceId: 'norden', period: '2026-10', value: -5.8e264 }, '/body/value'],
    ['/targets', { indicatorId: 'x', socialSpaceId: 'norden', year: 2026, target: 1e300 }, '/body/target'],
    ['/indicators', { goalId: 'goal-1', name: 'Zahl', unit: 'x', direction: 'higher-is-better', frequency: 'monthly', responsibleRole: 'coordination', maxValue: 9e99 }, '/body/maxValue'],
  ])('numbers beyond ±1e12 in %s get 400 field by field', async (path, body, pointer) => {
    const res = await admin.post(path, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.pointer)).toContain(pointer);
  });

  it('the repository itself refuses a number DynamoDB could not store, before writing', async () => {
    await expect(api.repo.create(entities.organisation, { name: 'Zahl', kind: 'other', size: 1e200 }, { actor: 'test' })).rejects.toMatchObject({ status: 400 });
  });
});
