/**
 * Boundaries through the API against DynamoDB Local: the seeded illustrative versions, an admin's
 * import (and who may not), versions by valid-from date, the public GeoJSON (cacheable), a point's
 * assignment, HSDS service areas, and the list of centres and offers placed outside their space.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { ILLUSTRATIVE_VALID_FROM, illustrativeBoundaries } from '../../shared/seed/boundaries.ts';
import { fromWgs84ToUtm32 } from '../../shared/geo/reproject.ts';
import { ADMIN, KOORD_NORDEN, startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let koord: Client;

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
  koord = await api.as(KOORD_NORDEN);
}, 120000);
afterAll(() => api?.close());

describe('boundaries', () => {
  it('come seeded as illustrative versions of all three levels, served as cacheable GeoJSON', async () => {
    const versions = (await admin.get('/boundary-versions')).body as any[];
    expect(versions.map((v) => `${v.level}|${v.validFrom}|${v.illustrative}|${v.features}`).sort()).toEqual([
      `districts|${ILLUSTRATIVE_VALID_FROM}|true|7`,
      `quarters|${ILLUSTRATIVE_VALID_FROM}|true|59`,
      `social-spaces|${ILLUSTRATIVE_VALID_FROM}|true|9`,
    ]);
    const res = await api.anonymous.get('/public/boundaries/social-spaces.geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.body).toMatchObject({ type: 'FeatureCollection', level: 'social-spaces', illustrative: true, source: expect.stringContaining('Illustrativ') });
    expect(res.body.features.map((f: any) => f.id).sort()).toEqual(['bockum-hoevel', 'heessen', 'herringen', 'mitte', 'norden', 'pelkum', 'rhynern', 'uentrop', 'westen']);
    const again = await api.anonymous.raw('/public/boundaries/social-spaces.geojson', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await api.anonymous.get('/public/boundaries/quarters.geojson')).body.features).toHaveLength(59);
    expect((await api.anonymous.get('/public/boundaries/bezirke.geojson')).status).toBe(400);
    expect((await api.anonymous.get('/public/boundaries/districts.geojson', { at: '2019-12-31' })).status).toBe(404);
  });

  it('are imported by admins only, as a new version valid from a day; older versions stay readable', async () => {
    const body = illustrativeBoundaries()['social-spaces'];
    // Shift Mitte's outline a little so the new version is recognisably different, in EPSG:25832.
    const utm = {
      ...body, validFrom: '2030-01-01', source: 'Stadt Hamm, Sozialräume (Test)', licence: 'Datenlizenz Deutschland – Namensnennung 2.0', illustrative: false, crs: 'EPSG:25832' as const,
      featureCollection: {
        ...body.featureCollection,
        features: body.featureCollection.features.map((f) => ({
          ...f,
          geometry: f.geometry.type === 'Polygon'
            ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map((r) => r.map(([lng, lat]) => fromWgs84ToUtm32(lng, lat))) }
            : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map((p) => p.map((r) => r.map(([lng, lat]) => fromWgs84ToUtm32(lng, lat)))) },
        })),
      },
    };
    expect((await koord.post('/boundaries/social-spaces', utm)).status).toBe(403);
    const res = await admin.post('/boundaries/social-spaces', utm);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
    expect(res.body).toMatchObject({ version: { level: 'social-spaces', validFrom: '2030-01-01', illustrative: false, features: 9 }, missingAreas: [] });
    // Today the illustrative version still applies; from 2030 the imported one.
    expect((await api.anonymous.get('/public/boundaries/social-spaces.geojson')).body.illustrative).toBe(true);
    const later = (await api.anonymous.get('/public/boundaries/social-spaces.geojson', { at: '2030-06-01' })).body;
    expect(later).toMatchObject({ illustrative: false, licence: 'Datenlizenz Deutschland – Namensnennung 2.0', validFrom: '2030-01-01' });
    const trail = (await admin.get('/audit-events', { filter: { entityType: 'boundaryVersion', entityId: res.body.version.id } })).body as any[];
    expect(trail).toEqual([expect.objectContaining({ action: 'create', actor: 'user:u-admin' })]);
  });

  it('refuse a broken file field by field, naming the feature, and store nothing', async () => {
    const body = illustrativeBoundaries().districts;
    const features = body.featureCollection.features.slice(0, 2).map((f) => ({ ...f }));
    features[1] = { ...features[1], id: undefined, properties: { name: 'Atlantis' } };
    const before = ((await admin.get('/boundary-versions', { filter: { level: 'districts' } })).body as any[]).length;
    const res = await admin.post('/boundaries/districts', { ...body, validFrom: '2031-01-01', featureCollection: { type: 'FeatureCollection', features: [...features, { ...features[0], id: 'mitte' }] } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { pointer: '/body/featureCollection/features/1', detail: expect.stringContaining('keinem Stadtbezirk zuzuordnen') },
      { pointer: '/body/featureCollection/features/2', detail: expect.stringContaining('kommt doppelt vor') },
    ]);
    expect(((await admin.get('/boundary-versions', { filter: { level: 'districts' } })).body as any[]).length).toBe(before);
  });

  it('assign a point its quarter, social space and district', async () => {
    const res = await koord.get('/locate', { lat: 51.6940, lng: 7.8160 });
    // Hamm-Norden belongs to the district Bockum-Hövel (shared/data/hamm-areas.json): Hammer Norden spans two districts.
    expect(res.body).toEqual({ quarterId: 'hamm-norden', socialSpaceId: 'norden', districtId: 'bockum-hoevel', illustrative: true });
    const outside = await koord.get('/locate', { lat: 52.5, lng: 13.4 });
    expect(outside.body).toEqual({ illustrative: true });
  });

  it('list centres and offers placed outside the social space they state (admins only)', async () => {
    await api.repo.create(entities.centre, { name: 'Treff am Kanal', socialSpaceId: 'westen', geo: { lat: 51.694, lng: 7.816 } }, { actor: 'test' });
    await api.repo.create(entities.centre, { name: 'Treff Westen', socialSpaceId: 'westen', geo: { lat: 51.6765, lng: 7.79 } }, { actor: 'test' });
    const res = await admin.get('/location-mismatches');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ type: 'centre', name: 'Treff am Kanal', statedSocialSpaceIds: ['westen'], locatedSocialSpaceId: 'norden', locatedQuarterId: 'hamm-norden' })]);
    expect((await koord.get('/location-mismatches')).status).toBe(403);
  });
});
