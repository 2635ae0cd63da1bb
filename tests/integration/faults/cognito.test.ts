/**
 * Issue 35, Cognito: the API with cognito-local behind the fault proxy (the authorizer's keys and the
 * user directory go through it; people sign in directly, as the browser does). With Cognito out of
 * reach a signed-in session goes on once the keys are known, a token that cannot be checked yet gets a
 * bounded 503 (never a 401, which would sign the person out, and never a hang), the directory's calls
 * end within the deadline, and the first request after the fault succeeds.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN, KOORD_NORDEN, LEITUNG, seedMinimal, startApi, type Api, type Client, type Res } from '../../support/api.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../../support/faultProxy.ts';
import { unique } from '../../support/constants.ts';

const ANSWER_WITHIN_MS = 6000;

let proxy: FaultProxy;
let api: Api;

beforeAll(async () => {
  proxy = await startFaultProxy(inject('cognitoEndpoint'));
  api = await startApi({ table: 'fresh', cognitoVia: proxy.url });
  await seedMinimal(api.repo);
});

afterAll(async () => {
  await api?.close();
  await proxy?.stop();
});

/** The answer, how long it took, capped so that a hang fails with its figures instead of the test's timeout. */
async function timed(send: () => Promise<Res>): Promise<{ status: number | 'no answer'; ms: number; res?: Res }> {
  const start = performance.now();
  const cap = new Promise<undefined>((r) => setTimeout(() => r(undefined), 3 * ANSWER_WITHIN_MS).unref());
  const res = await Promise.race([send(), cap]);
  return { status: res?.status ?? 'no answer', ms: Math.round(performance.now() - start), res };
}

const seen = (a: Awaited<ReturnType<typeof timed>>) => ({
  status: a.status,
  withinBound: a.ms < ANSWER_WITHIN_MS,
  problemJson: /^application\/problem\+json/.test(a.res?.headers.get('content-type') ?? ''),
  retryAfter: Number(a.res?.headers.get('retry-after')) > 0,
  german: /Bitte versuchen Sie es/.test(a.res?.body?.detail ?? ''),
});
const UNAVAILABLE = { status: 503, withinBound: true, problemJson: true, retryAfter: true, german: true };

describe('Cognito faults', () => {
  // Runs first: the API has never fetched Cognito's keys (a cold container during the outage).
  it.each<[string, Fault]>([
    ['hangs', 'hang'],
    ['refuses connections', 'refuse'],
  ])('when Cognito %s before the keys are known, a signed-in person gets 503 within 6 s, not 401', async (_, fault) => {
    const admin = await api.as(ADMIN);
    await proxy.set(fault);
    const answer = await timed(() => admin.get('/offers'));
    expect({ ...seen(answer), ms: answer.ms }).toEqual({ ...UNAVAILABLE, ms: answer.ms });
    await proxy.clear();
  });

  it('once the keys are known, sessions go on while Cognito hangs, refuses or fails', async () => {
    const admin = await api.as(ADMIN);
    expect((await admin.get('/offers')).status).toBe(200);
    // Signed in before the outage, never seen by the API: its principal is not cached, only the keys are.
    const people: Client[] = [admin, await api.as(LEITUNG), await api.as(KOORD_NORDEN)];
    for (const fault of ['hang', 'refuse', 'reset', 'internal'] as Fault[]) {
      await proxy.set(fault);
      const answers = await Promise.all(people.map((p) => timed(() => p.get('/offers'))));
      expect(answers.map((a) => ({ fault, status: a.status, fast: a.ms < 1000 }))).toEqual(people.map(() => ({ fault, status: 200, fast: true })));
    }
    await proxy.clear();
  });

  it.each<[string, Fault]>([
    ['hangs', 'hang'],
    ['refuses connections', 'refuse'],
    ['resets the connection', 'reset'],
  ])('when Cognito %s, creating a user answers 503 within 6 s and writes nothing; afterwards it works', async (_, fault) => {
    const admin = await api.as(ADMIN);
    const email = `neu.${unique()}@hamm.example`;
    await proxy.set(fault);
    const answer = await timed(() => admin.post('/users', { email, name: 'Neue Person' }));
    expect(seen(answer)).toEqual({ ...UNAVAILABLE, german: false });
    expect(answer.res?.body?.detail).toMatch(/Cognito.*nicht erreichbar/);
    await proxy.clear();
    const users = (await admin.get('/users')).body as { email: string }[];
    expect(users.filter((u) => u.email === email)).toEqual([]);
    expect((await admin.post('/users', { email, name: 'Neue Person' })).status).toBe(201);
  });
});
