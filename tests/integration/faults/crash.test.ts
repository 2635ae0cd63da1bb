/**
 * Issue 35, crash durability (after Jepsen): DynamoDB Local, on disk, is killed with SIGKILL in the
 * middle of a burst of writes through the API and started again on the same files. Every write that
 * was acknowledged with 2xx is there, whole (with its audit entry), but the one DynamoDB Local
 * acknowledged last, which the stand-in itself does not keep (see below); the rest were refused with 503.
 * Its own DynamoDB Local: the run's shared one is in memory and may not be killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../infra/local/ports.ts';
import { entities } from '../../../shared/entities.ts';
import { offerBody } from '../../support/api.ts';
import { startDiskStack, type DiskStack } from '../../support/diskStack.ts';

const WRITES = 60;
const IN_FLIGHT = 6;
const KILL_AFTER_ACKS = 15;

let stack: DiskStack;
beforeAll(async () => {
  stack = await startDiskStack('crash');
}, 120000);
afterAll(() => stack?.close());

const create = (base = stack.server.url) =>
  fetch(`${base}/v1/offers`, { method: 'POST', headers: { Authorization: `Bearer ${stack.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(offerBody()) }).then(async (r) => ({ status: r.status, body: await r.json() }));

describe('crash of DynamoDB Local', () => {
  it('loses no write acknowledged before a SIGKILL in the middle of a burst (but the stand-in\'s own last transaction)', async () => {
    const acked: string[] = [];
    const statuses: number[] = [];
    let killed: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      while (next < WRITES) {
        next++;
        const res = await create();
        statuses.push(res.status);
        if (res.status === 201) acked.push(res.body.id);
        if (acked.length >= KILL_AFTER_ACKS && !killed) {
          const child = stack.dynamo.process;
          killed = new Promise((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    // Writes after the kill were refused, not acknowledged into nothing.
    expect(statuses.every((s) => s === 201 || s === 503), String(statuses)).toBe(true);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);

    await stack.restartDynamo();
    const stored = new Set((await stack.repo.listAll<{ id: string }>(entities.offer)).map((o) => o.id));
    // DynamoDB Local itself acknowledges a TransactWriteItems before its files hold it: a raw
    // transaction (no API, no SDK retry) acknowledged just before a SIGKILL was gone after the restart in
    // 7 of 8 tries (measured 2026-12-07; PutItem kept). So the stand-in may lose the one write it
    // acknowledged last; DynamoDB in AWS acknowledges a transaction only once it is durable. What this
    // test holds us to: nothing we acknowledged is missing except that one, and nothing is half there.
    const missing = acked.filter((id) => !stored.has(id));
    expect(missing.length).toBeLessThanOrEqual(1);
    expect(acked.slice(-IN_FLIGHT)).toEqual(expect.arrayContaining(missing));
    for (const id of stored) {
      const trail = await stack.repo.auditPage({ entity: { type: 'offer', id } });
      expect(trail.items.map((e) => e.action), id).toEqual(['create']);
    }
  }, 90000);
});

/** The local server as its own process (tests/support/serverProcess.ts) on the crash table; resolves with its URL. */
function serverProcess(port: number): Promise<{ child: ChildProcess; url: string }> {
  const entry = fileURLToPath(new URL('../../support/serverProcess.ts', import.meta.url));
  const env = { dynamoEndpoint: stack.dynamo.endpoint, tableName: stack.table, pool: inject('pool'), cognitoEndpoint: inject('cognitoEndpoint'), port };
  const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(env)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'ERROR' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`server process exited (${code}): ${out}`)));
  });
}

describe('crash of the local server', () => {
  it('loses no write acknowledged before the server process was killed mid-burst, and a new server goes on', async () => {
    const port = await freePort();
    let proc = await serverProcess(port);
    const acked: string[] = [];
    const failed: string[] = [];
    let next = 0;
    let killed: Promise<unknown> | undefined;
    const worker = async () => {
      while (next < WRITES) {
        next++;
        try {
          const res = await create(proc.url);
          if (res.status === 201) acked.push(res.body.id);
        } catch (err) {
          failed.push((err as Error).message);
        }
        if (acked.length >= KILL_AFTER_ACKS && !killed) {
          killed = new Promise((resolve) => proc.child.once('exit', resolve));
          proc.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    // Requests in flight when it died got no answer at all: never a 2xx for something not stored.
    expect(failed.length).toBeGreaterThan(0);
    const stored = new Set((await stack.repo.listAll<{ id: string }>(entities.offer)).map((o) => o.id));
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    for (const id of stored) expect((await stack.repo.auditPage({ entity: { type: 'offer', id } })).items.map((e) => e.action), id).toEqual(['create']);

    proc = await serverProcess(port);
    try {
      expect((await create(proc.url)).status).toBe(201);
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 90000);
});
