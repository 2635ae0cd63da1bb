/**
 * Residents' ideas (issue 28) through the real route table, authorizer and DynamoDB Local: the
 * proof of work, the honeypot, the fill time and the daily limit; moderation before anything is
 * public; the status link; "me too"; contact data only for the staff of the social space, never in
 * a record, list or audit entry; take-up as a need; retention. Each role's rights written out.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../functions/mail/mailer.ts';
import { getDeps, setDeps } from '../../functions/http/deps.ts';
import { purgeExpiredContacts } from '../../shared/db/ideaStore.ts';
import { keys } from '../../shared/db/keys.ts';
import { nowMs, setClock } from '../../shared/time/clock.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client } from '../support/api.ts';
import { unique } from '../support/constants.ts';

let api: Api;
let qm: Client;

beforeAll(async () => {
  api = await startApi();
  qm = await api.as(QM_NORDEN);
});
afterAll(() => api.close());

/** Each test file's client is its own address, so the daily limit of one never touches another. */
let clients = 0;
const client = () => `203.0.113.${++clients}`;
const headersOf = (ip: string) => ({ 'X-Forwarded-For': `${ip}, 198.51.100.7` });

/** A solved challenge, taken as a browser would: fetch, solve, and let the minimum fill time pass. */
async function solved() {
  const { body: challenge } = await api.anonymous.get('/public/challenge');
  const solution = await solveChallenge({ challenge, deriveKey });
  setClock(nowMs() + 3500);
  return { challenge, solution: solution! };
}

const idea = (over: Record<string, unknown> = {}) => ({ text: `Es fehlt ein Treffpunkt für Jugendliche am Abend (${unique()}).`, theme: 'Teilhabe', targetGroups: ['youth'], quarterId: 'hamm-norden', ...over });

async function submit(over: Record<string, unknown> = {}, ip = client()) {
  return api.anonymous.post('/public/ideas', { ...idea(over), altcha: over.altcha ?? (await solved()) }, headersOf(ip));
}

describe('submitting an idea', () => {
  it('is refused without a solved, fresh challenge, with a German reason at the field', async () => {
    const { body: challenge } = await api.anonymous.get('/public/challenge');
    const wrong = await api.anonymous.post('/public/ideas', { ...idea(), altcha: { challenge, solution: { counter: 1, derivedKey: '00ff' } } }, headersOf(client()));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ pointer: '/body/altcha', detail: expect.stringMatching(/Sicherheitsprüfung/) });

    const tooFast = { challenge, solution: (await solveChallenge({ challenge, deriveKey }))! };
    const fast = await api.anonymous.post('/public/ideas', { ...idea(), altcha: tooFast }, headersOf(client()));
    expect(fast.status).toBe(400);
    expect(fast.body.errors[0].detail).toMatch(/sehr schnell/);

    const forged = await solved();
    forged.challenge.parameters.cost = 1;
    expect((await api.anonymous.post('/public/ideas', { ...idea(), altcha: forged }, headersOf(client()))).status).toBe(400);

    const missing = await api.anonymous.post('/public/ideas', idea(), headersOf(client()));
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: any) => e.pointer)).toContain('/body/altcha');
  });

  it('refuses a filled honeypot, a reused challenge and contact data without consent', async () => {
    expect((await submit({ website: 'https://spam.example' })).body.errors[0]).toMatchObject({ pointer: '/body/website' });

    const altcha = await solved();
    expect((await submit({ altcha })).status).toBe(201);
    const again = await submit({ altcha });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].detail).toMatch(/schon verwendet/);

    const noConsent = await submit({ contact: { email: 'anwohnerin@example.org' } });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors[0]).toMatchObject({ pointer: '/body/consent' });
  });

  it('places an idea by quarter, by a point on the map, or asks where it is about', async () => {
    const byQuarter = await submit();
    expect(byQuarter.status).toBe(201);
    expect((await qm.get(`/ideas/${byQuarter.body.id}`)).body).toMatchObject({ socialSpaceId: 'norden', quarterId: 'hamm-norden' });

    // The seed's (illustrative) quarter boundaries: the centre point of Hamm-Norden lies in its cell.
    const byPoint = await submit({ quarterId: undefined, location: { lat: 51.694, lng: 7.816 } });
    expect(byPoint.status).toBe(201);
    expect((await qm.get(`/ideas/${byPoint.body.id}`)).body).toMatchObject({ socialSpaceId: 'norden', quarterId: 'hamm-norden', location: { lat: 51.694, lng: 7.816 } });

    const nowhere = await submit({ quarterId: undefined });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.errors[0]).toMatchObject({ pointer: '/body/socialSpaceId', detail: expect.stringMatching(/Sozialraum/) });

    const mismatch = await submit({ socialSpaceId: 'westen' });
    expect(mismatch.body.errors[0]).toMatchObject({ pointer: '/body/quarterId' });
  });

  it('allows ten submissions per client and day, then answers 429 in German', async () => {
    const ip = client();
    for (let i = 0; i < 10; i++) expect((await submit({}, ip)).status).toBe(201);
    const eleventh = await submit({}, ip);
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get('content-type')).toMatch(/problem\+json/);
    expect(eleventh.body.errors[0].detail).toMatch(/morgen wieder/);
    expect((await submit({}, client())).status).toBe(201);
  });
});

describe('moderation, answer and status link', () => {
  it('keeps an idea out of every public path until released, then shows it with its answer', async () => {
    const sent = await submit({ contact: { name: 'A. Anwohnerin', email: 'anwohnerin@example.org' }, consent: true });
    expect(sent.status).toBe(201);
    const { id, statusKey } = sent.body;

    const listed = async () => (await api.anonymous.get('/public/ideas', { socialSpaceId: 'norden', range: [0, 999] })).body.map((i: any) => i.id);
    expect(await listed()).not.toContain(id);
    const status = await api.anonymous.get(`/public/idea-status/${statusKey}`);
    expect(status.body).toMatchObject({ status: 'received', moderation: 'pending', hasContact: true });
    expect(JSON.stringify(status.body)).not.toContain('anwohnerin@');

    const stored = (await qm.get(`/ideas/${id}`)).body;
    expect(stored).toMatchObject({ moderation: 'pending', hasContact: true });
    expect(JSON.stringify(stored)).not.toContain('anwohnerin@');

    const released = await qm.put(`/ideas/${id}`, { ...stored, moderation: 'released', status: 'in-review', answer: 'Wir sprechen mit dem Jugendzentrum.' });
    expect(released.status).toBe(200);
    expect(released.body.answeredAt).toBeDefined();
    expect(await listed()).toContain(id);
    expect((await api.anonymous.get(`/public/idea-status/${statusKey}`)).body).toMatchObject({ status: 'in-review', answer: 'Wir sprechen mit dem Jugendzentrum.', moderation: 'released' });

    const trail = await api.repo.doc.send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('idea', id).PK } }));
    expect(trail.Items!.length).toBe(2);
    expect(JSON.stringify(trail.Items)).not.toContain('anwohnerin@');
  });

  it('mails the status link to a sender who gave an address, and lists 429 in the contract', async () => {
    const sent: MailMessage[] = [];
    const before = getDeps();
    process.env.PUBLIC_URL ??= 'https://stadtteilarbeit.hamm.example';
    setDeps({ ...before, mailer: { sendMail: async (m) => (sent.push(m), {}) } });
    try {
      const { statusKey } = (await submit({ contact: { name: 'Ada', email: 'ada@example.org' }, consent: true })).body;
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to: 'ada@example.org', subject: 'Ihr Anliegen ist angekommen' });
      expect(sent[0].text).toContain(`/angebote/?seite=status&key=${statusKey}`);
      expect(sent[0].text).toMatch(/^Guten Tag Ada,/);
      await submit({ contact: { phone: '02381 1234' }, consent: true });
      expect(sent).toHaveLength(1);
    } finally {
      setDeps(before);
    }
    const doc = (await api.anonymous.get('/openapi.json')).body;
    expect(Object.keys(doc.paths['/v1/public/ideas'].post.responses)).toContain('429');
  });

  it('asks for a reason when an idea is rejected or not feasible', async () => {
    const { id } = (await submit()).body;
    const stored = (await qm.get(`/ideas/${id}`)).body;
    const rejected = await qm.put(`/ideas/${id}`, { ...stored, moderation: 'rejected' });
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors[0]).toMatchObject({ pointer: '/body/rejectionReason' });
    expect((await qm.put(`/ideas/${id}`, { ...stored, status: 'not-feasible' })).body.errors[0]).toMatchObject({ pointer: '/body/answer' });
  });

  it('counts "me too" once per device, on released ideas only', async () => {
    const { id } = (await submit()).body;
    const device = `device-${unique()}-${unique()}`;
    expect((await api.anonymous.post(`/public/ideas/${id}/me-too`, { device })).status).toBe(404);
    const stored = (await qm.get(`/ideas/${id}`)).body;
    await qm.put(`/ideas/${id}`, { ...stored, moderation: 'released' });
    expect((await api.anonymous.post(`/public/ideas/${id}/me-too`, { device })).body).toEqual({ meToo: 1, counted: true });
    expect((await api.anonymous.post(`/public/ideas/${id}/me-too`, { device })).body).toEqual({ meToo: 1, counted: false });
    expect((await api.anonymous.post(`/public/ideas/${id}/me-too`, { device: `other-${unique()}-${unique()}` })).body).toEqual({ meToo: 2, counted: true });
    // A clerk's edit made from an older read keeps the votes.
    const edited = await qm.put(`/ideas/${id}`, { ...stored, version: stored.version + 1, moderation: 'released', answer: 'Danke!' });
    expect(edited.body.meToo).toBe(2);
  });

  it('lets the sender delete their contact data through the status link', async () => {
    const { id, statusKey } = (await submit({ contact: { phone: '02381 123456' }, consent: true })).body;
    expect((await qm.get(`/ideas/${id}/contact`)).body).toEqual({ phone: '02381 123456' });
    const gone = await api.anonymous.del(`/public/idea-status/${statusKey}/contact`);
    expect(gone.body.hasContact).toBe(false);
    expect((await qm.get(`/ideas/${id}/contact`)).status).toBe(404);
    expect((await api.anonymous.get(`/public/idea-status/${'x'.repeat(32)}`)).status).toBe(404);
  });
});

describe('who may do what', () => {
  it('shows the contact data to the staff of the social space only', async () => {
    const { id } = (await submit({ contact: { email: 'kontakt@example.org' }, consent: true })).body;
    expect((await (await api.as(KOORD_NORDEN)).get(`/ideas/${id}/contact`)).status).toBe(200);
    expect((await (await api.as(ADMIN)).get(`/ideas/${id}/contact`)).status).toBe(200);
    for (const other of [LEITUNG, QM_WESTEN, PRAEV_WESTEN]) expect((await (await api.as(other)).get(`/ideas/${id}/contact`)).status, other).toBe(403);
  });

  it('lets prevention coordination see and answer the ideas of its space for its target groups only', async () => {
    const praev = await api.as(PRAEV_WESTEN);
    const forYouth = (await submit({ quarterId: undefined, socialSpaceId: 'westen', targetGroups: ['youth'] })).body.id;
    const forSeniors = (await submit({ quarterId: undefined, socialSpaceId: 'westen', targetGroups: ['seniors'] })).body.id;
    const listed = (await praev.get('/ideas', { filter: { socialSpaceId: 'westen' }, range: [0, 999] })).body.map((i: any) => i.id);
    expect(listed).toContain(forYouth);
    expect(listed).not.toContain(forSeniors);
    const youth = (await praev.get(`/ideas/${forYouth}`)).body;
    expect((await praev.put(`/ideas/${forYouth}`, { ...youth, status: 'in-review' })).status).toBe(200);
    expect((await praev.get(`/ideas/${forSeniors}`)).status).toBe(403);
  });

  it('lets the roles of the social space moderate, leadership read, and nobody else change an idea', async () => {
    const { id } = (await submit()).body;
    const stored = (await qm.get(`/ideas/${id}`)).body;
    const leitung = await api.as(LEITUNG);
    expect((await leitung.get(`/ideas/${id}`)).status).toBe(200);
    expect((await leitung.put(`/ideas/${id}`, { ...stored, moderation: 'released' })).status).toBe(403);
    expect((await (await api.as(QM_WESTEN)).put(`/ideas/${id}`, { ...stored, moderation: 'released' })).status).toBe(403);
    expect((await (await api.as(QM_WESTEN)).get('/ideas', { filter: { id } })).body).toEqual([]);
    expect((await (await api.as(KOORD_NORDEN)).put(`/ideas/${id}`, { ...stored, status: 'in-review' })).status).toBe(200);
    expect((await qm.del(`/ideas/${id}`)).status).toBe(403);
  });
});

describe('from an idea to the work', () => {
  it('takes an idea up as a need of its social space, linked both ways, once', async () => {
    const { id } = (await submit({ text: 'Auf dem Spielplatz an der Sorauer Straße fehlen Bänke für Eltern, die dort mit ihren Kindern sind.' })).body;
    const stored = (await qm.get(`/ideas/${id}`)).body;
    const taken = await qm.post(`/ideas/${id}/take-up`, { version: stored.version });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ socialSpaceId: 'norden', quarterIds: ['hamm-norden'], theme: 'Teilhabe', evidence: ['resident-participation'], ideaId: id });
    const after = (await qm.get(`/ideas/${id}`)).body;
    expect(after).toMatchObject({ status: 'taken-up', needId: taken.body.id });
    expect((await qm.post(`/ideas/${id}/take-up`, { version: after.version })).status).toBe(409);
    expect((await (await api.as(LEITUNG)).post(`/ideas/${id}/take-up`, { version: after.version })).status).toBe(403);
  });
});

describe('from an idea to the work plan', () => {
  it('takes an idea up as a measure of the current year\'s work plan, for those who plan', async () => {
    const { id } = (await submit({ text: 'Ein Nachbarschaftsfest im Sommer, organisiert mit den Vereinen im Norden.', targetGroups: ['everyone'] })).body;
    const stored = (await qm.get(`/ideas/${id}`)).body;
    // Neighbourhood management writes needs, not measures (the policy's `measures` grant).
    expect((await qm.post(`/ideas/${id}/take-up-as-measure`, { version: stored.version })).status).toBe(403);
    const koord = await api.as(KOORD_NORDEN);
    const taken = await koord.post(`/ideas/${id}/take-up-as-measure`, { version: stored.version });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body).toMatchObject({ socialSpaceId: 'norden', status: 'planned', plannedTo: '2026-12', title: expect.stringMatching(/^Ein Nachbarschaftsfest/) });
    expect((await koord.get(`/work-plans/${taken.body.workPlanId}`)).body).toMatchObject({ socialSpaceId: 'norden', year: 2026 });
    const after = (await qm.get(`/ideas/${id}`)).body;
    expect(after).toMatchObject({ status: 'taken-up', measureId: taken.body.id });
    expect((await qm.post(`/ideas/${id}/take-up`, { version: after.version })).status).toBe(409);
  });
});

describe('retention', () => {
  it('deletes contact data 90 days after an idea is closed and keeps the idea', async () => {
    const { id } = (await submit({ contact: { email: 'bald-geloescht@example.org' }, consent: true })).body;
    const stored = (await qm.get(`/ideas/${id}`)).body;
    const closed = (await qm.put(`/ideas/${id}`, { ...stored, moderation: 'released', status: 'done', answer: 'Die Bänke stehen.' })).body;
    expect(closed.closedAt).toBeDefined();
    const day = 86_400_000;
    expect(await purgeExpiredContacts(api.repo, new Date(Date.parse(closed.closedAt) + 89 * day))).not.toContain(id);
    expect(await purgeExpiredContacts(api.repo, new Date(Date.parse(closed.closedAt) + 90 * day + 1000))).toContain(id);
    expect((await qm.get(`/ideas/${id}/contact`)).status).toBe(404);
    expect((await qm.get(`/ideas/${id}`)).body).toMatchObject({ status: 'done', hasContact: false, text: stored.text });
  });
});
