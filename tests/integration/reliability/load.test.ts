/** A bounded burst on loopback: 2,000 requests at 32 concurrency; every write is there, with its audit entry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../../shared/entities.ts';
import { offerBody, startMinimalApi, type Api, type Client } from '../../support/api.ts';

let api: Api;
let admin: Client;
beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
}, 120000);
afterAll(() => api.close());

describe('load', () => {
  it('2,000 mixed requests at 32 concurrency: no errors, no lost write, audit matches', async () => {
    const TOTAL = 2000;
    const created: string[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        let res;
        if (i % 4 === 0) {
          res = await admin.post('/offers', offerBody({ title: `Last ${i}` }));
          if (res.status === 201) created.push(res.body.id);
        } else if (i % 4 === 1 && created.length) res = await admin.get(`/offers/${created[i % created.length]}`);
        else res = await admin.get('/offers', { range: [0, 24], sort: ['title', 'ASC'] });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: 32 }, worker));
    const seconds = (performance.now() - started) / 1000;
    expect(Object.keys(statuses).map(Number).every((s) => s < 300), JSON.stringify(statuses)).toBe(true);
    expect(created).toHaveLength(TOTAL / 4);
    const stored = await api.repo.listAll<any>(entities.offer);
    expect(new Set(stored.map((o) => o.id))).toEqual(new Set(created));
    const audits = await api.repo.auditPage({ actor: 'user:u-admin' }, { limit: 10000 });
    let all = audits.items;
    let cursor = audits.cursor;
    while (cursor) {
      const p = await api.repo.auditPage({ actor: 'user:u-admin' }, { cursor });
      all = all.concat(p.items);
      cursor = p.cursor;
    }
    const offerCreates = all.filter((e) => e.entityType === 'offer' && e.action === 'create').map((e) => e.entityId);
    expect(offerCreates.sort()).toEqual([...created].sort());
    console.log(`load: ${TOTAL} requests in ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)} req/s)`);
  }, 180000);
});
