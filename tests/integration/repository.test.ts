/** Storage layer against the real DynamoDB Local engine (issue 2, "done when"). */
import { beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { entities } from '../../shared/entities.ts';
import { ConflictError, IntegrityError, NotFoundError } from '../../shared/db/errors.ts';
import { freshTable } from '../support/db.ts';

const actor = 'user:test';
let t: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  t = await freshTable();
  await t.repo.create(entities.district, { name: 'Hamm-Mitte' }, { actor, id: 'mitte' });
  await t.repo.create(entities.socialSpace, { name: 'Mitte', districtIds: ['mitte'] }, { actor, id: 'mitte' });
});

/** Test-only: every item of the table (Scan is never used in request paths). */
async function allItems() {
  const res = await t.doc.send(new ScanCommand({ TableName: t.table, ConsistentRead: true }));
  return res.Items ?? [];
}
const auditOf = async (type: string, id: string) =>
  (await allItems()).filter((i) => i._type === 'audit' && i.entityType === type && i.entityId === id);

describe('repository on DynamoDB Local', () => {
  it('a conditional create refuses a duplicate id', async () => {
    await t.repo.create(entities.district, { name: 'Hamm-Uentrop' }, { actor, id: 'uentrop' });
    await expect(t.repo.create(entities.district, { name: 'Doppelt' }, { actor, id: 'uentrop' })).rejects.toBeInstanceOf(ConflictError);
    expect((await t.repo.get<any>(entities.district, 'uentrop')).name).toBe('Hamm-Uentrop');
  });

  it('a duplicate natural key is refused and nothing is written', async () => {
    await t.repo.create(entities.goal, { number: 1, title: 'Teilhabe' }, { actor, id: 'g1' });
    const err = await t.repo.create(entities.goal, { number: 1, title: 'Nochmal' }, { actor, id: 'g1b' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.errors).toEqual([{ pointer: '/number', detail: 'bereits vergeben' }]);
    expect(await t.repo.find(entities.goal, 'g1b')).toBeUndefined();
    expect(await auditOf('goal', 'g1b')).toHaveLength(0);
  });

  it('a stale version is refused and nothing is overwritten', async () => {
    const d = await t.repo.create<any>(entities.district, { name: 'Hamm-Rhynern' }, { actor, id: 'rhynern' });
    const v2 = await t.repo.update<any>(entities.district, 'rhynern', { name: 'Rhynern (neu)' }, d.version, { actor });
    expect(v2.version).toBe(2);
    const err = await t.repo.update(entities.district, 'rhynern', { name: 'verloren' }, 1, { actor }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.reason).toBe('stale-version');
    expect(err.currentVersion).toBe(2);
    const stored = await t.repo.get<any>(entities.district, 'rhynern');
    expect(stored.name).toBe('Rhynern (neu)');
    expect(stored.version).toBe(2);
  });

  it('two concurrent updates with the same version: exactly one wins', async () => {
    const d = await t.repo.create<any>(entities.district, { name: 'Hamm-Pelkum' }, { actor, id: 'pelkum' });
    const results = await Promise.allSettled(
      ['A', 'B', 'C', 'D'].map((n) => t.repo.update(entities.district, 'pelkum', { name: n }, d.version, { actor })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await t.repo.get<any>(entities.district, 'pelkum')).version).toBe(2);
  });

  it('deleting a social space that has quarters is refused', async () => {
    await t.repo.create(entities.quarter, { name: 'City', socialSpaceId: 'mitte', districtId: 'mitte' }, { actor, id: 'city' });
    const err = await t.repo.delete(entities.socialSpace, 'mitte', undefined, { actor }).catch((e) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(/still referenced/);
    expect(await t.repo.find(entities.socialSpace, 'mitte')).toBeDefined();
    // once the quarter is gone, the delete goes through
    await t.repo.create(entities.socialSpace, { name: 'Leer', districtIds: ['mitte'] }, { actor, id: 'leer' });
    await t.repo.create(entities.quarter, { name: 'Q', socialSpaceId: 'leer', districtId: 'mitte' }, { actor, id: 'q-leer' });
    await t.repo.delete(entities.quarter, 'q-leer', undefined, { actor });
    await t.repo.delete(entities.socialSpace, 'leer', undefined, { actor });
    expect(await t.repo.find(entities.socialSpace, 'leer')).toBeUndefined();
  });

  it('a reference to a missing item is refused', async () => {
    const err = await t.repo
      .create(entities.quarter, { name: 'X', socialSpaceId: 'nirgendwo', districtId: 'mitte' }, { actor, id: 'x' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.errors[0].pointer).toBe('/socialSpaceId');
    expect(await t.repo.find(entities.quarter, 'x')).toBeUndefined();
  });

  it('every write leaves one audit entry; a failed write leaves neither item nor audit entry', async () => {
    const d = await t.repo.create<any>(entities.district, { name: 'Hamm-Heessen' }, { actor, id: 'heessen' });
    await t.repo.update(entities.district, 'heessen', { name: 'Heessen', description: 'Norden' }, d.version, { actor: 'user:other' });
    await t.repo.update(entities.district, 'heessen', { name: 'x' }, 1, { actor }).catch(() => undefined);
    const entries = (await auditOf('district', 'heessen')).sort((a, b) => a.version - b.version);
    expect(entries.map((e) => [e.action, e.version, e.actor])).toEqual([
      ['create', 1, actor],
      ['update', 2, 'user:other'],
    ]);
    expect(entries[1].changes).toEqual({ name: { from: 'Hamm-Heessen', to: 'Heessen' }, description: { to: 'Norden' } });
    await t.repo.delete(entities.district, 'heessen', 2, { actor });
    expect((await auditOf('district', 'heessen')).map((e) => e.action).sort()).toEqual(['create', 'delete', 'update']);
    const page = await t.repo.auditPage({ entity: { type: 'district', id: 'heessen' } });
    expect(page.items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('get of an unknown id is a typed NotFoundError', async () => {
    await expect(t.repo.get(entities.offer, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.repo.update(entities.offer, 'nope', {}, 1, { actor })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pagination returns every item exactly once, by collection and by parent', async () => {
    for (let i = 0; i < 37; i++)
      await t.repo.create(entities.quarter, { name: `P${i}`, socialSpaceId: 'mitte', districtId: 'mitte' }, { actor, id: `p${String(i).padStart(2, '0')}` });
    for (const q of [{}, { parentId: 'mitte' }]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await t.repo.listPage<any>(entities.quarter, { ...q, limit: 5, cursor });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.cursor;
        pages++;
      } while (cursor);
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(seen.filter((id) => id.startsWith('p'))).toHaveLength(37);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('moving a child to another parent moves the reference count', async () => {
    await t.repo.create(entities.socialSpace, { name: 'Zwei', districtIds: ['mitte'] }, { actor, id: 'zwei' });
    const q = await t.repo.create<any>(entities.quarter, { name: 'Wander', socialSpaceId: 'zwei', districtId: 'mitte' }, { actor, id: 'wander' });
    await t.repo.update(entities.quarter, 'wander', { ...q, socialSpaceId: 'mitte' }, 1, { actor });
    expect((await t.repo.listAll<any>(entities.quarter, { parentId: 'zwei' })).map((x) => x.id)).toEqual([]);
    expect((await t.repo.listAll<any>(entities.quarter, { parentId: 'mitte' })).map((x) => x.id)).toContain('wander');
    await t.repo.delete(entities.socialSpace, 'zwei', undefined, { actor });
  });
});
