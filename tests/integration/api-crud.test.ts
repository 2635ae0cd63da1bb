/**
 * Every CRUD route through the local server (route table → authorizer → middy → repository →
 * DynamoDB Local), as admin: create, get, list with Content-Range, update, delete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ADMIN, offerBody, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const uniq = () => randomUUID().slice(0, 8);

beforeAll(async () => {
  api = await startApi({ table: 'seeded' });
  admin = await api.as(ADMIN);
});
afterAll(() => api.close());

/** A valid create body per resource, and a field to change in the update. */
const cases: { resource: string; body: () => Record<string, unknown>; change: Record<string, unknown> }[] = [
  { resource: 'districts', body: () => ({ name: `Bezirk ${uniq()}` }), change: { description: 'geändert' } },
  { resource: 'social-spaces', body: () => ({ name: `Raum ${uniq()}`, districtIds: ['mitte'] }), change: { description: 'geändert' } },
  { resource: 'quarters', body: () => ({ name: `Quartier ${uniq()}`, socialSpaceId: 'mitte', districtId: 'mitte' }), change: { name: 'Umbenannt' } },
  {
    resource: 'centres',
    body: () => ({ name: `Zentrum ${uniq()}`, socialSpaceId: 'norden', address: { street: 'Teststraße 1', postalCode: '59065', city: 'Hamm' }, openingHours: [{ freq: 'WEEKLY', byday: ['MO'], opens: '09:00', closes: '12:00' }] }),
    change: { accessibility: 'Rampe' },
  },
  { resource: 'organisations', body: () => ({ name: `Verein ${uniq()}`, kind: 'association', parentId: 'caritas' }), change: { description: 'neu' } },
  { resource: 'users', body: () => ({ email: `neu.${uniq()}@hamm.example`, name: 'Neue Kollegin', assignments: [{ role: 'coordination', socialSpaceIds: ['mitte'] }] }), change: { active: false } },
  { resource: 'offers', body: () => offerBody(), change: { status: 'paused' } },
  { resource: 'goals', body: () => ({ number: 10 + Math.floor(Math.random() * 80), title: 'Testziel' }), change: { description: 'neu' } },
  { resource: 'indicators', body: () => ({ goalId: 'goal-2', name: `Kennzahl ${uniq()}`, unit: 'Anzahl', direction: 'higher-is-better', frequency: 'monthly' }), change: { unit: 'Personen' } },
  { resource: 'targets', body: () => ({ indicatorId: 'ind-participation', socialSpaceId: 'heessen', year: 2030 + Math.floor(Math.random() * 60), baseline: 10, target: 12 }), change: { target: 15 } },
  { resource: 'measurements', body: () => ({ indicatorId: 'ind-joint-projects', socialSpaceId: 'heessen', period: String(2030 + Math.floor(Math.random() * 60)), value: 3 }), change: { value: 4, note: 'korrigiert' } },
];

describe.each(cases)('CRUD /v1/$resource', ({ resource, body, change }) => {
  it('creates, reads, lists, updates and deletes', async () => {
    const created = await admin.post(`/${resource}`, body());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ version: 1, createdBy: 'user:u-admin' });

    const got = await admin.get(`/${resource}/${id}`);
    expect(got.status).toBe(200);
    expect(got.body.id).toBe(id);

    const list = await admin.get(`/${resource}`, { filter: { id: [id, 'does-not-exist'] } });
    expect(list.status).toBe(200);
    expect(list.body.map((r: any) => r.id)).toEqual([id]);
    expect(list.headers.get('content-range')).toBe(`${resource} 0-0/1`);

    // react-admin sends the whole record back, server-owned fields included
    const updated = await admin.put(`/${resource}/${id}`, { ...got.body, ...change });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ ...change, version: 2 });

    const deleted = await admin.del(`/${resource}/${id}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await admin.get(`/${resource}/${id}`)).status).toBe(404);

    const audit = await admin.get('/audit-events', { filter: { entityType: created.body.id && resourceType(resource), entityId: id } });
    expect(audit.body.map((e: any) => e.action)).toEqual(['delete', 'update', 'create']);
  });
});

function resourceType(resource: string) {
  return { districts: 'district', 'social-spaces': 'socialSpace', quarters: 'quarter', centres: 'centre', organisations: 'organisation', users: 'user', offers: 'offer', goals: 'goal', indicators: 'indicator', targets: 'target', measurements: 'measurement' }[resource];
}

describe('API keys', () => {
  it('creates (secret once), lists without secret, revokes', async () => {
    const created = await admin.post('/api-keys', { organisationId: 'awo', name: 'Schnittstelle' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^hsk_hamm_[A-Za-z0-9]{8}_/);
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    const got = await admin.get(`/api-keys/${created.body.id}`);
    expect(got.body.key).toBeUndefined();
    expect(got.body.prefix).toBe(created.body.prefix);
    const revoked = await admin.del(`/api-keys/${created.body.id}`);
    expect(revoked.body.revokedAt).toBeTruthy();
    expect((await admin.put(`/api-keys/${created.body.id}`, got.body)).status).toBe(405);
  });
});
