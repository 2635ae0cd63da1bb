/**
 * Computed indicators against a small fixture whose figures are worked out by hand below:
 * each metric of the catalogue, idempotent recomputation, a crashed run repeated, and the 409
 * for hand edits of computed values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { Repository } from '../../shared/db/repository.ts';
import { computeClosingMonth, computeIndicator, METRICS_ACTOR } from '../../shared/metrics/job.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;

/*
 * The fixture, for October 2026 (window of 12 months: 2025-11 … 2026-10):
 *   network A serves Norden; network B serves Norden and Westen.
 *   meetings: A 2026-09-10 [o1 o2 o3] · B 2026-09-20 [o3 o4] · A 2026-10-05 [o1 o2] · A 2025-09-01 [o5 o1] (outside the window)
 *   Norden, October:  meetings-held 1; active partners {o1 o2 o3 o4} = 4;
 *                     pairs met: o1–o2 o1–o3 o2–o3 o3–o4 = 4 of 6 → density 66.7 %.
 *   Westen, October:  meetings-held 0; active partners {o3 o4} = 2; 1 pair of 1 → 100 %.
 *   activities in Norden, October: information 10/1 · involvement 20/3 · activation 30/5; September 99/9 (other month)
 *                     participants 60, volunteers 9, activation-stage participants 30; activation share 2 of 3 → 66.7 %.
 *   offers serving Norden (six months up to October = reviewed since 2026-05-01):
 *     published, reviewed 2026-09-15 → current · published, reviewed 2026-03-01 → not current
 *     published, Kultur, reviewed 2026-10-20 → current · draft → not counted · published but created in November → not counted
 *                     offers-published 3, with theme Kultur 1; offers-current 2 of 3 → 66.7 %.
 *   residents' ideas (month received; days to the first answer):
 *     Norden: 10-01 Hamm-Norden, answered after 9 days, done · 10-05 Nordenfeldmark-West, after 20 days
 *             · 10-20 no quarter, unanswered · 09-15 Nordenfeldmark-Ost (September: only the rolling year)
 *     Westen: 10-03 no quarter, answered the next day
 *     Norden, October:  ideas-received 3; answered within 14 days 1 of 3 → 33.3 %; taken up 1; quarters heard (12 months) 3.
 *     Westen, October:  1; 100 %; 0; 0.
 *   survey answers (month received): Norden survey: 10-03, 10-20, 09-28 → Norden October 2, Westen 0.
 *   sign-ups for a Westen activity on 10-15 (information stage, so Westen's activation share is 0 of 1 → 0 %):
 *     confirmed with 1 guest, came · confirmed alone, did not come · waiting · cancelled
 *     → Westen: sign-ups 3 people, attendance 2; Norden 0 and 0.
 */
const ORGS = ['o1', 'o2', 'o3', 'o4', 'o5'];
const INDICATORS: [id: string, metric: string, options?: object][] = [
  ['m-meetings', 'meetings-held'],
  ['m-partners', 'active-partners'],
  ['m-density', 'network-density'],
  ['m-participants', 'participants'],
  ['m-participants-activation', 'participants', { stage: 'activation' }],
  ['m-volunteers', 'volunteers'],
  ['m-activation', 'activation-share'],
  ['m-offers-current', 'offers-current'],
  ['m-offers-published', 'offers-published'],
  ['m-offers-kultur', 'offers-published', { theme: 'Kultur' }],
  ['m-ideas', 'ideas-received'],
  ['m-ideas-answered', 'ideas-answered-14d'],
  ['m-ideas-taken-up', 'ideas-taken-up'],
  ['m-quarters-heard', 'quarters-heard'],
  ['m-survey-responses', 'survey-responses'],
  ['m-sign-ups', 'sign-ups'],
  ['m-attendance', 'attendance'],
];

const idea = (id: string, socialSpaceId: string, at: string, over: object) => ({
  type: 'idea',
  id,
  at,
  data: { socialSpaceId, text: `Anliegen ${id} aus dem Fixture`, theme: 'Teilhabe', targetGroups: [], moderation: 'released', status: 'in-review', meToo: 0, hasContact: false, ...over },
});

const offer = (id: string, over: object) => ({
  type: 'offer',
  id,
  at: '2026-01-10T10:00:00.000Z',
  data: { title: id, organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['everyone'], status: 'published', ...over },
});

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
  const meeting = (id: string, networkId: string, spaces: string[], date: string, organisationIds: string[]) => ({
    type: 'meeting',
    id,
    data: { networkId, date, organisationIds, socialSpaceIds: spaces, targetGroups: [] },
  });
  const act = (id: string, date: string, stage: string, participants: number, volunteers: number) => ({
    type: 'activity',
    id,
    data: { title: id, kind: 'workshop', stage, date, socialSpaceId: 'norden', participants, volunteers },
  });
  await applySeed(api.repo, [
    ...ORGS.map((id) => ({ type: 'organisation', id, data: { name: id, kind: 'association' } })),
    { type: 'network', id: 'net-a', data: { name: 'A', kind: 'network', socialSpaceIds: ['norden'] } },
    { type: 'network', id: 'net-b', data: { name: 'B', kind: 'round-table', socialSpaceIds: ['norden', 'westen'] } },
    meeting('a-sep', 'net-a', ['norden'], '2026-09-10', ['o1', 'o2', 'o3']),
    meeting('b-sep', 'net-b', ['norden', 'westen'], '2026-09-20', ['o3', 'o4']),
    meeting('a-oct', 'net-a', ['norden'], '2026-10-05', ['o1', 'o2']),
    meeting('a-old', 'net-a', ['norden'], '2025-09-01', ['o5', 'o1']),
    act('act-info', '2026-10-02', 'information', 10, 1),
    act('act-inv', '2026-10-12', 'involvement', 20, 3),
    act('act-act', '2026-10-30', 'activation', 30, 5),
    act('act-sep', '2026-09-30', 'activation', 99, 9),
    offer('off-current', { reviewedAt: '2026-09-15T08:00:00.000Z' }),
    offer('off-old-review', { reviewedAt: '2026-03-01T08:00:00.000Z' }),
    offer('off-kultur', { themes: ['Kultur'], reviewedAt: '2026-10-20T08:00:00.000Z' }),
    offer('off-draft', { status: 'draft', reviewedAt: '2026-10-20T08:00:00.000Z' }),
    { ...offer('off-later', { reviewedAt: '2026-11-02T08:00:00.000Z' }), at: '2026-11-02T08:00:00.000Z' },
    idea('i-done', 'norden', '2026-10-01T08:00:00.000Z', { quarterId: 'hamm-norden', status: 'done', answeredAt: '2026-10-10T08:00:00.000Z', closedAt: '2026-10-30T08:00:00.000Z' }),
    idea('i-late', 'norden', '2026-10-05T08:00:00.000Z', { quarterId: 'nordenfeldmark-west', answeredAt: '2026-10-25T08:00:00.000Z' }),
    idea('i-open', 'norden', '2026-10-20T08:00:00.000Z', { status: 'received', moderation: 'pending' }),
    idea('i-sep', 'norden', '2026-09-15T08:00:00.000Z', { quarterId: 'nordenfeldmark-ost', answeredAt: '2026-09-16T08:00:00.000Z' }),
    idea('i-westen', 'westen', '2026-10-03T08:00:00.000Z', { answeredAt: '2026-10-04T08:00:00.000Z' }),
    { type: 'survey', id: 'sv-norden', data: { socialSpaceId: 'norden', title: 'Umfrage', questions: [{ id: 'q', kind: 'scale', prompt: 'Wie?' }], opensOn: '2026-09-01', closesOn: '2026-10-31', status: 'published', responses: 3 } },
    ...[['r1', '2026-10-03'], ['r2', '2026-10-20'], ['r3', '2026-09-28']].map(([id, day]) => ({ type: 'surveyResponse', id, at: `${day}T10:00:00.000Z`, data: { surveyId: 'sv-norden', socialSpaceId: 'norden', answers: { q: 3 } } })),
    { type: 'activity', id: 'act-signup-westen', data: { title: 'Spaziergang', kind: 'participation-format', stage: 'information', date: '2026-10-15', startTime: '10:00', socialSpaceId: 'westen', signUp: true, capacity: 20 } },
    ...([['su1', 'confirmed', 1, true], ['su2', 'confirmed', 0, false], ['su3', 'waitlisted', 0, false], ['su4', 'cancelled', 0, false]] as const).map(([id, status, guests, attended]) => ({
      type: 'signUp', id, data: { activityId: 'act-signup-westen', socialSpaceId: 'westen', status, guests, attended },
    })),
  ]);
  for (const [id, metric, metricOptions] of INDICATORS) {
    const res = await admin.post('/indicators', {
      goalId: 'goal-2', name: id, unit: 'Anzahl', direction: 'higher-is-better', frequency: 'monthly', source: 'computed', metric, ...(metricOptions ? { metricOptions } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // The API gives ids; the tests address the indicators by the fixture's names.
    (INDICATORS.find((i) => i[0] === id) as any).apiId = res.body.id;
  }
});
afterAll(() => api?.close());

const idOf = (name: string) => (INDICATORS.find((i) => i[0] === name) as any).apiId as string;
const compute = (name: string, period = '2026-10') => admin.post(`/indicators/${idOf(name)}/compute`, { period });
const valueIn = (res: any, space: string) => res.body.results.find((r: any) => r.socialSpaceId === space).value;

describe('the metric catalogue, against the hand-computed fixture', () => {
  it.each([
    ['m-meetings', 1, 0],
    ['m-partners', 4, 2],
    ['m-density', 66.7, 100],
    ['m-participants', 60, 0],
    ['m-participants-activation', 30, 0],
    ['m-volunteers', 9, 0],
    ['m-activation', 66.7, 0],
    ['m-offers-current', 66.7, null],
    ['m-offers-published', 3, 0],
    ['m-offers-kultur', 1, 0],
    ['m-ideas', 3, 1],
    ['m-ideas-answered', 33.3, 100],
    ['m-ideas-taken-up', 1, 0],
    ['m-quarters-heard', 3, 0],
    ['m-survey-responses', 2, 0],
    ['m-sign-ups', 0, 3],
    ['m-attendance', 0, 2],
  ])('%s: Norden %s, Westen %s', async (name, norden, westen) => {
    const res = await compute(name as string);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(valueIn(res, 'norden')).toBe(norden);
    expect(valueIn(res, 'westen')).toBe(westen);
    // Stored as computed measurements by the metric job's actor.
    const stored = await api.repo.findByUnique<any>(entities.measurement, { indicatorId: idOf(name as string), socialSpaceId: 'norden', period: '2026-10' });
    expect(stored).toMatchObject({ value: norden, source: 'computed', createdBy: METRICS_ACTOR });
  });

  it('the network graph of a social space has the same density as the indicator', async () => {
    const graph = await admin.get('/social-spaces/norden/network-graph', { until: '2026-10' });
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.map((n: any) => n.id)).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(graph.body.edges).toHaveLength(4);
    expect(graph.body.density).toBe(66.7);
  });
});

describe('recomputation', () => {
  it('writes nothing when nothing changed, and an audited update when a value did', async () => {
    await compute('m-meetings');
    const auditCount = async () => (await admin.get('/audit-events', { filter: { actor: METRICS_ACTOR }, range: [0, 999] })).body.length;
    const before = await auditCount();
    const again = await compute('m-meetings');
    expect(again.body.results.map((r: any) => r.outcome)).toEqual(again.body.results.map(() => 'unchanged'));
    expect(await auditCount()).toBe(before);

    // One more October meeting in Norden (through the API, as a clerk records it).
    expect((await admin.post('/meetings', { networkId: 'net-a', date: '2026-10-21', organisationIds: ['o1'] })).status).toBe(201);
    const changed = await compute('m-meetings');
    expect(changed.body.results.find((r: any) => r.socialSpaceId === 'norden')).toEqual({ socialSpaceId: 'norden', value: 2, outcome: 'updated' });
    expect(await auditCount()).toBe(before + 1);
    const stored = await api.repo.findByUnique<any>(entities.measurement, { indicatorId: idOf('m-meetings'), socialSpaceId: 'norden', period: '2026-10' });
    const trail = (await admin.get('/audit-events', { filter: { entityType: 'measurement', entityId: stored.id } })).body as any[];
    expect(trail[0]).toMatchObject({ action: 'update', actor: METRICS_ACTOR, changes: { value: { from: 1, to: 2 } } });
  });

  it('a run that crashed mid-way, then ran again, leaves exactly one measurement per social space', async () => {
    const indicator = await api.repo.get<any>(entities.indicator, idOf('m-volunteers'));
    // A repository that dies after its third write, like a Lambda timing out.
    let writes = 0;
    const crashing = new Repository(api.repo.doc, api.table);
    const create = crashing.create.bind(crashing);
    crashing.create = (async (...args: Parameters<typeof create>) => {
      if (++writes > 3) throw new Error('crash');
      return create(...args);
    }) as typeof create;
    await expect(computeIndicator(crashing, indicator, '2026-08')).rejects.toThrow('crash');
    // Spaces are computed in parallel: let the writes already under way land, as they would in DynamoDB.
    await new Promise((r) => setTimeout(r, 500));
    const partial = (await api.repo.listByPeriod<any>(entities.measurement, '2026-08')).filter((m) => m.indicatorId === indicator.id);
    expect(partial.length).toBe(3);

    const rerun = await computeIndicator(api.repo, indicator, '2026-08');
    expect(rerun.filter((r) => r.outcome === 'unchanged')).toHaveLength(3);
    const all = (await api.repo.listByPeriod<any>(entities.measurement, '2026-08')).filter((m) => m.indicatorId === indicator.id);
    const spaces = (await api.repo.listAll(entities.socialSpace)).length;
    expect(all).toHaveLength(spaces);
    expect(new Set(all.map((m) => m.socialSpaceId)).size).toBe(spaces);
  });

  it('two runs at once still leave one measurement per social space', async () => {
    const indicator = await api.repo.get<any>(entities.indicator, idOf('m-participants'));
    await Promise.all([computeIndicator(api.repo, indicator, '2026-07'), computeIndicator(api.repo, indicator, '2026-07')]);
    const all = (await api.repo.listByPeriod<any>(entities.measurement, '2026-07')).filter((m) => m.indicatorId === indicator.id);
    expect(all).toHaveLength((await api.repo.listAll(entities.socialSpace)).length);
  });

  it('the monthly schedule computes the closing month before it sends the report', async () => {
    process.env.MAIL_TRANSPORT = 'json';
    const { scheduled } = await import('../../functions/reports/handler.ts');
    const result = await scheduled({ month: '2026-05' });
    expect((result as { outcome: string }).outcome).toBe('sent');
    const may = (await api.repo.listByPeriod<any>(entities.measurement, '2026-05')).filter((m) => m.source === 'computed');
    // Every computed indicator has May values, except the shares: no activities and no ideas in May, so no share.
    expect(new Set(may.map((m) => m.indicatorId))).toEqual(new Set(INDICATORS.map(([name]) => name).filter((n) => n !== 'm-activation' && n !== 'm-ideas-answered').map(idOf)));
  });

  it('the monthly run computes every computed indicator for the closing month', async () => {
    const out = await computeClosingMonth(api.repo, '2026-06');
    expect(Object.keys(out).sort()).toEqual(INDICATORS.map(([name]) => idOf(name)).sort());
    const june = await api.repo.listByPeriod<any>(entities.measurement, '2026-06');
    expect(june.filter((m) => m.source === 'computed').length).toBeGreaterThan(0);
  });
});

describe('hand edits of computed values', () => {
  it('are refused with a 409 that says the value is computed', async () => {
    const post = await admin.post('/measurements', { indicatorId: idOf('m-partners'), socialSpaceId: 'norden', period: '2026-09', value: 12 });
    expect(post.status).toBe(409);
    expect(post.body.type).toMatch(/computed$/);
    expect(post.body.errors[0].detail).toMatch(/berechnet/);

    const stored = await api.repo.findByUnique<any>(entities.measurement, { indicatorId: idOf('m-partners'), socialSpaceId: 'norden', period: '2026-10' });
    const put = await admin.put(`/measurements/${stored.id}`, { ...stored, value: 99 });
    expect(put.status).toBe(409);
    expect(put.body.type).toMatch(/computed$/);
    expect((await admin.del(`/measurements/${stored.id}`)).status).toBe(409);
    expect((await api.repo.get<any>(entities.measurement, stored.id)).value).toBe(4);
  });

  it('computing an indicator entered by hand is refused, and a period of the wrong form is a 400', async () => {
    const manual = await admin.post('/indicators', { goalId: 'goal-2', name: 'von Hand', unit: 'x', direction: 'higher-is-better', frequency: 'monthly' });
    expect(manual.body.source).toBe('manual');
    expect((await admin.post(`/indicators/${manual.body.id}/compute`, { period: '2026-10' })).status).toBe(409);
    const wrong = await compute('m-meetings', '2026-Q3');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].pointer).toBe('/body/period');
  });

  it('a computed indicator needs a metric, and only computed ones take one', async () => {
    const base = { goalId: 'goal-2', name: 'x', unit: 'x', direction: 'higher-is-better', frequency: 'monthly' };
    const noMetric = await admin.post('/indicators', { ...base, source: 'computed' });
    expect(noMetric.status).toBe(400);
    expect(noMetric.body.errors.map((e: any) => e.pointer)).toContain('/body/metric');
    const stray = await admin.post('/indicators', { ...base, metric: 'meetings-held' });
    expect(stray.status).toBe(400);
  });
});
