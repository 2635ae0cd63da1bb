/**
 * Property: whatever a client sends to any route — arbitrary JSON bodies, query strings,
 * ids, headers — the API never answers with a 5xx, and every error is problem+json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { routes } from '../../shared/contract/routes/index.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let offerId: string;

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
  offerId = (await admin.post('/offers', { title: 'Fuzz', organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['youth'] })).body.id;
});
afterAll(() => api.close());

const ids = fc.oneof(fc.constantFrom('norden', 'mitte', 'goal-1', 'caritas', 'u-admin'), fc.string({ minLength: 1, maxLength: 30 }), fc.constant('x'.repeat(300)));
/** Offer-shaped objects with wrong types and values mixed in, to get past the first checks. */
const offerish = fc.record(
  {
    title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    organisationId: fc.oneof(fc.constant('caritas'), fc.string()),
    socialSpaceIds: fc.oneof(fc.constant(['norden']), fc.array(fc.string()), fc.string()),
    themes: fc.oneof(fc.constant(['Bildung']), fc.array(fc.string())),
    targetGroups: fc.oneof(fc.constant(['youth']), fc.jsonValue()),
    minAge: fc.oneof(fc.integer(), fc.double(), fc.string()),
    version: fc.oneof(fc.integer(), fc.constant(1), fc.string()),
    schedules: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const bodies = fc.oneof(fc.jsonValue({ maxDepth: 4 }), offerish);
const queryText = fc.oneof(fc.string({ maxLength: 40 }), fc.json({ maxDepth: 2 }), fc.constantFrom('["title","ASC"]', '[0,24]', '{"q":"a"}', '[-1,5]', '[0,1e9]', '{"id":[]}', '["__proto__","ASC"]', '{"constructor":1}'));

function assertClean(status: number, contentType: string | null, what: string) {
  expect(status, what).toBeLessThan(500);
  if (status >= 400) expect(contentType, what).toMatch(/problem\+json/);
}

describe('fuzz: no 5xx on any route', () => {
  for (const route of routes.filter((r) => r.method !== 'GET' || r.list || r.query)) {
    it(`${route.method} ${route.path}`, async () => {
      await fc.assert(
        // Every choice comes from fast-check, so a failure replays from its seed.
        fc.asyncProperty(ids, fc.boolean(), bodies, queryText, queryText, queryText, async (id, realOffer, body, sort, range, filter) => {
          const path = route.path.replace('/v1', '').replace('{id}', encodeURIComponent(route.path.includes('offers') && realOffer ? offerId : id));
          const qs = `?${new URLSearchParams({ sort, range, filter })}`;
          const res = route.method === 'GET' ? await admin.get(path + qs) : route.method === 'DELETE' ? await admin.del(path) : await admin.raw(path, { method: route.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
          assertClean(res.status, res.headers.get('content-type'), `${route.method} ${path} ${JSON.stringify(body)?.slice(0, 200)}`);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('hostile transport-level input: odd content types, header injection attempts, huge headers', async () => {
    const attempts: RequestInit[] = [
      { method: 'POST', headers: { 'Content-Type': 'application/json; charset=latin1' }, body: '{"title":"\u00e4"}' },
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k'.repeat(5000) }, body: '{}' },
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '\u0000' },
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"__proto__":{"admin":true}}' },
      { method: 'GET', headers: { 'If-Match': '"abc"' } },
    ];
    for (const init of attempts) {
      // A request the client refuses to send proves nothing about the server: it must reach it.
      const res = await admin.raw('/offers', init);
      assertClean(res.status, res.headers.get('content-type'), JSON.stringify(init));
    }
    // A CR/LF or NUL in a header value never reaches the server: the client refuses to send it.
    await expect(admin.raw('/offers', { headers: { 'X-Correlation-Id': 'a\r\nSet-Cookie: x=1' } })).rejects.toThrow();
    await expect(admin.raw('/offers', { headers: { 'X-Correlation-Id': 'a\u0000b' } })).rejects.toThrow();
  });
});
