/**
 * The date-sensitive runs of the system at every instant of the calendar matrix, against DynamoDB
 * Local and the local API, with the one clock moved (tests/support/calendar.ts): the report period
 * the dashboard and the report schedule use, whether the report is due, the reminders' month, the
 * months the metric job catches up, and the follow-up list of open agreements. Expected values are
 * worked out by hand from the calendar (NRW holidays; Easter 2027 is 28 March).
 * The pure calendar functions are checked at the same instants in tests/unit/calendarMatrix.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { dueSoonUntil } from '../../shared/domain/schedule.ts';
import { now } from '../../shared/time/clock.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { missedMetricMonths } from '../../functions/reports/catchUp.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';
import { CALENDAR_MATRIX, useClockAt } from '../support/calendar.ts';

interface Expected {
  /** The Berlin day, and the last whole month (the report period and the dashboard's month). */
  today: string;
  lastMonth: string;
  /** Whether the report of `lastMonth` is due (its first working day has come). */
  reportDue: boolean;
  /** The month whose reminders are sent today (five days before its report day), if any. */
  reminders: string | undefined;
  /** The last due date of the follow-up list (today + 14 days). */
  dueSoonUntil: string;
}

const EXPECTED: Record<string, Expected> = {
  // 1 January is a holiday; January's first working day is Monday the 4th.
  '2026-12-31T23:30:00Z': { today: '2027-01-01', lastMonth: '2026-12', reportDue: false, reminders: '2026-12', dueSoonUntil: '2027-01-15' },
  // Sunday, the night summer time starts: February's report went out on Monday 1 March; March's goes on Thursday 1 April.
  '2027-03-28T01:30:00Z': { today: '2027-03-28', lastMonth: '2027-02', reportDue: true, reminders: '2027-03', dueSoonUntil: '2027-04-11' },
  // 1 November (All Saints) is a holiday: October's report day is Tuesday 2 November.
  '2027-10-31T00:30:00Z': { today: '2027-10-31', lastMonth: '2027-09', reportDue: true, reminders: '2027-10', dueSoonUntil: '2027-11-14' },
  '2027-10-31T01:30:00Z': { today: '2027-10-31', lastMonth: '2027-09', reportDue: true, reminders: '2027-10', dueSoonUntil: '2027-11-14' },
  // February's report day was Tuesday 1 February 2028; March's is Wednesday 1 March.
  '2028-02-29T11:00:00Z': { today: '2028-02-29', lastMonth: '2028-01', reportDue: true, reminders: '2028-02', dueSoonUntil: '2028-03-14' },
  // Saturday and Labour Day: April's report day is Monday 3 May.
  '2027-05-01T07:00:00Z': { today: '2027-05-01', lastMonth: '2027-04', reportDue: false, reminders: '2027-04', dueSoonUntil: '2027-05-15' },
  // Tuesday after Easter Monday (29 March).
  '2027-03-30T08:00:00Z': { today: '2027-03-30', lastMonth: '2027-02', reportDue: true, reminders: '2027-03', dueSoonUntil: '2027-04-13' },
  // Sunday 31 January: February's report day is Monday 1 February.
  '2027-01-31T22:59:00Z': { today: '2027-01-31', lastMonth: '2026-12', reportDue: true, reminders: '2027-01', dueSoonUntil: '2027-02-14' },
};

let api: Api;
let admin: Client;

beforeAll(async () => {
  process.env.MAIL_TRANSPORT = 'json';
  ({ api, admin } = await startMinimalApi());
  process.env.PUBLIC_URL ??= api.url.replace(/\/v1$/, ''); // where reminder links point
  await applySeed(api.repo, [{ type: 'network', id: 'net', data: { name: 'Stadtteilkonferenz', kind: 'network', socialSpaceIds: ['norden'] } }]);
}, 120000);
afterAll(() => api?.close());

it('has an expectation for every instant of the matrix', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(CALENDAR_MATRIX.map((c) => c.at).sort());
});

describe.each(CALENDAR_MATRIX)('at $label', ({ at }) => {
  useClockAt(at);
  const x = EXPECTED[at];

  it('the dashboard and the report schedule work on the last whole month, and the report goes out from its day on', async () => {
    expect((await admin.get('/scorecard')).body.month).toBe(x.lastMonth);
    const { scheduled } = await import('../../functions/reports/handler.ts');
    const run: any = await scheduled({ kind: 'report' });
    if (x.reportDue) expect(run.cityWide.month).toBe(x.lastMonth);
    else expect(run).toEqual({ outcome: 'skipped', reason: 'before the first working day' });
  });

  it('the reminders work on the month whose report comes next', async () => {
    const { scheduled } = await import('../../functions/reports/handler.ts');
    const run: any = await scheduled({ kind: 'reminders' });
    expect(run.month).toBe(x.reminders);
  });

  it('the metric job catches up the last whole month', async () => {
    const missed = await missedMetricMonths(api.repo, now());
    expect(missed[missed.length - 1]).toBe(x.lastMonth);
  });

  it('the follow-up list shows what is overdue or due within two weeks of the Berlin day', async () => {
    expect(dueSoonUntil(now())).toBe(x.dueSoonUntil);
    const id = `m-${at}`;
    const due = (d: string, k: number) => ({ id: `${id}-${k}`, text: `Vereinbarung ${k}`, dueDate: d, status: 'open' });
    const dayAfter = addDays(x.dueSoonUntil, 1);
    await api.repo.create(entities.meeting, { networkId: 'net', date: x.today, socialSpaceIds: ['norden'], targetGroups: [], organisationIds: [], agreements: [due('2020-01-01', 1), due(x.dueSoonUntil, 2), due(dayAfter, 3)] }, { actor: 'test', id });
    const listed = (await admin.get('/open-agreements', { filter: { dueBefore: dueSoonUntil(now()), networkId: 'net' }, range: [0, 99] })).body as any[];
    expect(listed.filter((a) => a.meetingId === id).map((a) => a.text).sort()).toEqual(['Vereinbarung 1', 'Vereinbarung 2']);
  });
});
