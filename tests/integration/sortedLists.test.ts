/**
 * Unfiltered lists in their default order (pattern 23) read one page of the order index and their
 * total from the collection's counter (24); records older than the pattern get their order key from
 * the backfill, and until its marker is there the list reads the collection, so no record is missed.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackfills } from '../../shared/db/backfill.ts';
import { keys } from '../../shared/db/keys.ts';
import { ADMIN, offerBody, putOfferDirectly, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const titles = (res: { body: any[] }) => res.body.map((o) => o.title);
/** The same offers, read through the in-memory path: a filter that every test offer matches (pattern 3, then sorted in memory). */
const viaCollection = (sort: [string, string], range: [number, number]) => admin.get('/offers', { sort, range, filter: { organisationId: 'caritas' } });
const counted = async (type = 'offer') => (await api.repo.getRaw(keys.sortedCount(type)))?.count;
const viaIndex = (sort: [string, string], range: [number, number]) => admin.get('/offers', { sort, range });

/** An offer as a release before pattern 23 wrote it: without its order key. */
const legacyOffer = (id: string, title: string) => putOfferDirectly(api.repo, { id, title }, ['GSI3PK', 'GSI3SK']);

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  admin = await api.as(ADMIN);
  await seedStructure(api.repo, [{ type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } }]);
});
afterAll(() => api.close());

describe('offers in title order (pattern 23)', () => {
  const names = ['Zumba im Park', 'Äpfel sammeln', 'Apfel 10', 'Apfel 2', 'Öffnungszeit', 'Oberhausen', 'Straße der Kinder', 'Kurs 8', 'kurs 100', 'Mütter-Café', 'Ü-60-Treff'];

  it('before the backfill, the list reads the collection and misses no older record; the counter counts the records that have their key', async () => {
    await legacyOffer('legacy-1', 'Altes Angebot');
    await legacyOffer('legacy-2', 'Yoga am Morgen');
    await legacyOffer('legacy-3', 'Vergangenes');
    for (const title of names) expect((await admin.post('/offers', offerBody({ title }))).status).toBe(201);
    expect(await counted()).toBe(11);
    // An older record changed now gains its key with the change, and the counter with it; one deleted unkeyed leaves the counter alone.
    const older = (await admin.get('/offers/legacy-1')).body;
    expect((await admin.put('/offers/legacy-1', { ...older, description: 'neu' })).status).toBe(200);
    expect((await admin.del('/offers/legacy-3')).status).toBe(200);
    expect(await counted()).toBe(12);
    const res = await viaIndex(['title', 'ASC'], [0, 99]);
    expect(titles(res)).toEqual(titles(await viaCollection(['title', 'ASC'], [0, 99])));
    expect(titles(res)).toContain('Yoga am Morgen');
    expect(res.headers.get('content-range')).toBe('offers 0-12/13');
  });

  it('the backfill gives older records their key; the list then reads pages of the index exactly as the collection would sort them', async () => {
    const outcomes = await runBackfills(api.repo);
    // Only legacy-2 lacked its key: the others had it from their create or change.
    expect(outcomes.find((o) => o.pattern === 'sorted' && o.type === 'offer')).toMatchObject({ ran: true, records: 1, skipped: 0 });
    expect(await api.repo.getRaw(keys.backfill('sorted', 'offer'))).toMatchObject({ records: 1 });
    expect(await counted()).toBe(13);
    expect((await runBackfills(api.repo)).every((o) => !o.ran)).toBe(true);
    for (const dir of ['ASC', 'DESC'])
      for (const range of [[0, 4], [5, 9], [10, 14], [0, 99]] as [number, number][]) {
        const [index, collection] = await Promise.all([viaIndex(['title', dir], range), viaCollection(['title', dir], range)]);
        expect(titles(index), `${dir} ${range}`).toEqual(titles(collection));
        expect(index.headers.get('content-range')).toBe(collection.headers.get('content-range'));
      }
    expect(titles(await viaIndex(['title', 'ASC'], [0, 3]))).toEqual(['Altes Angebot', 'Apfel 2', 'Apfel 10', 'Äpfel sammeln']);
  });

  it('reads the index, not the collection: a record without its key drops out of the unfiltered list only', async () => {
    // As if the record had lost its key (with its count): only the index tells the list what is there.
    await api.repo.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: api.repo.table, Key: keys.entity('offer', 'legacy-2'), UpdateExpression: 'REMOVE GSI3PK, GSI3SK' } },
          { Update: { TableName: api.repo.table, Key: keys.sortedCount('offer'), UpdateExpression: 'ADD #c :d', ExpressionAttributeNames: { '#c': 'count' }, ExpressionAttributeValues: { ':d': -1 } } },
        ],
      }),
    );
    const res = await viaIndex(['title', 'ASC'], [0, 99]);
    expect(titles(res)).not.toContain('Yoga am Morgen');
    expect(res.headers.get('content-range')).toBe('offers 0-11/12');
    expect(titles(await viaCollection(['title', 'ASC'], [0, 99]))).toContain('Yoga am Morgen');
    // Another sort, or any filter, still reads the collection (documented in ARCHITECTURE.md).
    expect(titles(await admin.get('/offers', { sort: ['status', 'ASC'], range: [0, 99] }))).toContain('Yoga am Morgen');
  });

  it('a new title moves the record within the order in its own transaction', async () => {
    const zumba = (await viaIndex(['title', 'DESC'], [0, 0])).body[0];
    expect(zumba.title).toBe('Zumba im Park');
    expect((await admin.put(`/offers/${zumba.id}`, { ...zumba, title: 'Aerobic im Park' })).status).toBe(200);
    expect(titles(await viaIndex(['title', 'ASC'], [0, 1]))).toEqual(['Aerobic im Park', 'Altes Angebot']);
    expect((await admin.del(`/offers/${zumba.id}`)).status).toBe(200);
    expect((await viaIndex(['title', 'ASC'], [0, 0])).headers.get('content-range')).toBe('offers 0-0/11');
    expect(await counted()).toBe(11);
  });
});

describe('organisations by name and meetings and activities by date', () => {
  it('read their default order from the index once backfilled', async () => {
    for (const name of ['Zukunftswerkstatt', 'AWO Hamm', 'Ökumenisches Zentrum', 'awo Bockum'])
      expect((await admin.post('/organisations', { name, kind: 'free-welfare' })).status).toBe(201);
    await runBackfills(api.repo);
    const byName = await admin.get('/organisations', { sort: ['name', 'ASC'], range: [0, 99] });
    const names = byName.body.map((o: any) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de', { numeric: true, sensitivity: 'base' }).compare));
    expect(names.slice(0, 2)).toEqual(['awo Bockum', 'AWO Hamm']);
    expect(byName.headers.get('content-range')).toBe('organisations 0-4/5');
    for (const type of ['organisation', 'meeting', 'activity'] as const) expect(await api.repo.getRaw(keys.backfill('sorted', type))).toBeTruthy();
    expect(await counted('organisation')).toBe(5);
  });
});
