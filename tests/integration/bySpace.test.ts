/**
 * Lists by social space (pattern 20) read only that space's copies, never the collection; records
 * older than the pattern get their copies from the backfill, and until its marker (21) is there the
 * list reads the collection, so no record is missed at any point.
 */
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackfills } from '../../shared/db/backfill.ts';
import { accessPatterns } from '../../shared/db/accessPatterns.ts';
import { itemKeys, keys, projectionItems } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import { ADMIN, offerBody, putOfferDirectly, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const ids = (res: { body: any[] }) => res.body.map((o) => o.id).sort();
/** As the admin's offer list filters: `socialSpaceId` ("serves this space"); the API's `socialSpaceIds` field filter reads the same partition. */
const inSpace = async (space: string) => {
  const [special, field] = await Promise.all([admin.get('/offers', { filter: { socialSpaceId: space }, range: [0, 999] }), admin.get('/offers', { filter: { socialSpaceIds: space }, range: [0, 999] })]);
  expect(ids(field)).toEqual(ids(special));
  return special;
};

/** An offer as a release before pattern 20 wrote it: the record alone, without its copies. */
const legacyOffer = (id: string, socialSpaceIds: string[]) => putOfferDirectly(api.repo, { id, title: `Alt ${id}`, socialSpaceIds });

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  admin = await api.as(ADMIN);
  await seedStructure(api.repo, [{ type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } }]);
});
afterAll(() => api.close());

describe('offers by social space (pattern 20)', () => {
  let fresh: string;

  it('before the backfill, the list reads the collection and misses no older record', async () => {
    await legacyOffer('legacy-1', ['norden']);
    await legacyOffer('legacy-2', ['mitte', 'norden']);
    fresh = (await admin.post('/offers', offerBody({ socialSpaceIds: ['norden'] }))).body.id;
    expect(ids(await inSpace('norden'))).toEqual([fresh, 'legacy-1', 'legacy-2'].sort());
    // The new offer has its copy already; the older ones have none yet.
    const copies = await api.repo.queryAll(accessPatterns.bySpace(entities.offer, 'norden'));
    expect(copies.map((c: any) => c.id)).toEqual([fresh]);
  });

  it('the backfill (the hourly schedule of the reports function) gives older records their copies, writes its marker once, and the list then reads the copies only', async () => {
    const { scheduled } = await import('../../functions/reports/handler.ts');
    const first = ((await scheduled({ kind: 'catch-up' })) as { backfills: Awaited<ReturnType<typeof runBackfills>> }).backfills;
    expect(first.find((o) => o.type === 'offer')).toMatchObject({ ran: true, records: 3, skipped: 0 });
    expect(await api.repo.getRaw(keys.backfill('bySpace', 'offer'))).toMatchObject({ records: 3 });
    const again = await runBackfills(api.repo);
    expect(again.every((o) => !o.ran)).toBe(true);

    expect(ids(await inSpace('norden'))).toEqual([fresh, 'legacy-1', 'legacy-2'].sort());
    expect(ids(await inSpace('mitte'))).toEqual(['legacy-2']);
    // Proof that the list reads pattern 20: a record without a copy is not listed by space any more…
    const offerCount = async (space: string) => (await admin.get(`/social-spaces/${space}`)).body.counts.offers;
    expect(await offerCount('mitte')).toBe(1);
    await api.repo.doc.send(new DeleteCommand({ TableName: api.repo.table, Key: keys.inSpace('offer', 'mitte', 'legacy-2') }));
    expect(ids(await inSpace('mitte'))).toEqual([]);
    // The social spaces' offer counts are counted in the same partitions.
    expect(await offerCount('mitte')).toBe(0);
    expect(await offerCount('norden')).toBe(3);
    // …while the unfiltered list still reads the collection.
    expect(ids(await admin.get('/offers', { range: [0, 999] }))).toContain('legacy-2');
    const legacy = await api.repo.find(entities.offer, 'legacy-2');
    for (const copy of projectionItems(entities.offer, legacy!)) await api.repo.doc.send(new PutCommand({ TableName: api.repo.table, Item: copy }));
    expect(ids(await inSpace('mitte'))).toEqual(['legacy-2']);
  });

  it('a change of social spaces moves the copies in the same transaction', async () => {
    const current = (await admin.get(`/offers/${fresh}`)).body;
    const moved = await admin.put(`/offers/${fresh}`, { ...current, socialSpaceIds: ['westen', 'bockum-hoevel'] });
    expect(moved.status).toBe(200);
    expect(ids(await inSpace('norden'))).not.toContain(fresh);
    expect(ids(await inSpace('westen'))).toEqual([fresh]);
    expect((await inSpace('bockum-hoevel')).body.map((o: any) => o.version)).toEqual([moved.body.version]);
    expect((await admin.del(`/offers/${fresh}`)).status).toBe(200);
    expect(ids(await inSpace('westen'))).toEqual([]);
    const left = await api.repo.doc.send(new QueryCommand({ TableName: api.repo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.inSpace('offer', 'bockum-hoevel').PK } }));
    expect(left.Items).toEqual([]);
  });

  it('the list by space answers exactly like the filter over the collection (with the other filters applied after)', async () => {
    for (let i = 0; i < 6; i++) await admin.post('/offers', offerBody({ title: `Liste ${i}`, socialSpaceIds: i % 2 ? ['mitte'] : ['mitte', 'herringen'], status: i < 4 ? 'published' : 'draft' }));
    const all = (await admin.get('/offers', { range: [0, 999] })).body;
    for (const space of ['mitte', 'herringen', 'uentrop']) {
      const expected = all.filter((o: any) => o.socialSpaceIds.includes(space) && o.status === 'published').map((o: any) => o.id).sort();
      const res = await admin.get('/offers', { filter: { socialSpaceIds: space, status: 'published' }, range: [0, 999] });
      expect(ids(res)).toEqual(expected);
      expect(res.headers.get('content-range')).toMatch(new RegExp(`/${expected.length}$`));
    }
  });
});

describe('the backfill beside live writes', () => {
  it('skips a record changed after it was read: its change wrote its own copies', async () => {
    const { freshTable } = await import('../support/db.ts');
    const { repo } = await freshTable();
    const offer = { id: 'race-1', version: 1, title: 'Alt', organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['children'], status: 'published' };
    await repo.doc.send(new PutCommand({ TableName: repo.table, Item: { ...offer, ...itemKeys(entities.offer, offer), _type: 'offer' } }));
    // A change lands between the backfill's read and its write: the stored version is 2, in another space.
    const realQueryAll = repo.queryAll.bind(repo);
    repo.queryAll = (async (pattern: any) => {
      const read = await realQueryAll(pattern);
      await repo.doc.send(new PutCommand({ TableName: repo.table, Item: { ...offer, version: 2, socialSpaceIds: ['mitte'], ...itemKeys(entities.offer, offer), _type: 'offer' } }));
      return read;
    }) as typeof repo.queryAll;
    const [out] = (await runBackfills(repo)).filter((o) => o.type === 'offer');
    expect(out).toMatchObject({ ran: true, records: 0, skipped: 1 });
    repo.queryAll = realQueryAll;
    expect(await repo.queryAll(accessPatterns.bySpace(entities.offer, 'norden'))).toEqual([]);
  });
});
