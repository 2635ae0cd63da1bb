/**
 * Missed schedules catch up, exactly once (functions/reports/catchUp.ts), against DynamoDB Local:
 * the stack was down on the 1st, or `npm start` runs on the 5th. Each step moves the one clock.
 *
 * Fixture: one network in Hammer Norden with meetings on 2027-01-12, 2027-01-26 and 2027-02-09,
 * and the computed indicator "meetings held" (monthly): January 2, February 1, March 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { keys } from '../../shared/db/keys.ts';
import { now, setClock } from '../../shared/time/clock.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { catchUp, metricRun } from '../../functions/reports/catchUp.ts';
import { createTransport } from '../../functions/mail/mailer.ts';
import { startMinimalApi, type Api } from '../support/api.ts';

let api: Api;
let indicatorId: string;
let restoreClock: () => void = () => undefined;

const run = () => catchUp(api.repo, { actor: 'system:catch-up', now, transport: createTransport('json'), extraRecipients: [] });
/** Moves the clock (shared/time/clock.ts) for everything the step calls, the handlers included. */
function at(instant: string) {
  restoreClock();
  restoreClock = setClock(instant);
}
const meetingsIn = async (period: string) =>
  (await api.repo.findByUnique<any>(entities.measurement, { indicatorId, socialSpaceId: 'norden', period }))?.value;
const trail = (month: string) => api.repo.queryAll<any>({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('metricRun', month).PK } });

beforeAll(async () => {
  process.env.MAIL_TRANSPORT = 'json';
  at('2027-01-05T09:00:00Z');
  ({ api } = await startMinimalApi());
  const meeting = (id: string, date: string) => ({ type: 'meeting', id, data: { networkId: 'net', date, organisationIds: ['caritas'], socialSpaceIds: ['norden'], targetGroups: [] } });
  await applySeed(api.repo, [
    { type: 'network', id: 'net', data: { name: 'Stadtteilkonferenz', kind: 'network', socialSpaceIds: ['norden'] } },
    meeting('m-jan-1', '2027-01-12'),
    meeting('m-jan-2', '2027-01-26'),
    meeting('m-feb', '2027-02-09'),
  ]);
  indicatorId = (
    await api.repo.create(entities.indicator, { goalId: 'goal-2', name: 'Netzwerktreffen', unit: 'Treffen', direction: 'higher-is-better', frequency: 'monthly', source: 'computed', metric: 'meetings-held' }, { actor: 'test' })
  ).id as string;
}, 120000);
afterAll(async () => {
  await api?.close();
  restoreClock();
});

describe('catch-up of missed schedules', () => {
  it('with no run recorded, computes the last month only, records the run with its audit, and sends the missed report', async () => {
    at('2027-02-03T09:00:00Z'); // Wednesday; February's report day was Monday the 1st
    const first = await run();
    expect(first.metrics).toEqual([{ month: '2027-01', outcome: 'sent' }]);
    expect(await meetingsIn('2027-01')).toBe(2);
    expect(await api.repo.getRaw(metricRun('2027-01').key)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await trail('2027-01')).map((e) => e.changes.status.to)).toEqual(['sending', 'sent']);
    // The report of January had never been tried: it is, once.
    expect(first.report?.month).toBe('2027-01');
    expect(await api.repo.getRaw(keys.report('2027-01'))).toBeDefined();
  });

  it('a second run finds nothing missed and does nothing', async () => {
    const again = await run();
    expect(again).toEqual({ metrics: [] });
    expect(await api.repo.getRaw(metricRun('2027-01').key)).toMatchObject({ attempts: 1 });
    expect(await trail('2027-01')).toHaveLength(2);
  });

  it('after three months down, computes each missed month once, oldest first, and leaves the report before its day', async () => {
    at('2027-05-01T07:00:00Z'); // Saturday and Labour Day: April's report day is Monday 3 May
    const result = await run();
    expect(result.metrics).toEqual([
      { month: '2027-02', outcome: 'sent' },
      { month: '2027-03', outcome: 'sent' },
      { month: '2027-04', outcome: 'sent' },
    ]);
    expect(result.report).toBeUndefined();
    expect([await meetingsIn('2027-02'), await meetingsIn('2027-03')]).toEqual([1, 0]);
    expect(await api.repo.getRaw(keys.report('2027-04'))).toBeUndefined();
  });

  it('two overlapping runs compute a missed month once between them, and send its report once', async () => {
    at('2027-06-02T08:00:00Z');
    const [a, b] = await Promise.all([run(), run()]);
    const outcomes = [...a.metrics, ...b.metrics].filter((m) => m.month === '2027-05').map((m) => m.outcome).sort();
    expect(outcomes).toEqual(['sent', 'skipped']);
    expect(await api.repo.getRaw(metricRun('2027-05').key)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await api.repo.getRaw(keys.report('2027-05'))).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('the report schedule sends from the first working day on, not only on it, and never twice', async () => {
    const { scheduled } = await import('../../functions/reports/handler.ts');
    at('2027-08-01T05:00:00Z'); // Sunday 1 August, 07:00 in Berlin: July's report day is Monday the 2nd
    expect(await scheduled({ kind: 'report' })).toMatchObject({ outcome: 'skipped', reason: 'before the first working day' });
    at('2027-08-03T05:00:00Z'); // Tuesday: the Monday run was missed, so this one sends
    expect(await scheduled({ kind: 'report' })).toMatchObject({ outcome: 'sent' });
    expect(await api.repo.getRaw(keys.report('2027-07'))).toMatchObject({ status: 'sent', attempts: 1 });
    at('2027-08-04T05:00:00Z');
    expect(await scheduled({ kind: 'report' })).toMatchObject({ outcome: 'skipped' });
    expect(await api.repo.getRaw(keys.report('2027-07'))).toMatchObject({ attempts: 1 });
  });

  it('leaves the report day to the 07:00 schedule: at 00:30 it waits, from 09:00 on it makes up for a missed one', async () => {
    at('2027-08-31T22:30:00Z'); // 00:30 on Wednesday 1 September, August's report day
    expect((await run()).report).toBeUndefined();
    expect(await api.repo.getRaw(keys.report('2027-08'))).toBeUndefined();
    at('2027-09-01T07:30:00Z'); // 09:30: the schedule did not run
    expect((await run()).report).toEqual({ month: '2027-08', outcome: 'sent' });
    // The catch-up's one attempt for the month is recorded, with its audit entry.
    expect(await api.repo.getRaw(keys.delivery('report-catch-up', '2027-08', 'job'))).toMatchObject({ status: 'sent', attempts: 1 });
    at('2027-09-01T08:30:00Z');
    expect((await run()).report).toBeUndefined();
  });
});
