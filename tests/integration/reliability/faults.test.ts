/**
 * DynamoDB Local is killed and restarted mid-run: requests fail cleanly (503 problem+json, no
 * partial writes) and the service recovers without restarting the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../../shared/entities.ts';
import { offerBody } from '../../support/api.ts';
import { startDiskStack, type DiskStack } from '../../support/diskStack.ts';

let stack: DiskStack;
beforeAll(async () => {
  stack = await startDiskStack('faults');
}, 120000);
afterAll(() => stack?.close());

const call = (method: string, p: string, body?: unknown) =>
  fetch(`${stack.server.url}/v1${p}`, { method, headers: { Authorization: `Bearer ${stack.token}`, 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.json().catch(() => undefined) }));

describe('database outage', () => {
  it('answers 503 problem+json while DynamoDB is down, writes nothing partial, and recovers by itself', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call('POST', '/offers', offerBody());
      expect(r.status).toBe(201);
      created.push(r.body.id);
    }
    await stack.dynamo.stop(); // SIGTERM, like a crash of the local engine

    const during = await Promise.all([call('GET', '/offers'), call('POST', '/offers', offerBody()), call('GET', `/offers/${created[0]}`), call('PUT', `/offers/${created[1]}`, { ...offerBody(), version: 1 })]);
    for (const r of during) {
      expect(r.status).toBe(503);
      expect(r.type).toMatch(/problem\+json/);
      expect(r.body.detail).toMatch(/Datenbank antwortet gerade nicht/);
    }

    await stack.restartDynamo();
    let after = await call('GET', '/offers');
    for (let i = 0; i < 20 && after.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await call('GET', '/offers');
    }
    expect(after.status).toBe(200);
    const more = await call('POST', '/offers', offerBody());
    expect(more.status).toBe(201);
    created.push(more.body.id);

    // Exactly the acknowledged writes exist, each with exactly one create audit entry.
    const offers = await stack.repo.listAll<any>(entities.offer);
    expect(offers.map((o) => o.id).sort()).toEqual([...created].sort());
    for (const id of created) {
      const trail = await stack.repo.auditPage({ entity: { type: 'offer', id } });
      expect(trail.items.map((e) => e.action)).toEqual(['create']);
    }
  });
});
