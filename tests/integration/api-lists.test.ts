/** react-admin list conventions: paging, sorting, filtering; and the derived and public routes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, offerBody, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  admin = await api.as(ADMIN);
  await seedStructure(api.repo, [
    { type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } },
    { type: 'organisation', id: 'awo', data: { name: 'AWO', kind: 'free-welfare' } },
  ]);
  // 30 offers with known titles and attributes
  for (let i = 0; i < 30; i++) {
    const res = await admin.post(
      '/offers',
      offerBody({
        title: `Angebot ${String(i).padStart(2, '0')}`,
        organisationId: i % 2 ? 'awo' : 'caritas',
        socialSpaceIds: i % 3 === 0 ? ['norden', 'westen'] : ['mitte'],
        themes: i % 5 === 0 ? ['Kultur'] : ['Bildung'],
        targetGroups: i % 4 === 0 ? ['seniors'] : ['children'],
        minAge: i % 4 === 0 ? 60 : 6,
        maxAge: i % 4 === 0 ? 120 : 12,
        status: i < 25 ? 'published' : 'draft',
        description: i === 7 ? 'Mit Übersetzung ins Türkische' : 'Beschreibung',
      }),
    );
    expect(res.status).toBe(201);
  }
});
afterAll(() => api.close());

describe('lists', () => {
  it('pages with range and reports Content-Range; pages cover every item exactly once', async () => {
    const seen: string[] = [];
    for (let start = 0; start < 30; start += 7) {
      const res = await admin.get('/offers', { sort: ['title', 'ASC'], range: [start, start + 6] });
      expect(res.status).toBe(200);
      const end = Math.min(start + 6, 29);
      expect(res.headers.get('content-range')).toBe(`offers ${start}-${end}/30`);
      seen.push(...res.body.map((o: any) => o.title));
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `Angebot ${String(i).padStart(2, '0')}`));
    const beyond = await admin.get('/offers', { range: [100, 110] });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers.get('content-range')).toBe('offers */30');
  });

  it('sorts descending and by numbers', async () => {
    const desc = await admin.get('/offers', { sort: ['title', 'DESC'], range: [0, 2] });
    expect(desc.body.map((o: any) => o.title)).toEqual(['Angebot 29', 'Angebot 28', 'Angebot 27']);
    const byAge = await admin.get('/offers', { sort: ['minAge', 'DESC'], range: [0, 0] });
    expect(byAge.body[0].minAge).toBe(60);
  });

  it('filters by field, array membership, several values, free text and special filters', async () => {
    const count = async (filter: object) => Number((await admin.get('/offers', { filter, range: [0, 99] })).headers.get('content-range')!.split('/')[1]);
    expect(await count({ status: 'draft' })).toBe(5);
    expect(await count({ organisationId: 'awo' })).toBe(15); // served from the organisation's partition
    expect(await count({ socialSpaceIds: 'westen' })).toBe(10);
    expect(await count({ socialSpaceId: 'westen' })).toBe(10);
    expect(await count({ status: ['draft', 'published'] })).toBe(30);
    expect(await count({ theme: 'Kultur', status: 'published' })).toBe(5);
    expect(await count({ targetGroup: 'seniors' })).toBe(8);
    expect(await count({ age: 70 })).toBe(8);
    expect(await count({ q: 'turkische' })).toBe(1); // case- and accent-insensitive
    expect(await count({ stale: true })).toBe(30); // none reviewed yet
  });

  it('getMany by ids, and getManyReference through a parent partition', async () => {
    const some = (await admin.get('/offers', { range: [0, 2] })).body.map((o: any) => o.id);
    const many = await admin.get('/offers', { filter: { id: some } });
    expect(many.body.map((o: any) => o.id).sort()).toEqual([...some].sort());
    const quarters = await admin.get('/quarters', { filter: { socialSpaceId: 'norden' }, sort: ['name', 'ASC'] });
    expect(quarters.body.map((q: any) => q.name)).toEqual(['Hamm-Norden', 'Nordenfeldmark-Ost', 'Nordenfeldmark-West']);
  });

  it('social spaces carry counts of quarters, offers and centres', async () => {
    const res = await admin.get('/social-spaces', { filter: { id: ['norden', 'mitte'] } });
    const byId = Object.fromEntries(res.body.map((s: any) => [s.id, s.counts]));
    expect(byId.norden).toEqual({ quarters: 3, offers: 10, centres: 0 });
    expect(byId.mitte).toEqual({ quarters: 6, offers: 20, centres: 0 });
  });
});

describe('public offers', () => {
  it('lists only published offers, without sign-in, with filters', async () => {
    const all = await api.anonymous.get('/public/offers', { range: '[0,99]' });
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(25);
    expect(all.body.every((o: any) => o.status === 'published')).toBe(true);
    const filtered = await api.anonymous.get('/public/offers?socialSpaceId=westen&theme=Kultur&age=8');
    expect(filtered.body.map((o: any) => o.title)).toEqual(['Angebot 15']);
    expect((await api.anonymous.get('/public/offers?bogus=1')).status).toBe(400);
  });

  it('hides drafts from the single-offer route', async () => {
    const draft = (await admin.get('/offers', { filter: { status: 'draft' }, range: [0, 0] })).body[0];
    expect((await api.anonymous.get(`/public/offers/${draft.id}`)).status).toBe(404);
  });
});

describe('derived data', () => {
  it('an indicator series pairs measurements with the target of their year', async () => {
    await admin.post('/indicators', { goalId: 'goal-1', name: 'Testreihe', unit: 'Personen', direction: 'higher-is-better', frequency: 'monthly' }).then(async (r) => {
      const id = r.body.id;
      await admin.post('/targets', { indicatorId: id, socialSpaceId: 'norden', year: 2025, baseline: 10, target: 20 });
      await admin.post('/targets', { indicatorId: id, socialSpaceId: 'norden', year: 2026, baseline: 10, target: 30 });
      for (const [period, value] of [['2025-12', 18], ['2026-01', 21], ['2026-02', 25]] as const)
        expect((await admin.post('/measurements', { indicatorId: id, socialSpaceId: 'norden', period, value })).status).toBe(201);
      const dup = await admin.post('/measurements', { indicatorId: id, socialSpaceId: 'norden', period: '2026-01', value: 1 });
      expect(dup.status).toBe(409);
      const series = await admin.get(`/indicators/${id}/series`, { socialSpaceId: 'norden' });
      expect(series.body.series[0].points).toEqual([
        { period: '2025-12', value: 18, target: 20, baseline: 10 },
        { period: '2026-01', value: 21, target: 30, baseline: 10 },
        { period: '2026-02', value: 25, target: 30, baseline: 10 },
      ]);
    });
  });
});
