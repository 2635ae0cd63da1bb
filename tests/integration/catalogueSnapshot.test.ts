/**
 * The public catalogue is read from its stored snapshot and the changes since (audit), not from
 * every offer: a record written without an audit entry (as no write path does) stays unseen until
 * the snapshot is read whole again, while every audited change shows at once. A missing snapshot,
 * or one whose parts expired, is rebuilt from the collections; an old or busy one is rewritten.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.ts';
import { setClock } from '../../shared/time/clock.ts';
import { ADMIN, offerBody, putOfferDirectly, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let restoreClock: () => void;
const titles = async () => ((await api.anonymous.get('/public/offers')).body as any[]).map((o) => o.title).sort();
const head = () => api.repo.getRaw(keys.catalogue());

/** An offer as no write path leaves it: without an audit entry. */
const unaudited = (id: string, title: string) => putOfferDirectly(api.repo, { id, title });

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  // The structure an hour before the offers: the snapshot's margin (two minutes) does not reach it.
  restoreClock = setClock('2026-12-07T08:00:00Z');
  api = await startApi({ table: 'fresh' });
  admin = await api.as(ADMIN);
  await seedStructure(api.repo, [{ type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } }]);
  setClock('2026-12-07T09:00:00Z');
  for (const title of ['Erzählcafé', 'Kindertreff', 'Sprachkurs']) expect((await admin.post('/offers', offerBody({ title }))).status).toBe(201);
});
afterAll(async () => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  await api.close();
  restoreClock();
});

describe('the public catalogue snapshot (patterns 25, 26)', () => {
  it('is built by the first load, from the collections', async () => {
    expect(await head()).toBeUndefined();
    expect(await titles()).toEqual(['Erzählcafé', 'Kindertreff', 'Sprachkurs']);
    const first = await head();
    expect(first).toMatchObject({ parts: 1, asOf: expect.stringMatching(/^2026-12-07T08:58:0/) });
    expect(await api.repo.getRaw(keys.cataloguePart(first!.build, 0))).toMatchObject({ ttl: expect.any(Number) });
  });

  it('adds the audited changes since, and reads no collection: an unaudited record stays unseen', async () => {
    await unaudited('hidden', 'Ohne Protokoll');
    const [erzaehl, kinder] = ((await admin.get('/offers', { sort: ['title', 'ASC'], range: [0, 9] })).body as any[]).filter((o) => o.title !== 'Ohne Protokoll');
    expect((await admin.put(`/offers/${erzaehl.id}`, { ...erzaehl, title: 'Erzählcafé am Markt' })).status).toBe(200);
    expect((await admin.put(`/offers/${kinder.id}`, { ...kinder, status: 'draft' })).status).toBe(200);
    expect((await admin.post('/offers', offerBody({ title: 'Yoga' }))).status).toBe(201);
    const before = (await head())!.build;
    expect(await titles()).toEqual(['Erzählcafé am Markt', 'Sprachkurs', 'Yoga']);
    // Few changes within the hour: the snapshot stays, its readers add them each time.
    expect((await head())!.build).toBe(before);
    // Organisation names are resolved from the snapshot's organisations, changed ones included.
    const caritas = (await admin.get('/organisations/caritas')).body;
    expect((await admin.put('/organisations/caritas', { ...caritas, name: 'Caritas Hamm' })).status).toBe(200);
    expect(((await api.anonymous.get('/public/offers')).body as any[]).map((o) => o.organisationName)).toEqual(['Caritas Hamm', 'Caritas Hamm', 'Caritas Hamm']);
  });

  it('is rewritten when it is an hour old, with the changes in it', async () => {
    const before = (await head())!;
    setClock('2026-12-07T10:30:00Z');
    expect(await titles()).toEqual(['Erzählcafé am Markt', 'Sprachkurs', 'Yoga']);
    const after = (await head())!;
    expect(after.build).not.toBe(before.build);
    expect(after.asOf).toMatch(/^2026-12-07T10:28:0/);
    expect(await titles()).not.toContain('Ohne Protokoll');
  });

  it('is read whole again when its parts are gone, replacing the head that named them', async () => {
    const old = (await head())!;
    await api.repo.doc.send(new DeleteCommand({ TableName: api.repo.table, Key: keys.cataloguePart(old.build, 0) }));
    expect(await titles()).toEqual(['Erzählcafé am Markt', 'Ohne Protokoll', 'Sprachkurs', 'Yoga']);
    expect((await head())!.build).not.toBe(old.build);
  });

  it('is read whole again after a week without public requests', async () => {
    await api.repo.doc.send(new DeleteCommand({ TableName: api.repo.table, Key: keys.entity('offer', 'hidden') }));
    expect(await titles()).toContain('Ohne Protokoll');
    setClock('2026-12-14T10:30:00Z');
    expect(await titles()).toEqual(['Erzählcafé am Markt', 'Sprachkurs', 'Yoga']);
  });
});
