/**
 * Networks, meetings and activities through the local server with real tokens and API keys:
 * CRUD, the scope of every role (expectations written out by hand), the derived fields of a
 * meeting, open agreements, personal data kept out of the audit trail, and partner activities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySeed } from '../../shared/seed/seed.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, PRAEV_WESTEN, QM_NORDEN, QM_WESTEN, startMinimalApi, type Api, type Client, type Res } from '../support/api.ts';
import { unique } from '../support/constants.ts';

let api: Api;
const as: Record<string, Client> = {};
const allow = (r: Res) => r.status >= 200 && r.status < 300;

const network = (over: Record<string, unknown> = {}) => ({
  name: `Stadtteilkonferenz Test ${Math.floor(performance.now())}`,
  kind: 'district-conference',
  socialSpaceIds: ['norden'],
  targetGroups: ['everyone'],
  memberOrganisationIds: ['caritas', 'awo'],
  cadence: 'quarterly',
  ...over,
});
const activity = (over: Record<string, unknown> = {}) => ({
  title: 'Stadtteilfest',
  kind: 'festival',
  stage: 'activation',
  date: '2026-09-12',
  socialSpaceId: 'norden',
  participants: 250,
  volunteers: 20,
  organisationIds: ['caritas'],
  ...over,
});

let nordenNet: any;
let westenFamilies: any;
let westenEveryone: any;

beforeAll(async () => {
  const started = await startMinimalApi();
  api = started.api;
  await applySeed(api.repo, [{ type: 'organisation', id: 'awo', data: { name: 'AWO', kind: 'free-welfare' } }, { type: 'organisation', id: 'drk', data: { name: 'DRK', kind: 'free-welfare' } }]);
  for (const [name, email] of Object.entries({ admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN, praevWesten: PRAEV_WESTEN }))
    as[name] = await api.as(email);
  const key = async (organisationId: string) => (await as.admin.post('/api-keys', { organisationId, name: `${organisationId} API` })).body.key;
  as.partnerCaritas = api.withKey(await key('caritas'));
  as.partnerDrk = api.withKey(await key('drk'));
  nordenNet = (await as.admin.post('/networks', network({ name: 'Stadtteilkonferenz Hammer Norden' }))).body;
  westenFamilies = (await as.admin.post('/networks', network({ name: 'Kein Kind zurücklassen! Westen', kind: 'network', socialSpaceIds: ['westen'], targetGroups: ['children', 'families'], memberOrganisationIds: ['awo'] }))).body;
  westenEveryone = (await as.admin.post('/networks', network({ name: 'Stadtteilkonferenz Westen', socialSpaceIds: ['westen'], memberOrganisationIds: ['drk'] }))).body;
});
afterAll(() => api?.close());

type Case = [who: string, what: string, run: (c: Client) => Promise<Res>, allowed: boolean];
const reread = async (path: string) => (await as.admin.get(path)).body;
const meeting = (networkId: string) => ({ networkId, date: '2026-10-08', organisationIds: ['caritas', 'awo'], attendees: 14, residents: 4 });

const cases: Case[] = [
  // networks
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'create a network in Norden', (c) => c.post('/networks', network()), true]),
  ...(['leitung', 'qmWesten', 'praevWesten', 'partnerCaritas'] as const).map((w): Case => [w, 'create a network in Norden', (c) => c.post('/networks', network()), false]),
  ['praevWesten', 'create a network for children and families in Westen', (c) => c.post('/networks', network({ socialSpaceIds: ['westen'], targetGroups: ['children', 'families'] })), true],
  ['praevWesten', 'create a network for everyone in Westen', (c) => c.post('/networks', network({ socialSpaceIds: ['westen'], targetGroups: ['everyone'] })), false],
  ['qmNorden', 'move the Norden network to Westen', async (c) => c.put(`/networks/${nordenNet.id}`, { ...(await reread(`/networks/${nordenNet.id}`)), socialSpaceIds: ['westen'] }), false],
  ['qmNorden', 'update the Norden network', async (c) => c.put(`/networks/${nordenNet.id}`, { ...(await reread(`/networks/${nordenNet.id}`)), description: 'neu' }), true],
  ['qmWesten', 'update the Norden network', async (c) => c.put(`/networks/${nordenNet.id}`, { ...(await reread(`/networks/${nordenNet.id}`)), description: 'fremd' }), false],
  ...(['admin', 'leitung', 'koordNorden', 'qmWesten', 'praevWesten'] as const).map((w): Case => [w, 'read the Norden network', (c) => c.get(`/networks/${nordenNet.id}`), true]),
  ['partnerCaritas', 'read a network it is a member of', (c) => c.get(`/networks/${nordenNet.id}`), true],
  ['partnerDrk', 'read a network it is not a member of', (c) => c.get(`/networks/${nordenNet.id}`), false],
  // meetings: judged on the network
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'record a meeting of the Norden network', (c) => c.post('/meetings', meeting(nordenNet.id)), true]),
  ...(['leitung', 'qmWesten', 'praevWesten', 'partnerCaritas'] as const).map((w): Case => [w, 'record a meeting of the Norden network', (c) => c.post('/meetings', meeting(nordenNet.id)), false]),
  ['praevWesten', 'record a meeting of the Westen prevention network', (c) => c.post('/meetings', meeting(westenFamilies.id)), true],
  ['praevWesten', 'record a meeting of the Westen conference', (c) => c.post('/meetings', meeting(westenEveryone.id)), false],
  ['qmWesten', 'record a meeting of the Westen conference', (c) => c.post('/meetings', meeting(westenEveryone.id)), true],
  ...(['leitung', 'qmWesten'] as const).map((w): Case => [w, 'list meetings', (c) => c.get('/meetings'), true]),
  ['partnerCaritas', 'list meetings', (c) => c.get('/meetings'), false],
  // activities
  ...(['admin', 'koordNorden', 'qmNorden'] as const).map((w): Case => [w, 'record an activity in Norden', (c) => c.post('/activities', activity()), true]),
  ...(['leitung', 'qmWesten', 'praevWesten'] as const).map((w): Case => [w, 'record an activity in Norden', (c) => c.post('/activities', activity()), false]),
  ['praevWesten', 'record a parents’ activity in Westen', (c) => c.post('/activities', activity({ socialSpaceId: 'westen', targetGroups: ['parents'], organisationIds: [] })), true],
  ['praevWesten', 'record a seniors’ activity in Westen', (c) => c.post('/activities', activity({ socialSpaceId: 'westen', targetGroups: ['seniors'], organisationIds: [] })), false],
  ['partnerCaritas', 'record an activity of its own organisation', (c) => c.post('/activities', activity({ organisationIds: ['caritas'] })), true],
  ['partnerCaritas', 'record an activity of another organisation', (c) => c.post('/activities', activity({ organisationIds: ['drk'] })), false],
  ['partnerCaritas', 'record an activity without its organisation', (c) => c.post('/activities', activity({ organisationIds: [] })), false],
];

describe('who may do what with networks, meetings and activities', () => {
  it.each(cases)('%s: %s → allowed %s', async (who, _what, run, allowed) => {
    const res = await run(as[who]);
    if (allowed) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    else expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(allow(res)).toBe(allowed);
  });

  it('partners list only the networks and activities of their organisation', async () => {
    const networks = (await as.partnerDrk.get('/networks')).body as any[];
    expect(networks.map((n) => n.name)).toEqual(['Stadtteilkonferenz Westen']);
    await as.partnerDrk.post('/activities', activity({ organisationIds: ['drk'], title: 'DRK-Aktion' }));
    const acts = (await as.partnerDrk.get('/activities')).body as any[];
    expect(acts.length).toBeGreaterThan(0);
    expect(acts.every((a) => a.organisationIds.includes('drk'))).toBe(true);
  });

  it('a partner’s retried activity with the same Idempotency-Key is recorded once', async () => {
    const headers = { 'Idempotency-Key': `act-${unique()}` };
    const body = activity({ title: `Einmalig ${unique()}` });
    const first = await as.partnerCaritas.post('/activities', body, headers);
    const second = await as.partnerCaritas.post('/activities', body, headers);
    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const listed = (await as.admin.get('/activities', { filter: { q: body.title } })).body as any[];
    expect(listed).toHaveLength(1);
  });
});

describe('meetings', () => {
  it('take the network’s social spaces and target groups, give agreements ids, and keep the follow-up list current', async () => {
    const created = await as.koordNorden.post('/meetings', {
      ...meeting(nordenNet.id),
      date: '2026-11-03',
      agreements: [
        { text: 'Einladung zum Stadtteilfest verschicken', ownerOrganisationId: 'caritas', dueDate: '2026-11-20' },
        { text: 'Raum für Januar klären', dueDate: '2026-12-15' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.socialSpaceIds).toEqual(['norden']);
    expect(created.body.targetGroups).toEqual(['everyone']);
    expect(created.body.agreements.map((a: any) => a.status)).toEqual(['open', 'open']);
    expect(created.body.agreements.every((a: any) => /^[0-9A-Z]{26}$/.test(a.id))).toBe(true);

    const open = async (filter: object) => ((await as.admin.get('/open-agreements', { filter, sort: ['dueDate', 'ASC'] })).body as any[]).filter((a) => a.meetingId === created.body.id);
    expect((await open({ socialSpaceId: ['norden'] })).map((a) => a.text)).toEqual(['Einladung zum Stadtteilfest verschicken', 'Raum für Januar klären']);
    expect((await open({ dueBefore: '2026-11-30' })).map((a) => a.dueDate)).toEqual(['2026-11-20']);
    expect(await open({ socialSpaceId: 'westen' })).toEqual([]);

    // Marking one done takes it off the list; the meeting keeps it.
    const done = { ...created.body, agreements: created.body.agreements.map((a: any, i: number) => (i === 0 ? { ...a, status: 'done' } : a)) };
    const updated = await as.qmNorden.put(`/meetings/${created.body.id}`, done);
    expect(updated.status).toBe(200);
    expect((await open({})).map((a) => a.text)).toEqual(['Raum für Januar klären']);

    // Listed by social space and month (pattern 14), and by network (pattern 3).
    const inMonth = (await as.admin.get('/meetings', { filter: { socialSpaceId: 'norden', month: '2026-11' } })).body as any[];
    expect(inMonth.map((m) => m.id)).toContain(created.body.id);
    const byNetwork = (await as.admin.get('/meetings', { filter: { networkId: nordenNet.id } })).body as any[];
    expect(byNetwork.map((m) => m.id)).toContain(created.body.id);

    // Deleting the meeting removes its agreements from the list.
    expect((await as.qmNorden.del(`/meetings/${created.body.id}`)).status).toBe(200);
    expect(await open({})).toEqual([]);
  });

  it('refuses to delete a network that has meetings, and deletes it once they are gone', async () => {
    const net = (await as.qmNorden.post('/networks', network({ name: 'AK kurzlebig' }))).body;
    const m = (await as.qmNorden.post('/meetings', meeting(net.id))).body;
    const refused = await as.qmNorden.del(`/networks/${net.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/still referenced/);
    expect((await as.qmNorden.del(`/meetings/${m.id}`)).status).toBe(200);
    expect((await as.qmNorden.del(`/networks/${net.id}`)).status).toBe(200);
  });

  it('refuses a meeting of a network that does not exist, and bad input field by field', async () => {
    expect((await as.admin.post('/meetings', meeting('gibt-es-nicht'))).status).toBe(409);
    const bad = await as.admin.post('/meetings', { networkId: nordenNet.id, date: '2026-13-01', attendees: 3, residents: 5, agreements: [{ text: '' }] });
    expect(bad.status).toBe(400);
    const pointers = bad.body.errors.map((e: any) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/date', '/body/agreements/0/text']));
  });
});

describe('external contact persons', () => {
  it('take an e-mail or phone only with a recorded consent', async () => {
    const res = await as.qmNorden.post('/networks', network({ contacts: [{ name: 'Frau K.', email: 'k@example.org' }] }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.pointer)).toContain('/body/contacts/0/consentNote');
  });

  it('never reach the audit trail, so removing them on request leaves no copy', async () => {
    const created = (await as.qmNorden.post('/networks', network({ contacts: [{ name: 'Herr M.', phone: '02381 123', consentNote: 'mündlich am 3.11.2026' }] }))).body;
    const removed = await as.qmNorden.put(`/networks/${created.id}`, { ...created, contacts: [] });
    expect(removed.status).toBe(200);
    const trail = (await as.admin.get('/audit-events', { filter: { entityType: 'network', entityId: created.id } })).body as any[];
    expect(trail).toHaveLength(2);
    const text = JSON.stringify(trail);
    expect(text).not.toContain('Herr M.');
    expect(text).not.toContain('02381 123');
    expect(trail.find((e) => e.action === 'update').changes.contacts).toEqual({ from: '[1 redacted]', to: '[0 redacted]' });
  });
});
