/**
 * The social space as the hub: the work plan's standardised steps (two confirmations, reviews in
 * order), the budget that cannot be overspent even by twenty expenses at once, the need-vs-offer
 * matrix against a hand-computed fixture, and who may do what (written out by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { setClock } from '../../shared/time/clock.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startMinimalApi, type Api, type Client, type Res } from '../support/api.ts';

let api: Api;
const as: Record<string, Client> = {};

// The file's calendar: the expenses and key figures below belong to 2026.
let restoreClock: () => void;
beforeAll(async () => {
  restoreClock = setClock('2026-11-20T09:00:00Z');
  ({ api } = await startMinimalApi());
  for (const [name, email] of Object.entries({ admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN, praevWesten: PRAEV_WESTEN }))
    as[name] = await api.as(email);
  as.partner = api.withKey((await as.admin.post('/api-keys', { organisationId: 'caritas', name: 'Caritas' })).body.key);
});
afterAll(async () => {
  await api?.close();
  restoreClock?.();
});

let year = 2040;
const plan = async (space = 'norden') => (await as.admin.post('/work-plans', { socialSpaceId: space, year: year++, priorities: ['Übergang Kita–Schule stärken'] })).body;

describe('the work plan steps', () => {
  it('is agreed only when coordination and neighbourhood management of the space have both confirmed, each recorded', async () => {
    const p = await plan();
    expect(p.status).toBe('draft');
    const first = await as.koordNorden.post(`/work-plans/${p.id}/confirm`, { version: p.version });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.status).toBe('draft');
    expect(first.body.confirmations.coordination.by).toMatch(/^user:/);
    expect((await as.koordNorden.post(`/work-plans/${p.id}/confirm`, { version: first.body.version })).status).toBe(409);
    expect((await as.qmWesten.post(`/work-plans/${p.id}/confirm`, { version: first.body.version })).status).toBe(403);
    const second = await as.qmNorden.post(`/work-plans/${p.id}/confirm`, { version: first.body.version });
    expect(second.body.status).toBe('agreed');
    expect(Object.keys(second.body.confirmations).sort()).toEqual(['coordination', 'neighbourhood-management']);
    // Agreed: no more editing, only the steps.
    const edit = await as.koordNorden.put(`/work-plans/${p.id}`, { ...second.body, summary: 'geändert' });
    expect(edit.status).toBe(409);
    const trail = (await as.admin.get('/audit-events', { filter: { entityType: 'workPlan', entityId: p.id } })).body as any[];
    expect(trail.map((e) => e.action)).toEqual(['update', 'update', 'create']);
  });

  it('refuses steps out of order with 409, and asks for a note on every measure', async () => {
    const p = await plan();
    const closeEarly = await as.koordNorden.post(`/work-plans/${p.id}/close`, { version: p.version });
    expect(closeEarly.status).toBe(409);
    expect(closeEarly.body.errors[0].detail).toMatch(/Entwurf/);
    expect((await as.koordNorden.post(`/work-plans/${p.id}/review`, { version: p.version, stage: 'mid-year', notes: [] })).status).toBe(409);
    const m = (await as.koordNorden.post('/measures', { workPlanId: p.id, title: 'Elterncafé aufbauen', plannedFrom: '2040-02', plannedTo: '2040-11' })).body;
    expect(m.socialSpaceId).toBe('norden');
    let v = (await as.koordNorden.post(`/work-plans/${p.id}/confirm`, { version: p.version })).body.version;
    v = (await as.qmNorden.post(`/work-plans/${p.id}/confirm`, { version: v })).body.version;
    expect((await as.koordNorden.post(`/work-plans/${p.id}/review`, { version: v, stage: 'year-end', notes: [{ measureId: m.id, note: 'läuft' }] })).status).toBe(409);
    const noNote = await as.koordNorden.post(`/work-plans/${p.id}/review`, { version: v, stage: 'mid-year', notes: [] });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].detail).toMatch(/Elterncafé aufbauen/);
    const mid = await as.koordNorden.post(`/work-plans/${p.id}/review`, { version: v, stage: 'mid-year', notes: [{ measureId: m.id, note: 'Start verzögert' }] });
    expect(mid.body.status).toBe('mid-year-reviewed');
    const end = await as.koordNorden.post(`/work-plans/${p.id}/review`, { version: mid.body.version, stage: 'year-end', notes: [{ measureId: m.id, note: 'umgesetzt' }] });
    expect(end.body.yearEndReview.notes).toEqual([{ measureId: m.id, note: 'umgesetzt' }]);
    const closed = await as.koordNorden.post(`/work-plans/${p.id}/close`, { version: end.body.version });
    expect(closed.body.status).toBe('closed');
    expect((await as.koordNorden.post(`/work-plans/${p.id}/close`, { version: closed.body.version })).status).toBe(409);
  });

  it('keeps one plan per space and year', async () => {
    const p = await plan();
    expect((await as.admin.post('/work-plans', { socialSpaceId: 'norden', year: p.year })).status).toBe(409);
  });
});

describe('the budget', () => {
  it('never lets twenty simultaneous expenses overspend a line; every refused one is a 409', async () => {
    const line = (await as.koordNorden.post('/budget-lines', { socialSpaceId: 'norden', year: 2026, category: 'neighbourhood-fund', label: 'Verfügungsfonds Norden', plannedCents: 100_000 })).body;
    expect(line.spentCents).toBe(0);
    // 20 × 70 € against 1,000 €: at most 14 fit.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => as.qmNorden.post('/expenses', { budgetLineId: line.id, date: '2026-11-02', amountCents: 7_000, purpose: `Material ${i}` })),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.every((r) => r.status === 409)).toBe(true);
    expect(ok.length).toBeLessThanOrEqual(14);
    expect(ok.length).toBeGreaterThan(0);
    const stored = await api.repo.get<any>(entities.budgetLine, line.id);
    const expenses = await api.repo.listAll<any>(entities.expense, { parentId: line.id });
    const total = expenses.reduce((n, e) => n + e.amountCents, 0);
    expect(total).toBe(ok.length * 7_000);
    expect(stored.spentCents).toBe(total);
    expect(total).toBeLessThanOrEqual(stored.plannedCents);
    const overspend = refused.find((r) => r.body.type?.endsWith('over-limit'));
    if (overspend) expect(overspend.body.detail).toMatch(/exceeds what is left/);
  }, 60000);

  it('only coordination raises a line, never below what is spent; deleting an expense gives the money back', async () => {
    const line = (await as.koordNorden.post('/budget-lines', { socialSpaceId: 'norden', year: 2026, category: 'events', label: 'Stadtteilfest', plannedCents: 50_000 })).body;
    const e = (await as.qmNorden.post('/expenses', { budgetLineId: line.id, date: '2026-09-01', amountCents: 40_000, purpose: 'Bühne', receiptRef: 'B-2026-0815' })).body;
    expect((await as.qmNorden.post('/expenses', { budgetLineId: line.id, date: '2026-09-02', amountCents: 20_000, purpose: 'Zelt' })).status).toBe(409);
    const fresh = await api.repo.get<any>(entities.budgetLine, line.id);
    expect((await as.qmNorden.put(`/budget-lines/${line.id}`, { ...fresh, plannedCents: 80_000 })).status).toBe(403);
    expect((await as.koordNorden.put(`/budget-lines/${line.id}`, { ...fresh, plannedCents: 30_000 })).status).toBe(409);
    const raised = await as.koordNorden.put(`/budget-lines/${line.id}`, { ...fresh, plannedCents: 80_000 });
    expect(raised.status).toBe(200);
    const trail = (await as.admin.get('/audit-events', { filter: { entityType: 'budgetLine', entityId: line.id } })).body as any[];
    expect(trail[0].changes.plannedCents).toEqual({ from: 50_000, to: 80_000 });
    expect((await as.qmNorden.post('/expenses', { budgetLineId: line.id, date: '2026-09-02', amountCents: 20_000, purpose: 'Zelt' })).status).toBe(201);
    expect((await as.koordNorden.del(`/expenses/${e.id}`)).status).toBe(200);
    expect((await api.repo.get<any>(entities.budgetLine, line.id)).spentCents).toBe(20_000);
    expect((await as.koordNorden.del(`/budget-lines/${line.id}`)).status).toBe(409);
  });
});

describe('the need-vs-offer matrix', () => {
  /*
   * Fixture in Westen: offers  A: Bildung, ages 6–12   B: Bildung, no ages (all)   C: Gesundheit, 65+ (seniors)
   *                    needs   N1: Bildung 0–2 (prio 1)  N2: Gesundheit 6–9 (prio 2)  N3: Kultur 14–17 (prio 3)  N4: closed
   *   Bildung 0–3:  offers B      needs N1  → covered
   *   Bildung 6–10: offers A, B   needs –
   *   Gesundheit 6–10: offers –   needs N2  → gap
   *   Kultur 14–18: offers –      needs N3  → gap
   *   Gesundheit 65+: offers C    needs –
   * Gaps first, by priority: Gesundheit 6–10 (2), Kultur 14–18 (3). The KeKiz view (0–27, parents/children/youth)
   * drops C (seniors) and the 27+ bands.
   * Residents' ideas in Westen: I1 Kultur (youth, released) and I2 Kultur (pending) are open; I3 Kultur was
   * rejected, I4 Bildung is done: the Kultur column shows 2 open ideas, Bildung none; KeKiz keeps only I1.
   */
  beforeAll(async () => {
    const o = (id: string, data: object) => ({ type: 'offer', id, data: { title: id, organisationId: 'caritas', socialSpaceIds: ['westen'], targetGroups: ['children'], status: 'published', ...data } });
    const n = (id: string, data: object) => ({ type: 'need', id, data: { title: id, socialSpaceId: 'westen', targetGroups: ['children'], evidence: ['survey'], ...data } });
    const i = (id: string, data: object) => ({ type: 'idea', id, data: { text: `Anliegen ${id} im Westen`, socialSpaceId: 'westen', targetGroups: [], moderation: 'pending', status: 'received', meToo: 0, hasContact: false, ...data } });
    await applySeed(api.repo, [
      o('mx-a', { themes: ['Bildung'], minAge: 6, maxAge: 12 }),
      o('mx-b', { themes: ['Bildung'] }),
      o('mx-c', { themes: ['Gesundheit'], minAge: 65, targetGroups: ['seniors'] }),
      n('mx-n1', { theme: 'Bildung', minAge: 0, maxAge: 2, priority: 1 }),
      n('mx-n2', { theme: 'Gesundheit', minAge: 6, maxAge: 9, priority: 2 }),
      n('mx-n3', { theme: 'Kultur', minAge: 14, maxAge: 17, priority: 3, targetGroups: ['youth'] }),
      n('mx-n4', { theme: 'Arbeit', minAge: 30, maxAge: 40, status: 'closed' }),
      i('mx-i1', { theme: 'Kultur', targetGroups: ['youth'], moderation: 'released', status: 'in-review' }),
      i('mx-i2', { theme: 'Kultur', targetGroups: ['seniors'] }),
      i('mx-i3', { theme: 'Kultur', moderation: 'rejected', rejectionReason: 'Werbung' }),
      i('mx-i4', { theme: 'Bildung', moderation: 'released', status: 'done', answer: 'Erledigt' }),
    ]);
  });

  it('puts offers next to open needs per age band and theme, gaps first', async () => {
    const m = (await as.leitung.get('/social-spaces/westen/matrix')).body;
    const cell = (band: string, theme: string) => m.cells.find((c: any) => c.ageBand === band && c.theme === theme);
    expect(m.ageBands).toEqual(['0–3', '3–6', '6–10', '10–14', '14–18', '18–27', '27–65', '65+']);
    expect(cell('0–3', 'Bildung')).toMatchObject({ offers: [{ id: 'mx-b', title: 'mx-b' }], needs: [{ id: 'mx-n1', title: 'mx-n1', priority: 1 }], gap: false });
    expect(cell('6–10', 'Bildung').offers.map((x: any) => x.id).sort()).toEqual(['mx-a', 'mx-b']);
    expect(cell('6–10', 'Gesundheit')).toMatchObject({ offers: [], gap: true });
    expect(cell('65+', 'Gesundheit').offers.map((x: any) => x.id)).toEqual(['mx-c']);
    expect(cell('27–65', 'Arbeit').needs).toEqual([]);
    expect(m.gaps.map((g: any) => `${g.theme} ${g.ageBand}`)).toEqual(['Gesundheit 6–10', 'Kultur 14–18']);
    const kekiz = (await as.leitung.get('/social-spaces/westen/matrix', { view: 'kekiz' })).body;
    expect(kekiz.ageBands).toEqual(['0–3', '3–6', '6–10', '10–14', '14–18', '18–27']);
    expect(kekiz.cells.flatMap((c: any) => c.offers.map((x: any) => x.id))).not.toContain('mx-c');
    const ideasIn = (matrix: any, theme: string) => matrix.ideas.find((t: any) => t.theme === theme).ideas.map((x: any) => x.id).filter((id: string) => id.startsWith('mx-')).sort();
    expect(ideasIn(m, 'Kultur')).toEqual(['mx-i1', 'mx-i2']);
    expect(ideasIn(m, 'Bildung')).toEqual([]);
    expect(ideasIn(kekiz, 'Kultur')).toEqual(['mx-i1']);
  });
});

type Case = [who: string, what: string, run: (c: Client) => Promise<Res>, allowed: boolean];
const need = (space: string, groups = ['everyone']) => ({ socialSpaceId: space, title: 'Treffpunkt fehlt', theme: 'Teilhabe', targetGroups: groups, evidence: ['resident-participation'] });
const line = (space: string) => ({ socialSpaceId: space, year: 2026, category: 'materials', label: 'Material', plannedCents: 1000 });
const figure = (space: string) => ({ socialSpaceId: space, year: year++, key: 'population', label: 'Einwohnerinnen und Einwohner', value: 21000, unit: 'Personen', source: 'Stadt Hamm, Statistik' });
let nordenLine: any;
let nordenPlan: any;
let westenPlan: any;
beforeAll(async () => {
  nordenLine = (await as.admin.post('/budget-lines', line('norden'))).body;
  nordenPlan = await plan('norden');
  westenPlan = await plan('westen');
});
const expense = () => ({ budgetLineId: nordenLine.id, date: '2026-10-01', amountCents: 1, purpose: 'Stifte' });
const measureOf = (groups: string[] = [], planId?: string) => ({ workPlanId: planId ?? nordenPlan.id, title: 'Maßnahme', plannedFrom: '2040-01', plannedTo: '2040-12', targetGroups: groups });

const cases: Case[] = [
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'record a need in Norden', (c) => c.post('/needs', need('norden')), true]),
  ...(['leitung', 'qmWesten', 'praevWesten', 'partner'] as const).map((w): Case => [w, 'record a need in Norden', (c) => c.post('/needs', need('norden')), false]),
  ['praevWesten', 'record a need of children in Westen', (c) => c.post('/needs', need('westen', ['children'])), true],
  ['praevWesten', 'record a need of seniors in Westen', (c) => c.post('/needs', need('westen', ['seniors'])), false],
  ...(['admin', 'koordNorden'] as const).map((w): Case => [w, 'draft a work plan in Norden', (c) => c.post('/work-plans', { socialSpaceId: 'norden', year: year++ }), true]),
  ...(['leitung', 'qmNorden', 'praevWesten', 'partner'] as const).map((w): Case => [w, 'draft a work plan in Norden', (c) => c.post('/work-plans', { socialSpaceId: 'norden', year: year++ }), false]),
  ...(['admin', 'koordNorden'] as const).map((w): Case => [w, 'add a measure to the Norden plan', (c) => c.post('/measures', measureOf()), true]),
  ...(['leitung', 'qmNorden', 'qmWesten', 'praevWesten', 'partner'] as const).map((w): Case => [w, 'add a measure to the Norden plan', (c) => c.post('/measures', measureOf()), false]),
  ['praevWesten', 'add a measure for children to the Westen plan', (c) => c.post('/measures', measureOf(['children', 'parents'], westenPlan.id)), true],
  ['praevWesten', 'add a measure for seniors to the Westen plan', (c) => c.post('/measures', measureOf(['seniors'], westenPlan.id)), false],
  ['qmWesten', 'confirm the Westen plan', async (c) => c.post(`/work-plans/${westenPlan.id}/confirm`, { version: (await api.repo.get<any>(entities.workPlan, westenPlan.id)).version }), true],
  ['praevWesten', 'confirm the Westen plan', async (c) => c.post(`/work-plans/${westenPlan.id}/confirm`, { version: 1 }), false],
  ['leitung', 'confirm the Westen plan', async (c) => c.post(`/work-plans/${westenPlan.id}/confirm`, { version: 1 }), false],
  ...(['admin', 'koordNorden'] as const).map((w): Case => [w, 'add a budget line in Norden', (c) => c.post('/budget-lines', line('norden')), true]),
  ...(['leitung', 'qmNorden', 'praevWesten', 'partner'] as const).map((w): Case => [w, 'add a budget line in Norden', (c) => c.post('/budget-lines', line('norden')), false]),
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'record an expense in Norden', (c) => c.post('/expenses', expense()), true]),
  ...(['leitung', 'qmWesten', 'praevWesten', 'partner'] as const).map((w): Case => [w, 'record an expense in Norden', (c) => c.post('/expenses', expense()), false]),
  ...(['admin', 'koordNorden'] as const).map((w): Case => [w, 'record a key figure of Norden', (c) => c.post('/area-figures', figure('norden')), true]),
  ...(['leitung', 'qmNorden', 'partner'] as const).map((w): Case => [w, 'record a key figure of Norden', (c) => c.post('/area-figures', figure('norden')), false]),
  ...(['admin', 'leitung', 'koordNorden', 'qmWesten', 'praevWesten'] as const).map((w): Case => [w, 'read budget lines', (c) => c.get('/budget-lines'), true]),
  ['partner', 'read budget lines', (c) => c.get('/budget-lines'), false],
  ['partner', 'read needs', (c) => c.get('/needs'), false],
  ['leitung', 'read the matrix', (c) => c.get('/social-spaces/norden/matrix'), true],
  ['leitung', 'read the staff of a space', (c) => c.get('/social-spaces/norden/staff'), true],
];

describe('who may do what with needs, plans, budgets and key figures', () => {
  it.each(cases)('%s: %s → allowed %s', async (who, _what, run, allowed) => {
    const res = await run(as[who]);
    if (allowed) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    else expect([401, 403], JSON.stringify(res.body)).toContain(res.status);
  });

  it('lists the staff of a social space by name and role', async () => {
    const staff = (await as.qmWesten.get('/social-spaces/norden/staff')).body as any[];
    expect(staff.map((s) => `${s.name}: ${s.role}`)).toEqual(['Kai Koordination: Stadtteilkoordination', 'Nora Norden: Stadtteilarbeit / Quartiersmanagement']);
  });
});

describe('indicators normalised by key figures', () => {
  it('gives offers per 1,000 children from the population and its share under 18', async () => {
    const { computeIndicator } = await import('../../shared/metrics/job.ts');
    const thisYear = 2026; // the file's clock
    // Westen: 10,000 inhabitants, 25 % under 18 → 2,500 children; 3 published offers (the matrix fixture) → 1.2 per 1,000.
    await as.admin.post('/area-figures', { socialSpaceId: 'westen', year: thisYear - 1, key: 'population', label: 'Einwohner', value: 10000, unit: 'Personen', source: 'Test' });
    await as.admin.post('/area-figures', { socialSpaceId: 'westen', year: thisYear - 1, key: 'share-under-18', label: 'unter 18', value: 25, unit: '%', source: 'Test' });
    const created = await as.admin.post('/indicators', {
      goalId: 'goal-3', name: 'Angebote je 1.000 Kinder', unit: 'je 1.000', direction: 'higher-is-better', frequency: 'yearly', source: 'computed', metric: 'offers-published', metricOptions: { per1000: 'children' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const results = await computeIndicator(api.repo, await api.repo.get<any>(entities.indicator, created.body.id), String(thisYear));
    expect(results.find((r) => r.socialSpaceId === 'westen')!.value).toBe(1.2);
    // No key figures for Norden: no value rather than a wrong one.
    expect(results.find((r) => r.socialSpaceId === 'norden')!.value).toBeNull();
  });
});
