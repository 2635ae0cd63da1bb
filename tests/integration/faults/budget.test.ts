/**
 * Issue 35, a request's budget: each call to DynamoDB has the deadline, and all calls of one API
 * request end with what is left of its budget (shared/requestBudget.ts), so a request of many calls to
 * a slow database answers 503 while its function can still answer. Work outside a request (scheduled
 * runs, a local import run handed on) has no budget. Against DynamoDB Local behind the fault proxy.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient, localDynamoClient } from '../../../shared/db/client.ts';
import { isUnavailable } from '../../../shared/db/errors.ts';
import { budgetLeft, outsideBudget, withinBudget } from '../../../shared/requestBudget.ts';
import { ensureTable } from '../../../infra/local/dynamodb.ts';
import { startFaultProxy, type FaultProxy } from '../../support/faultProxy.ts';

const TABLE = 'budget';
let proxy: FaultProxy;
let doc: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  await ensureTable(inject('dynamoEndpoint'), TABLE);
  proxy = await startFaultProxy(inject('dynamoEndpoint'));
  doc = createDocumentClient(localDynamoClient(proxy.url));
});
afterAll(() => proxy?.stop());

const get = () => doc.send(new GetCommand({ TableName: TABLE, Key: { PK: 'none', SK: '#' } }));

/** How a call ended and after how long. */
async function timed(work: () => Promise<unknown>) {
  const start = performance.now();
  const outcome = await work().then(() => 'answered', (err) => (isUnavailable(err) ? 'unavailable' : `threw ${(err as Error).name}`));
  return { outcome, ms: performance.now() - start };
}

describe("a request's budget", () => {
  it('ends a call to a slow database when the budget is spent, well before the call\'s own deadline', async () => {
    await proxy.set({ latencyMs: 1500 });
    try {
      const cut = await timed(() => withinBudget(300, get));
      expect(cut.outcome).toBe('unavailable');
      expect(cut.ms).toBeLessThan(1000);
      // With budget to spare, the same slow call answers.
      expect((await timed(() => withinBudget(4000, get))).outcome).toBe('answered');
      // Outside any request there is no budget, only the call's deadline.
      expect((await timed(get)).outcome).toBe('answered');
    } finally {
      await proxy.clear();
    }
  });

  it('a spent budget fails the next call at once; work handed on from a request runs without it', async () => {
    const spent = await timed(() => withinBudget(0, get));
    expect(spent).toMatchObject({ outcome: 'unavailable' });
    expect(spent.ms).toBeLessThan(200);
    const handedOn = await withinBudget(0, () => new Promise<number>((resolve) => outsideBudget(() => resolve(budgetLeft()))));
    expect(handedOn).toBe(Infinity);
    expect((await timed(() => withinBudget(0, () => new Promise((resolve, reject) => outsideBudget(() => void get().then(resolve, reject)))))).outcome).toBe('answered');
  });
});
