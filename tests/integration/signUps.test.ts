/**
 * Sign-ups for activities (issue 28) through the real route table and DynamoDB Local: double opt-in
 * by e-mail (the link's tamper, reuse and expiry), twenty confirmations at once never exceed the
 * capacity, the waiting list moves up when a place is freed, the resident deletes their data, the
 * calendar file, the reminder the day before (once), retention, attendance, and who may see what.
 */
import ICAL from 'ical.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../functions/mail/mailer.ts';
import { getDeps, setDeps } from '../../functions/http/deps.ts';
import { anonymiseOldSignUps } from '../../functions/reports/signUpRetention.ts';
import { remindSignUps } from '../../functions/reports/signUpReminders.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import { nowMs, setClock } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { LEITUNG, QM_NORDEN, QM_WESTEN, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let qm: Client;
const sent: MailMessage[] = [];
let clients = 0;
const asClient = () => ({ 'X-Forwarded-For': `198.19.${Math.floor(++clients / 250)}.${clients % 250}, 198.51.100.7` });

beforeAll(async () => {
  api = await startApi();
  qm = await api.as(QM_NORDEN);
  process.env.PUBLIC_URL ??= 'https://stadtteilarbeit.hamm.example';
  setDeps({ ...getDeps(), mailer: { sendMail: async (m) => (sent.push(m), { messageId: `m-${sent.length}` }) } });
});
afterAll(() => api.close());

const today = () => berlinToday(new Date(nowMs()));
async function activity(over: Record<string, unknown> = {}) {
  const res = await qm.post('/activities', { title: `Stadtteilspaziergang ${++clients}`, kind: 'participation-format', stage: 'involvement', date: addDays(today(), 7), startTime: '17:00', endTime: '19:00', socialSpaceId: 'norden', signUp: true, capacity: 5, meetingPoint: 'Marktplatz am Brunnen', ...over });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function solved() {
  const { body: challenge } = await api.anonymous.get('/public/challenge');
  const solution = await solveChallenge({ challenge, deriveKey });
  return { challenge, solution: solution! };
}
/** Signs up and returns the key from the confirmation e-mail. */
async function signUp(activityId: string, over: Record<string, unknown> = {}) {
  const altcha = await solved();
  setClock(nowMs() + 3500);
  const email = `anwohner${++clients}@example.org`;
  const res = await api.anonymous.post(`/public/activities/${activityId}/sign-ups`, { name: 'Anna Anwohnerin', email, guests: 0, consent: true, altcha, ...over }, asClient());
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const mail = sent.findLast((m) => m.to === email)!;
  expect(mail.subject).toMatch(/^Bitte bestätigen Sie Ihre Anmeldung/);
  return { email, key: /key=([A-Za-z0-9_-]+)/.exec(mail.text)![1] };
}
const placesLeft = async (id: string) => (await api.anonymous.get(`/public/activities/${id}`)).body.placesLeft;

describe('double opt-in', () => {
  it('takes a place only once confirmed, and a second use of the link changes nothing', async () => {
    const a = await activity();
    const { key } = await signUp(a.id, { guests: 2 });
    expect(await placesLeft(a.id)).toBe(5);
    const seen = await api.anonymous.get(`/public/sign-ups/${key}`);
    expect(seen.body, JSON.stringify(seen.body)).toMatchObject({ status: 'unconfirmed', guests: 2 });
    const confirmed = await api.anonymous.post(`/public/sign-ups/${key}/confirm`);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', activity: { placesLeft: 2 } });
    expect((await api.anonymous.post(`/public/sign-ups/${key}/confirm`)).body.status).toBe('confirmed');
    expect(await placesLeft(a.id)).toBe(2);
    expect(sent.at(-1)!.subject).toMatch(/^Ihr Platz ist reserviert/);
  });

  it('refuses a changed key, an expired link and a cancelled sign-up', async () => {
    const a = await activity();
    const { key } = await signUp(a.id);
    expect((await api.anonymous.post(`/public/sign-ups/${key.slice(0, -2)}xx/confirm`)).status).toBe(404);
    expect((await api.anonymous.post(`/public/sign-ups/${'k'.repeat(32)}/confirm`)).status).toBe(404);
    setClock(nowMs() + 49 * 3_600_000);
    const expired = await api.anonymous.post(`/public/sign-ups/${key}/confirm`);
    expect(expired.status).toBe(409);
    expect(expired.body.errors[0].detail).toMatch(/48 Stunden/);

    const fresh = await signUp(a.id);
    await api.anonymous.post(`/public/sign-ups/${fresh.key}/cancel`);
    expect((await api.anonymous.post(`/public/sign-ups/${fresh.key}/confirm`)).status).toBe(409);
  });

  it('refuses a sign-up without consent, for a past activity, or one not open for it', async () => {
    const a = await activity();
    const noConsent = await api.anonymous.post(`/public/activities/${a.id}/sign-ups`, { email: 'x@example.org', altcha: await solved() }, asClient());
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors.map((e: any) => e.pointer)).toContain('/body/consent');
    const closed = await activity({ signUp: false, capacity: undefined });
    const res = await api.anonymous.post(`/public/activities/${closed.id}/sign-ups`, { email: 'x@example.org', consent: true, altcha: await solved() }, asClient());
    expect(res.status).toBe(409);
    expect(res.body.errors[0].detail).toMatch(/keine Anmeldung/);
  });
});

describe('capacity and the waiting list', () => {
  it('never gives more places than there are, also to twenty confirmations at once', async () => {
    const a = await activity({ capacity: 5 });
    const keysOf: string[] = [];
    for (let i = 0; i < 20; i++) keysOf.push((await signUp(a.id)).key);
    const results = await Promise.all(keysOf.map((k) => api.anonymous.post(`/public/sign-ups/${k}/confirm`)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const statuses = results.map((r) => r.body.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);
    expect((await api.repo.get(entities.activity, a.id)).signedUp).toBe(5);

    // A confirmed resident cancels: the first on the waiting list moves up and is told.
    const first = keysOf[statuses.indexOf('confirmed')];
    sent.length = 0;
    expect((await api.anonymous.post(`/public/sign-ups/${first}/cancel`)).body.status).toBe('cancelled');
    expect((await api.repo.get(entities.activity, a.id)).signedUp).toBe(5);
    expect(sent.map((m) => m.subject)).toEqual([expect.stringMatching(/^Sie sind nachgerückt/)]);
    const list = (await qm.get('/sign-ups', { filter: { activityId: a.id }, range: [0, 99] })).body;
    expect(list.filter((s: any) => s.status === 'confirmed')).toHaveLength(5);
    expect(list.filter((s: any) => s.status === 'waitlisted')).toHaveLength(14);
  });
});

describe('the resident\'s own data', () => {
  it('deletes name and address through the link, and keeps them out of the audit trail', async () => {
    const a = await activity();
    const { key, email } = await signUp(a.id);
    await api.anonymous.post(`/public/sign-ups/${key}/confirm`);
    const gone = await api.anonymous.del(`/public/sign-ups/${key}`);
    expect(gone.body).toMatchObject({ status: 'cancelled' });
    expect(gone.body.name).toBeUndefined();
    expect(await placesLeft(a.id)).toBe(5);
    const stored = (await qm.get('/sign-ups', { filter: { activityId: a.id } })).body[0];
    expect(stored).toMatchObject({ status: 'cancelled', anonymised: true });
    expect(stored.email).toBeUndefined();
    const trail = await api.repo.doc.send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('signUp', stored.id).PK } }));
    expect(trail.Items!.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(trail.Items)).not.toContain(email);
  });
});

describe('calendar, reminder, retention', () => {
  it('gives the activity as an iCalendar event in Berlin time', async () => {
    const a = await activity();
    const res = await api.anonymous.raw(`/public/activities/${a.id}/calendar.ics`, { method: 'GET' });
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(a.title);
    expect(event.startDate.toString()).toBe(`${a.date}T17:00:00`);
    expect(res.body).toContain(`DTSTART;TZID=Europe/Berlin:${a.date.replace(/-/g, '')}T170000`);
    expect(event.location).toContain('Marktplatz am Brunnen');
  });

  it('reminds the confirmed the day before, once', async () => {
    const a = await activity({ date: addDays(today(), 2) });
    const confirmed = await signUp(a.id);
    await api.anonymous.post(`/public/sign-ups/${confirmed.key}/confirm`);
    const unconfirmed = await signUp(a.id);
    const opts = { day: addDays(today(), 1), actor: 'system:schedule', now: () => new Date(nowMs()), transport: getDeps().mailer!, baseUrl: 'https://stadtteilarbeit.hamm.example' };
    sent.length = 0;
    const run = await remindSignUps(api.repo, opts);
    expect(run.filter((r) => r.outcome === 'sent')).toHaveLength(1);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([[confirmed.email, `Morgen: ${a.title}`]]);
    expect(sent.map((m) => m.to)).not.toContain(unconfirmed.email);
    expect((await remindSignUps(api.repo, opts)).map((r) => r.outcome)).toEqual(['skipped']);
  });

  it('removes names and addresses 90 days after the activity, keeping the sign-ups', async () => {
    const a = await activity({ date: addDays(today(), 1) });
    const { key } = await signUp(a.id);
    await api.anonymous.post(`/public/sign-ups/${key}/confirm`);
    const [signUpRecord] = (await qm.get('/sign-ups', { filter: { activityId: a.id } })).body;
    const dayAfter = (days: number) => new Date(Date.parse(`${a.date}T12:00:00Z`) + days * 86_400_000);
    expect(await anonymiseOldSignUps(api.repo, dayAfter(89))).not.toContain(signUpRecord.id);
    expect(await anonymiseOldSignUps(api.repo, dayAfter(91))).toContain(signUpRecord.id);
    const after = await api.repo.get(entities.signUp, signUpRecord.id);
    expect(after).toMatchObject({ status: 'confirmed', anonymised: true });
    expect(after.name).toBeUndefined();
  });

  it('removes the name and address of a sign-up never confirmed once its link has expired', async () => {
    const a = await activity({ date: addDays(today(), 20) });
    await signUp(a.id);
    const [pending] = (await qm.get('/sign-ups', { filter: { activityId: a.id } })).body;
    const hoursLater = (h: number) => new Date(Date.parse(pending.createdAt) + h * 3_600_000);
    expect(await anonymiseOldSignUps(api.repo, hoursLater(47))).not.toContain(pending.id);
    expect(await anonymiseOldSignUps(api.repo, hoursLater(49))).toContain(pending.id);
    const after = await api.repo.get(entities.signUp, pending.id);
    expect(after).toMatchObject({ status: 'unconfirmed', anonymised: true });
    expect([after.name, after.email]).toEqual([undefined, undefined]);
  });
});

describe('staff', () => {
  it('mark attendance and take it into the activity; only the space\'s roles see the list', async () => {
    const a = await activity({ capacity: 10 });
    for (const guests of [0, 1, 2]) {
      const { key } = await signUp(a.id, { guests });
      await api.anonymous.post(`/public/sign-ups/${key}/confirm`);
    }
    const list = (await qm.get('/sign-ups', { filter: { activityId: a.id } })).body;
    expect(list).toHaveLength(3);
    for (const s of list.filter((x: any) => x.guests > 0)) {
      const marked = await qm.put(`/sign-ups/${s.id}`, { ...s, attended: true, status: 'cancelled', guests: 5 });
      expect(marked.body, JSON.stringify(marked.body)).toMatchObject({ attended: true, status: 'confirmed', guests: s.guests });
    }
    const stored = await qm.get(`/activities/${a.id}`);
    const taken = await qm.post(`/activities/${a.id}/attendance`, { version: stored.body.version });
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body.participants).toBe(2 + 3);

    expect((await (await api.as(QM_WESTEN)).get('/sign-ups', { filter: { activityId: a.id } })).body).toEqual([]);
    expect((await (await api.as(LEITUNG)).get('/sign-ups', { filter: { activityId: a.id } })).status).toBe(403);
    expect((await (await api.as(QM_WESTEN)).put(`/sign-ups/${list[0].id}`, { ...list[0], attended: true })).status).toBe(403);
  });
});
