/**
 * DynamoDB Local is killed and restarted mid-run: requests fail cleanly (503 problem+json, no
 * partial writes) and the service recovers without restarting the API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureTable, startDynamoLocal, type DynamoLocal } from '../../../infra/local/dynamodb.ts';
import { freePort } from '../../../infra/local/ports.ts';
import { startLocalServer } from '../../../infra/local/server.ts';
import { configureHandlers } from '../../../infra/local/stack.ts';
import { entities } from '../../../shared/entities.ts';
import { hammStructure } from '../../../shared/seed/hamm.ts';
import { applySeed } from '../../../shared/seed/seed.ts';
import { demoUsers } from '../../../shared/seed/users.ts';
import { signIn } from '../../../infra/local/cognito.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../../infra/local/stack.ts';
import { offerBody } from '../../support/api.ts';

let dir: string;
let port: number;
let dynamo: DynamoLocal;
let server: Awaited<ReturnType<typeof startLocalServer>>;
let repo: ReturnType<typeof configureHandlers>;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ddb-fault-'));
  port = await freePort();
  dynamo = await startDynamoLocal({ port, dbPath: dir });
  await ensureTable(dynamo.endpoint, 'faults');
  const pool = inject('pool');
  repo = configureHandlers({ dynamoEndpoint: dynamo.endpoint, tableName: 'faults', pool, cognitoEndpoint: inject('cognitoEndpoint') });
  await applySeed(repo, [...hammStructure(), ...demoUsers(), { type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } }]);
  server = await startLocalServer({ port: 0, config: {} });
  token = await signIn(inject('cognitoEndpoint'), pool.userPoolClientId, 'admin@hamm.example', DEFAULT_DEMO_PASSWORD);
}, 120000);

afterAll(async () => {
  await server?.close();
  await dynamo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, p: string, body?: unknown) =>
  fetch(`${server.url}/v1${p}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.json().catch(() => undefined) }));

describe('database outage', () => {
  it('answers 503 problem+json while DynamoDB is down, writes nothing partial, and recovers by itself', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call('POST', '/offers', offerBody());
      expect(r.status).toBe(201);
      created.push(r.body.id);
    }
    await dynamo.stop(); // SIGTERM, like a crash of the local engine

    const during = await Promise.all([call('GET', '/offers'), call('POST', '/offers', offerBody()), call('GET', `/offers/${created[0]}`), call('PUT', `/offers/${created[1]}`, { ...offerBody(), version: 1 })]);
    for (const r of during) {
      expect(r.status).toBe(503);
      expect(r.type).toMatch(/problem\+json/);
      expect(r.body.detail).toMatch(/Datenbank antwortet gerade nicht/);
    }

    dynamo = await startDynamoLocal({ port, dbPath: dir });
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
    const offers = await repo.listAll<any>(entities.offer);
    expect(offers.map((o) => o.id).sort()).toEqual([...created].sort());
    for (const id of created) {
      const trail = await repo.auditPage({ entity: { type: 'offer', id } });
      expect(trail.items.map((e) => e.action)).toEqual(['create']);
    }
  });
});
