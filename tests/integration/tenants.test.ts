/**
 * Two tenants in one table, through the local server with real Cognito tokens and API keys: Hamm and
 * the fictional Musterstadt (both seeded by the test run, tests/support/globalSetup.ts).
 *
 * The cross-tenant matrix: every GET route of the route table, for every role of Musterstadt and its
 * partner key, lists, searches (the lists' `q`, which the exports page through) and reads by id; none
 * answers with a trace of Hamm, and Hamm sees no trace of Musterstadt. The public finder, HSDS and the
 * calendar feeds answer per host. Reports and reminders run per tenant. A tenant cannot be chosen by
 * a forged token attribute or API key, and inside one tenant's work the repository refuses another's.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import http from 'node:http';
import { AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { routes } from '../../shared/contract/routes/index.ts';
import { entities } from '../../shared/entities.ts';
import { createUserWithAccount } from '../../shared/identity/accounts.ts';
import { cognitoDirectory } from '../../shared/identity/directory.ts';
import { signIn } from '../../infra/local/cognito.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { MUSTERSTADT_USERS } from '../../shared/seed/musterstadt.ts';
import { currentTenant, inTenant, tenantFacts, tenantState, TenantScopeError } from '../../shared/tenancy/scope.ts';
import { fanOut, forOneTenant, TenantRunsFailed } from '../../shared/tenancy/forEachTenant.ts';
import { scheduledForAllTenants } from '../../functions/reports/handler.ts';
import { runReminders } from '../../functions/reports/reminders.ts';
import { createTransport } from '../../functions/mail/mailer.ts';
import { ADMIN, LEITUNG, startApi, type Api, type Client, type Res } from '../support/api.ts';
import { unique } from '../support/constants.ts';
import { keys } from '../../shared/db/keys.ts';
import { takeCensus } from '../../shared/db/census.ts';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { DEMO_OPERATOR } from '../../shared/seed/operator.ts';
import { flushUsage } from '../../functions/http/usage.ts';
import { signOfferLink } from '../../shared/domain/offerLink.ts';
import { now as clockNow } from '../../shared/time/clock.ts';
import { LOCAL_LINK_SECRET } from '../../infra/local/stack.ts';

/** What only Hamm's data holds: its staff's addresses and its places' names (error bodies name hamm.example/problems, never an address). */
const HAMM = /@[\w.-]*hamm\.example|Hammer (Norden|Westen|Osten|Süden)|Bockum-Hövel|Heessen|Rhynern|Pelkum|Uentrop|Herringen|Hamm-Pass/;
/** What only Musterstadt's data holds. */
const MUSTERSTADT = /musterstadt|Auenviertel|Quartiershaus Altstadt/i;

let api: Api;
const hamm: Record<string, Client> = {};
const muster: Record<string, Client> = {};
let musterKey: string;

const text = (r: Res) => (typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? ''));

/** A GET of an API path with the Host header a browser sends to that address (fetch would replace it). */
function getFrom(host: string, path: string): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  return getAt(host, `${new URL(api.url).pathname}${path}`);
}

/** A GET of any path on the local server (which runs the CDN's viewer function first), as a browser at `host` sends it. */
function getAt(host: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(api.url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path, headers: { ...headers, Host: `${host}:${url.port}` } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

const GETS = routes.filter((r) => r.method === 'GET' && r.auth !== 'none');
const withoutParams = GETS.filter((r) => !r.path.includes('{'));
const byId = GETS.filter((r) => /^\/v1\/[a-z-]+\/\{id\}(\/[a-z-]+)?$/.test(r.path) && r.entity);

beforeAll(async () => {
  api = await startApi();
  for (const [role, email] of [['admin', ADMIN], ['leadership', LEITUNG]] as const) hamm[role] = await api.as(email);
  for (const u of MUSTERSTADT_USERS) muster[u.assignments[0].role] = await api.as(u.email);
  const created = await muster.admin!.post('/api-keys', { organisationId: 'buergerverein', name: `Matrix ${unique()}` });
  expect(created.status).toBe(201);
  musterKey = created.body.key;
  muster.partner = api.withKey(musterKey);
}, 120_000);
afterAll(() => api?.close());

describe('each tenant sees its own records', () => {
  it('Musterstadt\'s admin lists its three offers and its two social spaces; Hamm\'s admin lists Hamm\'s', async () => {
    const offers = await muster.admin!.get('/offers', { range: [0, 99] });
    expect(offers.body.map((o: any) => o.title).sort()).toEqual(['Nachbarschaftscafé Altstadt', 'Sozialberatung im Quartiershaus', 'Spielgruppe Auenpark']);
    expect((await muster.admin!.get('/social-spaces')).body.map((s: any) => s.id).sort()).toEqual(['altstadt', 'auenviertel']);
    // The same id in both tenants: two records, never the same one.
    const [mine, theirs] = [await muster.admin!.get('/offers/offer-001'), await hamm.admin!.get('/offers/offer-001')];
    expect(mine.body.title).toBe('Nachbarschaftscafé Altstadt');
    expect(theirs.body.title).not.toBe(mine.body.title);
    expect((await hamm.admin!.get('/social-spaces')).body.length).toBe(9);
  });

  it('signs a Musterstadt user in as a principal of Musterstadt', async () => {
    const me = await muster.admin!.get('/me');
    expect(me.status).toBe(200);
    expect(text(me)).toMatch(/admin@musterstadt\.example/);
  });
});

describe('the cross-tenant matrix', () => {
  it('no list, search or singleton route answers Musterstadt\'s roles or its key with Hamm\'s data', async () => {
    let answered = 0;
    for (const [role, client] of Object.entries(muster))
      for (const route of withoutParams) {
        const path = route.path.slice(3);
        for (const query of route.list ? [{ range: [0, 999] }, { filter: { q: 'Hamm' } }, { filter: { q: 'a' } }] : [{}]) {
          const res = await client.get(path, query as any);
          expect(res.status, `${role} GET ${path}`).toBeLessThan(500);
          expect(text(res), `${role} GET ${path} ${JSON.stringify(query)}`).not.toMatch(HAMM);
          if (res.status === 200) answered++;
        }
      }
    // Most routes did answer (so the absence of Hamm is not the absence of everything).
    expect(answered).toBeGreaterThan(100);
  });

  it('no route answers Hamm\'s admin and leadership with Musterstadt\'s data', async () => {
    for (const client of Object.values(hamm))
      for (const route of withoutParams) {
        const path = route.path.slice(3);
        const res = await client.get(path, (route.list ? { range: [0, 999] } : {}) as any);
        expect(text(res), `GET ${path}`).not.toMatch(MUSTERSTADT);
      }
  });

  it('reading a Hamm record by its id from Musterstadt finds nothing (404), for every resource', async () => {
    let tried = 0;
    for (const route of byId) {
      const list = routes.find((r) => r.method === 'GET' && r.list && r.path === route.path.replace(/\/\{id\}.*$/, ''));
      if (!list) continue;
      const [theirs, ours] = await Promise.all([hamm.admin!.get(list.path.slice(3), { range: [0, 999] }), muster.admin!.get(list.path.slice(3), { range: [0, 999] })]);
      const mine = new Set((Array.isArray(ours.body) ? ours.body : []).map((r: any) => r.id));
      const id = (Array.isArray(theirs.body) ? theirs.body : []).map((r: any) => r.id).find((i: string) => !mine.has(i));
      if (!id) continue;
      for (const client of [muster.admin!, muster.leadership!, muster.partner!]) {
        const res = await client.get(route.path.slice(3).replace('{id}', id));
        // 404, or 400 where the route needs more than the id (a reporting period): never Hamm's record.
        expect([400, 403, 404], `GET ${route.path} ${id}`).toContain(res.status);
        expect(text(res)).not.toMatch(HAMM);
      }
      tried++;
    }
    expect(tried).toBeGreaterThanOrEqual(15);
  });

  it('cannot change a Hamm record from Musterstadt: the write finds no record', async () => {
    const norden = await muster.admin!.put('/social-spaces/norden', { name: 'Übernommen', districtIds: ['nord'], version: 1 });
    expect(norden.status).toBe(404);
    expect((await hamm.admin!.get('/social-spaces/norden')).body.name).toBe('Hammer Norden');
  });
});

describe('the public addresses', () => {
  it('answer the finder, HSDS and the calendar for the tenant whose host it is', async () => {
    const [mOffers, hOffers] = [await getFrom('musterstadt.localhost', '/public/offers'), await getFrom('localhost', '/public/offers')];
    expect(mOffers.status).toBe(200);
    expect(JSON.parse(mOffers.text).items?.length ?? JSON.parse(mOffers.text).length).toBeGreaterThan(0);
    expect(JSON.parse(mOffers.text).map((o: any) => o.title).sort()).toEqual(['Nachbarschaftscafé Altstadt', 'Sozialberatung im Quartiershaus', 'Spielgruppe Auenpark']);
    expect(mOffers.text).not.toMatch(HAMM);
    expect(hOffers.text).not.toMatch(MUSTERSTADT);
    expect(hOffers.text).toMatch(/Hammer /);
    for (const path of ['/hsds/services', '/hsds/organizations', '/public/calendar.ics', '/public/areas', '/public/activities', '/public/surveys', '/public/ideas']) {
      const [m, h] = [await getFrom('musterstadt.localhost', path), await getFrom('hamm.localhost', path)];
      expect(m.status, path).toBeLessThan(500);
      expect(m.text, path).not.toMatch(HAMM);
      expect(h.text, path).not.toMatch(MUSTERSTADT);
    }
    expect((await getFrom('musterstadt.localhost', '/hsds/services')).text).toMatch(/Spielgruppe Auenpark/);
  });

  it('answer for the tenant a path names (/t/<tenant>/), at the main address; a path no tenant has finds nothing', async () => {
    const viaPath = await getAt('localhost', '/t/musterstadt/v1/public/offers');
    expect(viaPath.status).toBe(200);
    expect(JSON.parse(viaPath.text).map((o: any) => o.title).sort()).toEqual(['Nachbarschaftscafé Altstadt', 'Sozialberatung im Quartiershaus', 'Spielgruppe Auenpark']);
    expect(JSON.parse((await getAt('localhost', '/t/hamm/v1/public/tenant')).text)).toMatchObject({ id: 'hamm' });
    // The calendar's link leads back to the finder of the same tenant, in the same form.
    expect((await getAt('localhost', '/t/musterstadt/v1/public/calendar.ics')).text.replace(/\r\n /g, '')).toContain(`/t/musterstadt/angebote/`);
    for (const nobody of ['nirgendwo', 'platform']) {
      const unknown = await getAt('localhost', `/t/${nobody}/v1/public/offers`);
      expect(unknown.status).toBe(404);
      expect(unknown.text).not.toMatch(HAMM);
    }
    // A tenant's bare address and the finder without its slash lead to the finder's folder.
    expect(await getAt('localhost', '/t/musterstadt')).toMatchObject({ status: 301, headers: { location: '/t/musterstadt/angebote/' } });
    expect(await getAt('localhost', '/t/musterstadt/angebote?x=1')).toMatchObject({ status: 301, headers: { location: '/t/musterstadt/angebote/?x=1' } });
  });

  it('a "still current" link opens its offer only at its own tenant\'s address, though the id is the same in both', async () => {
    const offer = await inTenant('hamm', () => api.repo.get<any>(entities.offer, 'offer-001'));
    const token = signOfferLink(offer, LOCAL_LINK_SECRET, clockNow(), 'hamm');
    expect((await getAt('localhost', `/t/musterstadt/v1/offer-confirmations/${token}`)).status).toBe(400);
    const atHome = await getAt('localhost', `/v1/offer-confirmations/${token}`);
    expect(atHome.status).toBe(200);
    expect(atHome.text).toContain(offer.title);
  });

  it('cannot be chosen by the caller: a public address header sent along is replaced by the one the request came to', async () => {
    const forged = await getAt('localhost', '/v1/public/offers', { 'X-Public-Address': 'musterstadt.localhost' });
    expect(forged.text).not.toMatch(MUSTERSTADT);
    expect(forged.text).toMatch(/Hammer /);
  });
});

describe('the tenant comes only from the credentials', () => {
  it('a user who sets their own tenant attribute to another tenant is nobody there (401)', async () => {
    const email = `wechsel-${unique()}@hamm.example`;
    const pool = inject('pool');
    const endpoint = inject('cognitoEndpoint');
    const directory = cognitoDirectory({ userPoolId: pool.userPoolId, endpoint });
    await inTenant('hamm', () => createUserWithAccount(api.repo, directory, { email, name: 'Wechsel', active: true, assignments: [{ role: 'admin', socialSpaceIds: [] }] } as any, { actor: 'test', invite: false, permanentPassword: DEFAULT_DEMO_PASSWORD }));
    const before = await signIn(endpoint, pool.userPoolClientId, email, DEFAULT_DEMO_PASSWORD);
    const asBefore = await fetch(`${api.url}/me`, { headers: { Authorization: `Bearer ${before}` } });
    expect(asBefore.status).toBe(200);
    // cognito-local does not enforce the app client's write attributes (AWS does, tests/infra/cdk.test.ts): set it as an admin would.
    await new CognitoIdentityProviderClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } }).send(
      new AdminUpdateUserAttributesCommand({ UserPoolId: pool.userPoolId, Username: email, UserAttributes: [{ Name: 'custom:tenant', Value: 'musterstadt' }] }),
    );
    const after = await signIn(endpoint, pool.userPoolClientId, email, DEFAULT_DEMO_PASSWORD);
    expect(JSON.parse(Buffer.from(after.split('.')[1]!, 'base64url').toString())['custom:tenant']).toBe('musterstadt');
    const res = await fetch(`${api.url}/offers`, { headers: { Authorization: `Bearer ${after}` } });
    expect(res.status).toBe(401);
  });

  it('an API key that names another tenant is no key there (401); a key of Musterstadt reads only Musterstadt', async () => {
    const forged = musterKey.replace(/^hsk_musterstadt_/, 'hsk_hamm_');
    expect((await api.withKey(forged).get('/offers')).status).toBe(401);
    const mine = await muster.partner!.get('/offers');
    expect(mine.status).toBe(200);
    expect(text(mine)).not.toMatch(HAMM);
  });

  it('inside one tenant\'s work, the repository refuses to build a key of another', async () => {
    await expect(inTenant('hamm', async () => inTenant('musterstadt', () => api.repo.find(entities.offer, 'offer-001')))).rejects.toThrow(TenantScopeError);
    await expect(inTenant('hamm', async () => {
      await api.repo.find(entities.offer, 'offer-001');
      return inTenant('musterstadt', () => api.repo.find(entities.offer, 'offer-001'));
    })).rejects.toThrow(/tenant hamm cannot act for tenant musterstadt/);
    // Each in its own scope, the same id is two records.
    const [h, m] = await Promise.all([inTenant('hamm', () => api.repo.find<any>(entities.offer, 'offer-001')), inTenant('musterstadt', () => api.repo.find<any>(entities.offer, 'offer-001'))]);
    expect(h!.title).not.toBe(m!.title);
  });
});

describe('scheduled work per tenant', () => {
  it('in AWS a run is handed out, an invocation per active tenant; each share runs in its tenant with its facts, one failure stops no other', async () => {
    const handed: string[] = [];
    expect(await fanOut(api.repo, async (t) => void handed.push(t))).toEqual(handed);
    expect(handed).toEqual(expect.arrayContaining(['hamm', 'musterstadt']));
    const reached: string[] = [];
    const failed = await fanOut(api.repo, async (t) => {
      reached.push(t);
      if (t === 'hamm') throw new Error('Lambda refused');
    }).catch((e) => e);
    expect(failed).toBeInstanceOf(TenantRunsFailed);
    expect(failed.failures.map((f: { tenant: string }) => f.tenant)).toEqual(['hamm']);
    expect(reached).toEqual(handed);
    expect(await forOneTenant(api.repo, 'musterstadt', async (t) => [t, currentTenant(), tenantState(), tenantFacts().name])).toEqual(['musterstadt', 'musterstadt', 'SN', 'Musterstadt (fiktiv)']);
    expect(await forOneTenant(api.repo, 'nirgendwo', async () => 'ran')).toBeUndefined();
    // The handler's share of a handed-out run acts for the tenant the event names, only.
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000');
    vi.stubEnv('LINK_SECRET', 'test-secret');
    try {
      const share: any = await scheduledForAllTenants({ source: 'schedule', kind: 'reminders', day: '2026-11-02', tenant: 'musterstadt' });
      expect(share).toMatchObject({ digests: [] });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('the reminders of Musterstadt go to Musterstadt\'s staff only', async () => {
    const run = await inTenant('musterstadt', () => runReminders(api.repo, { day: '2026-11-26', actor: 'test', now: () => new Date('2026-11-26T07:00:00Z'), transport: createTransport('json'), secret: 'test-secret', baseUrl: 'http://localhost' }), { state: 'SN' });
    const recipients = JSON.stringify(run.digests);
    expect(recipients).not.toMatch(HAMM);
  });

  it('a report Musterstadt\'s admin sends holds Musterstadt only, and its leadership reads it', async () => {
    const sent = await muster.admin!.post('/reports', { month: '2026-10', force: true });
    expect(sent.status).toBeLessThan(300);
    // Addressed to Musterstadt's leadership (the Message-Id names the installation's sender domain).
    expect(sent.body.recipients).toEqual(['leitung@musterstadt.example']);
    const stored = await muster.leadership!.get('/reports/2026-10');
    expect(stored.status).toBe(200);
    const { messageId: _installationSender, ...report } = stored.body;
    expect(JSON.stringify(report)).not.toMatch(HAMM);
    expect(report.html).toMatch(/MUSTERSTADT \(FIKTIV\) · STADTTEILARBEIT/);
    expect(text(stored)).toMatch(/Altstadt|Auenviertel/);
  });
});

describe('the operator', () => {
  let operator: Client;
  beforeAll(async () => {
    operator = await api.as(DEMO_OPERATOR.email);
  });

  it('sees every tenant with its usage, and may do nothing else: no record of any tenant', async () => {
    await flushUsage();
    const list = await operator.get('/operator/tenants');
    expect(list.status).toBe(200);
    const byId = Object.fromEntries(list.body.map((t: any) => [t.id, t]));
    expect(Object.keys(byId)).toEqual(expect.arrayContaining(['hamm', 'musterstadt']));
    expect(byId.musterstadt.usage.requests).toBeGreaterThan(10);
    const me = await operator.get('/me');
    expect(Object.keys(me.body.capabilities)).toEqual(['tenants']);
    for (const path of ['/offers', '/offers/offer-001', '/users', '/audit-events', '/social-spaces/norden', '/tenant', '/reports'])
      expect((await operator.get(path)).status, path).toBe(403);
    // …and no tenant's user or key reaches the operator's routes.
    expect((await hamm.admin!.get('/operator/tenants')).status).toBe(403);
    expect((await muster.partner!.get('/operator/tenants')).status).toBe(403);
  });

  it('creates a tenant with its first admin, audited in the new tenant\'s own trail', async () => {
    const id = `dorf${unique().slice(-6).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    const created = await operator.post('/operator/tenants', { id, name: 'Beispieldorf', state: 'BY', hosts: [`${id}.localhost`], adminEmail: `admin@${id}.example`, adminName: 'Erste Admin' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id, status: 'active', look: { title: 'Stadtteilarbeit Beispieldorf' } });
    const admin = await inTenant(id, () => api.repo.findByUnique<any>(entities.user, { email: `admin@${id}.example` }));
    expect(admin?.assignments).toEqual([{ role: 'admin', socialSpaceIds: [] }]);
    const trail = await inTenant(id, () => api.repo.queryAll<any>({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('tenant', id).PK } }));
    expect(trail.map((e) => [e.action, e.actor])).toEqual([['create', `operator:${DEMO_OPERATOR.id}`]]);
    expect((await operator.post('/operator/tenants', { id, name: 'Nochmal', state: 'BY', adminEmail: 'x@y.example', adminName: 'X' })).status).toBe(409);
    const host = await operator.post('/operator/tenants', { id: `${id}x`, name: 'Dieb', state: 'BY', hosts: ['hamm.localhost'], adminEmail: 'x@y.example', adminName: 'X' });
    expect(host.status).toBe(409);
    expect(host.body.detail).toMatch(/gehört schon einem anderen Mandanten/);
  });

  it('suspends a tenant: its users and its public host are refused until it is resumed; Hamm is untouched', async () => {
    const current = (await operator.get('/operator/tenants/musterstadt')).body;
    const suspended = await operator.put('/operator/tenants/musterstadt', { status: 'suspended', hosts: current.hosts, version: current.version });
    expect(suspended.status).toBe(200);
    try {
      const refused = await muster.admin!.get('/offers');
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('Dieser Zugang ist zurzeit ausgesetzt.');
      expect((await getFrom('musterstadt.localhost', '/public/offers')).status).toBe(403);
      expect((await hamm.admin!.get('/offers')).status).toBe(200);
      const stale = await operator.put('/operator/tenants/musterstadt', { status: 'active', hosts: current.hosts, version: current.version });
      expect(stale.status).toBe(409);
    } finally {
      expect((await operator.put('/operator/tenants/musterstadt', { status: 'active', hosts: current.hosts, version: suspended.body.version })).status).toBe(200);
    }
    expect((await muster.admin!.get('/offers')).status).toBe(200);
    const trail = await inTenant('musterstadt', () => api.repo.queryAll<any>({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('tenant', 'musterstadt').PK } }));
    expect(trail.filter((e) => e.actor === `operator:${DEMO_OPERATOR.id}`).map((e) => e.changes.status)).toEqual(expect.arrayContaining([{ from: 'active', to: 'suspended' }, { from: 'suspended', to: 'active' }]));
  });
});

describe('a tenant admin\'s own settings', () => {
  it('reads and changes only the own tenant, checks the colours\' contrast, and the public pages follow', async () => {
    const mine = await muster.admin!.get('/tenant');
    expect(mine.body).toMatchObject({ id: 'musterstadt', state: 'SN', levels: expect.arrayContaining([{ key: 'planningArea', label: 'Planungsraum' }]) });
    expect((await muster.leadership!.put('/tenant', { ...pick(mine.body), name: 'X' })).status).toBe(403);
    const pale = await muster.admin!.put('/tenant', { ...pick(mine.body), look: { ...mine.body.look, textOnBrand: '#5a8a5c' } });
    expect(pale.status).toBe(400);
    expect(pale.body.errors).toEqual([expect.objectContaining({ pointer: '/body/look/textOnBrand', detail: expect.stringMatching(/Kontrast/) })]);
    const saved = await muster.admin!.put('/tenant', { ...pick(mine.body), look: { ...mine.body.look, title: 'Quartiersarbeit in Musterstadt' } });
    expect(saved.status).toBe(200);
    try {
      const face = JSON.parse((await getFrom('musterstadt.localhost', '/public/tenant')).text);
      expect(face).toMatchObject({ id: 'musterstadt', title: 'Quartiersarbeit in Musterstadt', brandColour: mine.body.look.brandColour });
      expect(JSON.parse((await getFrom('localhost', '/public/tenant')).text)).toMatchObject({ id: 'hamm', title: 'Stadtteilarbeit Hamm' });
      const audit = await muster.admin!.get('/audit-events', { filter: { entityType: 'tenant', entityId: 'musterstadt' } });
      expect(audit.body.some((e: any) => e.changes.look?.to?.title === 'Quartiersarbeit in Musterstadt')).toBe(true);
      // Hamm's settings are Hamm's.
      expect((await hamm.admin!.get('/tenant')).body.look.title).toBe('Stadtteilarbeit Hamm');
    } finally {
      await muster.admin!.put('/tenant', { ...pick(saved.body) , look: mine.body.look });
    }
  });
});

describe('a tenant\'s own town', () => {
  it('an address given without a town lies in the tenant\'s own', async () => {
    const address = { street: 'Am Markt 2', postalCode: '01234' };
    const m = await muster.admin!.post('/centres', { name: `Treff ${unique()}`, socialSpaceId: 'altstadt', address });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(m.body.address.city).toBe('Musterstadt');
    const h = await hamm.admin!.post('/centres', { name: `Treff ${unique()}`, socialSpaceId: 'norden', address: { ...address, postalCode: '59065' } });
    expect(h.body.address.city).toBe('Hamm');
    await muster.admin!.del(`/centres/${m.body.id}`);
    await hamm.admin!.del(`/centres/${h.body.id}`);
  });
});

describe('a fourth spatial level', () => {
  it('Musterstadt plans in planning areas between social space and quarter; each quarter\'s lies in its social space', async () => {
    const areas = await muster.admin!.get('/planning-areas');
    expect(areas.body.map((a: any) => a.name).sort()).toEqual(['Altstadtkern', 'Auen Nord', 'Auen Süd']);
    expect((await muster.admin!.get('/quarters/auenpark')).body.planningAreaId).toBe('auen-nord');
    expect((await hamm.admin!.get('/planning-areas')).body).toEqual([]);
    // A quarter of the Auenviertel cannot lie in a planning area of the Altstadt.
    const astray = await muster.admin!.post('/quarters', { name: `Irrweg ${unique()}`, socialSpaceId: 'auenviertel', districtId: 'nord', planningAreaId: 'altstadt-kern' });
    expect(astray.status).toBe(409);
    expect(astray.body.errors).toEqual([expect.objectContaining({ pointer: '/body/planningAreaId', detail: 'Der Planungsraum Altstadtkern liegt nicht im Sozialraum Auenviertel' })]);
    // A planning area its quarters name is kept; a coordinator may read but not change the structure.
    expect((await muster.admin!.del('/planning-areas/auen-sued')).status).toBe(409);
    expect((await muster.coordination!.get('/planning-areas')).status).toBe(200);
    expect((await muster.coordination!.post('/planning-areas', { name: 'Neu', socialSpaceId: 'altstadt' })).status).toBe(403);
    // It keeps its social space while quarters lie in it; a tenant without the level has none.
    const south = (await muster.admin!.get('/planning-areas/auen-sued')).body;
    const moved = await muster.admin!.put('/planning-areas/auen-sued', { name: south.name, socialSpaceId: 'altstadt', version: south.version });
    expect(moved.status).toBe(409);
    expect(moved.body.errors).toEqual([expect.objectContaining({ pointer: '/body/socialSpaceId' })]);
    const inHamm = await hamm.admin!.post('/planning-areas', { name: 'Nordring', socialSpaceId: 'norden' });
    expect(inHamm.status).toBe(409);
    expect(inHamm.body.errors[0].detail).toMatch(/plant nicht in Planungsräumen/);
    const made = await muster.admin!.post('/planning-areas', { name: `Altstadt Rand ${unique()}`, socialSpaceId: 'altstadt' });
    expect(made.status).toBe(201);
    expect((await muster.admin!.del(`/planning-areas/${made.body.id}`)).status).toBe(200);
  });

  it('a tenant names its levels in their order, social spaces and quarters always among them', async () => {
    const mine = (await muster.admin!.get('/tenant')).body;
    const swapped = await muster.admin!.put('/tenant', { ...pick(mine), levels: [mine.levels[0], mine.levels[2], mine.levels[1], mine.levels[3]] });
    expect(swapped.status).toBe(400);
    expect(swapped.body.errors).toEqual([expect.objectContaining({ pointer: '/body/levels/2/key', detail: 'Jede Ebene einmal, von der größten zur kleinsten: Stadtbezirk, Sozialraum, Planungsraum, Quartier' })]);
    const noQuarter = await muster.admin!.put('/tenant', { ...pick(mine), levels: mine.levels.slice(0, 3) });
    expect(noQuarter.status).toBe(400);
    expect(noQuarter.body.errors).toEqual([expect.objectContaining({ pointer: '/body/levels', detail: 'Die Ebene Quartier gehört immer dazu (unter eigenem Namen)' })]);
    expect((await muster.admin!.put('/tenant', { ...pick(mine), levels: [...mine.levels.slice(0, 3), { key: 'village', label: 'Dorf' }] })).status).toBe(400);
  });
});

describe('the census', () => {
  it('counts each tenant\'s items and bytes, and the operator sees them', async () => {
    // A job's own client (the handlers' one refuses Scan, as every request path must).
    const counts = await takeCensus(createDocumentClient(localDynamoClient(inject('dynamoEndpoint'))), api.table);
    expect(counts.get('hamm')!.items).toBeGreaterThan(counts.get('musterstadt')!.items);
    expect(counts.get('musterstadt')!.items).toBeGreaterThan(20);
    expect(counts.has('platform')).toBe(false);
    const operator = await api.as(DEMO_OPERATOR.email);
    const row = (await operator.get('/operator/tenants')).body.find((t: any) => t.id === 'musterstadt');
    expect(row.usage).toMatchObject({ items: counts.get('musterstadt')!.items, bytes: counts.get('musterstadt')!.bytes });
  });
});

const pick = (t: any) => ({ name: t.name, state: t.state, levels: t.levels, languages: t.languages, look: t.look, version: t.version });
