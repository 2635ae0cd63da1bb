/**
 * Issue 35, scheduled work beside the mails: the metric job and the backfills against DynamoDB Local
 * behind the fault proxy. A run the database interrupts stops with the unavailable error within the
 * bound; the next run finishes the work, and nothing is there twice: one measurement per indicator,
 * space and period (with one create in its trail), one marker per backfill.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBackfills } from '../../../shared/db/backfill.ts';
import { createDocumentClient, localDynamoClient } from '../../../shared/db/client.ts';
import { UnavailableError } from '../../../shared/db/errors.ts';
import { Repository } from '../../../shared/db/repository.ts';
import { DEPENDENCY_DEADLINE_MS } from '../../../shared/dependencyLimits.ts';
import { entities } from '../../../shared/entities.ts';
import { computeClosingMonth } from '../../../shared/metrics/job.ts';
import { applySeed } from '../../../shared/seed/seed.ts';
import { seedMinimal, startApi, type Api } from '../../support/api.ts';
import { startFaultProxy, type FaultProxy } from '../../support/faultProxy.ts';

const MONTH = '2026-10';
const TRANSACT = { 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems' };

let api: Api;
let dynamo: FaultProxy;
let direct: Repository;
let indicatorId: string;

beforeAll(async () => {
  dynamo = await startFaultProxy(inject('dynamoEndpoint'));
  api = await startApi({ table: 'fresh', dynamoVia: dynamo.url });
  direct = new Repository(createDocumentClient(localDynamoClient(inject('dynamoEndpoint'))), api.table);
  await seedMinimal(direct);
  const meeting = (id: string, date: string, space: string) => ({ type: 'meeting', id, data: { networkId: 'net', date, organisationIds: ['caritas'], socialSpaceIds: [space], targetGroups: [] } });
  await applySeed(direct, [
    { type: 'network', id: 'net', data: { name: 'Stadtteilkonferenz', kind: 'network', socialSpaceIds: ['norden', 'westen'] } },
    meeting('m-1', '2026-10-06', 'norden'),
    meeting('m-2', '2026-10-20', 'norden'),
    meeting('m-3', '2026-10-13', 'westen'),
  ]);
  indicatorId = (await direct.create(entities.indicator, { goalId: 'goal-2', name: 'Netzwerktreffen', unit: 'Treffen', direction: 'higher-is-better', frequency: 'monthly', source: 'computed', metric: 'meetings-held' }, { actor: 'test' })).id as string;
}, 120000);

afterAll(async () => {
  await api?.close();
  await dynamo?.stop();
});

/** How a run ended, and how long it took. */
async function timed(work: () => Promise<unknown>) {
  const start = performance.now();
  const outcome = await work().then(() => 'completed', (err: Error) => (err instanceof UnavailableError ? 'unavailable' : `threw ${err.constructor.name}: ${err.message}`));
  return { outcome, ms: performance.now() - start };
}

describe('the metric job under a failing database', () => {
  it('stops when every write fails, and the next run stores each value once', async () => {
    await dynamo.set('internal', { only: TRANSACT });
    const interrupted = await timed(() => computeClosingMonth(api.repo, MONTH));
    expect(interrupted.outcome).toBe('unavailable');
    expect(interrupted.ms).toBeLessThan(DEPENDENCY_DEADLINE_MS + 1000);
    expect(await direct.listAll(entities.measurement, { parentId: indicatorId })).toEqual([]);

    await dynamo.clear();
    expect((await timed(() => computeClosingMonth(api.repo, MONTH))).outcome).toBe('completed');
    // A run after that changes nothing.
    expect((await timed(() => computeClosingMonth(api.repo, MONTH))).outcome).toBe('completed');
    const stored = await direct.listAll<{ id: string; socialSpaceId: string; period: string; value: number }>(entities.measurement, { parentId: indicatorId });
    const inMonth = Object.fromEntries(stored.filter((m) => m.period === MONTH && m.value > 0).map((m) => [m.socialSpaceId, m.value]));
    expect(inMonth).toEqual({ norden: 2, westen: 1 });
    expect(new Set(stored.map((m) => `${m.socialSpaceId} ${m.period}`)).size).toBe(stored.length);
    for (const m of stored) expect((await direct.auditPage({ entity: { type: 'measurement', id: m.id } })).items.map((e) => e.action), m.id).toEqual(['create']);
  });

  it('a run whose reads hang stops within the bound; the next one finds the values in place', async () => {
    await dynamo.set('hang', { only: { 'x-amz-target': 'DynamoDB_20120810.Query' } });
    const interrupted = await timed(() => computeClosingMonth(api.repo, MONTH));
    await dynamo.clear();
    expect(interrupted.outcome).toBe('unavailable');
    expect(interrupted.ms).toBeLessThan(DEPENDENCY_DEADLINE_MS + 1000);
    expect((await timed(() => computeClosingMonth(api.repo, MONTH))).outcome).toBe('completed');
    const stored = await direct.listAll(entities.measurement, { parentId: indicatorId });
    expect(new Set(stored.map((m: any) => `${m.socialSpaceId} ${m.period}`)).size).toBe(stored.length);
  });
});

describe('the backfills under a failing database', () => {
  it('stop when the writes fail, and the next run finishes each once; a third finds nothing to do', async () => {
    await dynamo.set('internal', { only: TRANSACT });
    const interrupted = await timed(() => runBackfills(api.repo));
    await dynamo.clear();
    expect(interrupted.outcome).toBe('unavailable');
    const next = await runBackfills(api.repo);
    expect(next.length).toBeGreaterThan(0);
    const third = await runBackfills(api.repo);
    expect(third.filter((b) => b.ran)).toEqual([]);
    expect(third.length).toBe(next.length);
  });
});
