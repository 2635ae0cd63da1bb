/**
 * Surveys (issue 28) through the real route table and DynamoDB Local: staff write them in their own
 * social spaces, residents answer while they are open (with the same proof of work as ideas), the
 * questions freeze once answered, and results are public only after closing, with every count under
 * 5 hidden and no free text; staff see everything. The seeded playground survey is worked out by hand.
 */
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowMs, setClock } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client } from '../support/api.ts';
import { SEED_TODAY } from '../support/constants.ts';

let api: Api;
let qm: Client;
let clients = 0;
const asClient = () => ({ 'X-Forwarded-For': `198.18.0.${++clients}, 198.51.100.7` });

beforeAll(async () => {
  api = await startApi();
  qm = await api.as(QM_NORDEN);
});
afterAll(() => api.close());

const day = (offset: number) => berlinToday(new Date(SEED_TODAY.getTime() + offset * 86_400_000));

const QUESTIONS = [
  { id: 'wie-oft', kind: 'single', prompt: 'Wie oft?', options: ['oft', 'selten'], required: true },
  { id: 'was', kind: 'multiple', prompt: 'Was fehlt?', options: ['Bänke', 'Licht', 'Bäume'] },
  { id: 'skala', kind: 'scale', prompt: 'Wie wohl fühlen Sie sich?' },
  { id: 'wunsch', kind: 'text', prompt: 'Was wünschen Sie sich?' },
];
const surveyBody = (over: Record<string, unknown> = {}) => ({ socialSpaceId: 'norden', title: 'Umfrage im Test', questions: QUESTIONS, opensOn: day(-1), closesOn: day(10), publishResults: true, status: 'published', ...over });

async function solved() {
  const { body: challenge } = await api.anonymous.get('/public/challenge');
  const solution = await solveChallenge({ challenge, deriveKey });
  setClock(nowMs() + 3500);
  return { challenge, solution: solution! };
}
const answer = async (id: string, answers: Record<string, unknown>) => api.anonymous.post(`/public/surveys/${id}/responses`, { answers, altcha: await solved() }, asClient());

describe('writing a survey', () => {
  it('checks the questions field by field', async () => {
    const res = await qm.post('/surveys', surveyBody({ closesOn: day(-5), questions: [{ id: 'a', kind: 'single', prompt: 'Eine?', options: ['nur eine'] }, { id: 'a', kind: 'scale', prompt: 'Skala', options: ['x', 'y'] }] }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.pointer).sort()).toEqual(['/body/closesOn', '/body/questions/0/options', '/body/questions/1/id', '/body/questions/1/options']);
  });

  it('is for neighbourhood management and coordination in their own spaces', async () => {
    expect((await qm.post('/surveys', surveyBody({ status: 'draft' }))).status).toBe(201);
    for (const other of [QM_WESTEN, PRAEV_WESTEN, LEITUNG]) expect((await (await api.as(other)).post('/surveys', surveyBody())).status, other).toBe(403);
    expect((await (await api.as(LEITUNG)).get('/surveys', { filter: { socialSpaceId: 'norden' } })).status).toBe(200);
  });
});

describe('answering a survey', () => {
  it('shows only published surveys, and takes answers that fit while open', async () => {
    const draft = (await qm.post('/surveys', surveyBody({ status: 'draft' }))).body;
    expect((await api.anonymous.get(`/public/surveys/${draft.id}`)).status).toBe(404);
    expect((await answer(draft.id, { 'wie-oft': 'oft' })).status).toBe(404);

    const s = (await qm.post('/surveys', surveyBody())).body;
    const listed = (await api.anonymous.get('/public/surveys', { socialSpaceId: 'norden' })).body.map((x: any) => x.id);
    expect(listed).toContain(s.id);
    expect(listed).not.toContain(draft.id);
    expect((await api.anonymous.get(`/public/surveys/${s.id}`)).body).toMatchObject({ open: true, resultsPublic: false, questions: expect.any(Array) });

    const wrong = await answer(s.id, { was: ['Bänke', 'Rutsche'], skala: 7, wunsch: 'x'.repeat(501), fremd: 'a' });
    expect(wrong.status).toBe(400);
    expect(Object.fromEntries(wrong.body.errors.map((e: any) => [e.pointer, e.detail]))).toMatchObject({
      '/body/answers/wie-oft': 'Bitte beantworten Sie diese Frage.',
      '/body/answers/was': expect.stringMatching(/angebotenen Antworten/),
      '/body/answers/skala': expect.stringMatching(/1 bis 5/),
      '/body/answers/fremd': expect.stringMatching(/gibt es in der Umfrage nicht/),
    });

    expect((await answer(s.id, { 'wie-oft': 'oft', was: ['Bänke', 'Licht'], skala: 4, wunsch: 'Mehr Bänke am Kanal' })).status).toBe(201);
    expect((await qm.get(`/surveys/${s.id}`)).body.responses).toBe(1);
  });

  it('refuses answers outside the open days, and a reused challenge', async () => {
    const later = (await qm.post('/surveys', surveyBody({ opensOn: day(3) }))).body;
    const closed = await answer(later.id, { 'wie-oft': 'oft' });
    expect(closed.status).toBe(409);
    expect(closed.body.errors[0].detail).toMatch(/^Diese Umfrage ist vom \d{1,2}\.\d{1,2}\.\d{4} bis zum/);

    const s = (await qm.post('/surveys', surveyBody())).body;
    const altcha = await solved();
    expect((await api.anonymous.post(`/public/surveys/${s.id}/responses`, { answers: { 'wie-oft': 'oft' }, altcha }, asClient())).status).toBe(201);
    const again = await api.anonymous.post(`/public/surveys/${s.id}/responses`, { answers: { 'wie-oft': 'oft' }, altcha }, asClient());
    expect(again.status).toBe(400);
    expect(again.body.errors[0].pointer).toBe('/body/altcha');
  });

  it('freezes the questions once answered, but not the rest', async () => {
    const s = (await qm.post('/surveys', surveyBody())).body;
    expect((await answer(s.id, { 'wie-oft': 'selten' })).status).toBe(201);
    const stored = (await qm.get(`/surveys/${s.id}`)).body;
    const changed = await qm.put(`/surveys/${s.id}`, { ...stored, questions: QUESTIONS.slice(0, 2) });
    expect(changed.status).toBe(409);
    expect(changed.body.errors[0]).toMatchObject({ pointer: '/body/questions' });
    expect((await qm.put(`/surveys/${s.id}`, { ...stored, title: 'Umfrage im Test, umbenannt' })).status).toBe(200);
  });
});

describe('results', () => {
  it('are public after closing only, with counts under 5 hidden and no free text; staff see all', async () => {
    const s = (await qm.post('/surveys', surveyBody())).body;
    for (let i = 0; i < 6; i++) expect((await answer(s.id, { 'wie-oft': i < 5 ? 'oft' : 'selten', was: ['Bänke'], skala: 3, wunsch: `Wunsch ${i}` })).status).toBe(201);
    expect((await api.anonymous.get(`/public/surveys/${s.id}/results`)).status).toBe(404);

    const staff = (await qm.get(`/surveys/${s.id}/results`)).body;
    expect(staff.questions.find((q: any) => q.id === 'wie-oft').counts).toEqual([{ option: 'oft', count: 5 }, { option: 'selten', count: 1 }]);
    expect(staff.questions.find((q: any) => q.id === 'wunsch').texts).toHaveLength(6);
    expect((await (await api.as(LEITUNG)).get(`/surveys/${s.id}/results`)).status).toBe(200);

    const stored = (await qm.get(`/surveys/${s.id}`)).body;
    await qm.put(`/surveys/${s.id}`, { ...stored, opensOn: day(-3), closesOn: day(-1) });
    const pub = (await api.anonymous.get(`/public/surveys/${s.id}/results`)).body;
    expect(pub).toMatchObject({ responses: 6, suppressed: true });
    // oft 5, selten 1: the hidden count would be the total minus the other, so that one is withheld too.
    expect(pub.questions.find((q: any) => q.id === 'wie-oft').counts).toEqual([{ option: 'oft', count: 'withheld' }, { option: 'selten', count: null }]);
    expect(pub.questions.find((q: any) => q.id === 'was').counts).toEqual([{ option: 'Bänke', count: 6 }, { option: 'Licht', count: null }, { option: 'Bäume', count: null }]);
    expect(JSON.stringify(pub)).not.toContain('Wunsch');
    expect((await api.anonymous.get('/public/surveys', { socialSpaceId: 'norden' })).body.find((x: any) => x.id === s.id)).toMatchObject({ open: false, resultsPublic: true });
  });

  it('of the seeded playground survey: 12, 8 and 3 votes show as 12, withheld and "fewer than 5"', async () => {
    const pub = (await api.anonymous.get('/public/surveys/umfrage-spielplatz-sorauer/results')).body;
    expect(pub.responses).toBe(23);
    const [geraet, zufrieden] = pub.questions;
    expect(geraet.counts).toEqual([{ option: 'Kletterturm', count: 12 }, { option: 'Wasserspiel', count: 'withheld' }, { option: 'Nestschaukel', count: null }]);
    // Scale: 1 ×3, 2 ×8, 3 ×8, 4 ×4, 5 ×0.
    expect(zufrieden.counts.map((c: any) => c.count)).toEqual([null, 8, 8, null, null]);
    expect(zufrieden.answered).toBe(23);
  });
});
