/**
 * Data-subject requests (GDPR Art. 15–17, issue 30) through the real route table, authorizer and
 * DynamoDB Local: one person's e-mail and phone put into an organisation's contact, a network's
 * contact person, an offer's contact, an idea's contact data and a sign-up (and an offer written
 * before pattern 30, with an audit entry from before contacts were personal). Search finds them all
 * (before and after the backfill), the export and summary name them, the erasure removes them; then a
 * scan of the whole table (test only), the gzip-compressed catalogue parts decompressed, finds neither
 * address, number nor name anywhere, while the counts stay and the audit shows `[redacted]`.
 * Admins only (403 for others); bad input is a 400 field by field.
 */
import { gunzipSync } from 'node:zlib';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { MailMessage } from '../../functions/mail/mailer.ts';
import { getDeps, setDeps } from '../../functions/http/deps.ts';
import { runBackfills } from '../../shared/db/backfill.ts';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import { nowMs, setClock } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { subjectHash } from '../../shared/domain/subjects.ts';
import { ADMIN, LEITUNG, QM_NORDEN, offerBody, putOfferDirectly, seedMinimal, startApi, type Api, type Client } from '../support/api.ts';

const EMAIL = 'erika.muster+dsgvo@example.org';
const PHONE = '+49 176 5550123';
const NAME = 'Erika Musterfrau';
const OTHER = { name: 'Otto Anders', email: 'otto.anders@example.org', consentNote: 'schriftlich am 1.2.2026' };

let api: Api;
let admin: Client;
const sent: MailMessage[] = [];
let clients = 0;
const asClient = () => ({ 'X-Forwarded-For': `198.18.7.${++clients}, 198.51.100.7` });
const ids: Record<string, string> = {};

async function solved() {
  const { body: challenge } = await api.anonymous.get('/public/challenge');
  const solution = await solveChallenge({ challenge, deriveKey });
  setClock(nowMs() + 3500);
  return { challenge, solution: solution! };
}

/** Every item of the table, read past the API (test only: no request path scans). */
async function wholeTable(): Promise<Record<string, any>[]> {
  const doc = createDocumentClient(localDynamoClient(inject('dynamoEndpoint')));
  const items: Record<string, any>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: api.table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every string of an item, binary attributes gunzipped where they are gzip (the catalogue's parts). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Uint8Array) {
    const bytes = Buffer.from(value);
    return [bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value instanceof Set) return [...value].flatMap(strings);
  if (value && typeof value === 'object') return [...Object.keys(value), ...Object.values(value).flatMap(strings)];
  return [];
}

/** Where the person is still found: each item's keys and the trace found. */
async function traces(): Promise<string[]> {
  const digits = PHONE.replace(/\D/g, '').slice(2); // 1765550123
  const out: string[] = [];
  for (const item of await wholeTable()) {
    const text = strings(item).join('\n');
    const squeezed = text.replace(/[\s/().-]/g, '');
    if (text.toLowerCase().includes(EMAIL)) out.push(`${item.PK} ${item.SK}: e-mail`);
    if (squeezed.includes(digits)) out.push(`${item.PK} ${item.SK}: phone`);
    if (text.includes(NAME)) out.push(`${item.PK} ${item.SK}: name`);
  }
  return out;
}

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  setClock(Date.parse('2026-11-10T09:00:00+01:00'));
  await seedMinimal(api.repo);
  admin = await api.as(ADMIN);
  setDeps({ ...getDeps(), mailer: { sendMail: async (m) => (sent.push(m), { messageId: `m-${sent.length}` }) } });
  process.env.PUBLIC_URL ??= 'https://stadtteilarbeit.hamm.example';

  // An organisation's contact (the address typed in capitals: stored lower-cased, found all the same).
  const org = (await admin.get('/organisations/caritas')).body;
  const orgPut = await admin.put('/organisations/caritas', { ...org, contact: { name: NAME, email: EMAIL.toUpperCase(), phone: PHONE, website: 'https://caritas.example.org' } });
  expect(orgPut.status, JSON.stringify(orgPut.body)).toBe(200);
  // An audit entry as an older release wrote it, copying the contact (before `contact` was personal).
  await api.repo.doc.send(
    new PutCommand({
      TableName: api.table,
      Item: {
        ...keys.audit('organisation', 'caritas', '2026-01-05T10:00:00.000Z', '01JOLDAUDIT0000000000000000', 'user:earlier'),
        id: '01JOLDAUDIT0000000000000000', entityType: 'organisation', entityId: 'caritas', action: 'update', actor: 'user:earlier', at: '2026-01-05T10:00:00.000Z', version: 1,
        changes: { contact: { from: undefined, to: { name: NAME, email: EMAIL, phone: '0176 555 01 23' } }, name: { from: 'Caritas alt', to: 'Caritas' } },
        _type: 'audit',
      },
      RemoveUndefinedValues: true,
    } as any),
  );

  // A network's contact person beside another one, who stays.
  const net = await admin.post('/networks', {
    name: 'Stadtteilkonferenz Norden (DSGVO-Test)', kind: 'district-conference', socialSpaceIds: ['norden'], targetGroups: ['everyone'], memberOrganisationIds: ['caritas'], cadence: 'quarterly', status: 'active',
    contacts: [{ name: NAME, email: EMAIL, phone: '0176/5550123', consentNote: 'mündlich am 3.11.2026' }, OTHER],
  });
  expect(net.status, JSON.stringify(net.body)).toBe(201);
  ids.network = net.body.id;

  // A published offer whose contact is the person's (it reaches the public catalogue's snapshot).
  const offer = await admin.post('/offers', offerBody({ title: 'Elterncafé DSGVO', contact: { name: NAME, email: EMAIL, phone: '0176 5550123' } }));
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  ids.offer = offer.body.id;
  // A centre known only by the person's phone.
  const centre = await admin.post('/centres', { name: 'Treff am Bahnhof', socialSpaceId: 'norden', address: { street: 'Bahnhofstraße 1', postalCode: '59065' }, contact: { phone: '0049 176 5550123' } });
  expect(centre.status, JSON.stringify(centre.body)).toBe(201);
  ids.centre = centre.body.id;
  // An offer as a release before pattern 30 wrote it: no subject items.
  await putOfferDirectly(api.repo, { id: 'legacy-dsgvo', title: 'Altes Angebot', contact: { email: EMAIL } });

  // An idea with the person's contact data.
  const idea = await api.anonymous.post('/public/ideas', { text: 'Es fehlt eine Bank am Spielplatz an der Nordstraße.', theme: 'Teilhabe', targetGroups: ['families'], quarterId: 'hamm-norden', contact: { name: NAME, email: EMAIL }, consent: true, altcha: await solved() }, asClient());
  expect(idea.status, JSON.stringify(idea.body)).toBe(201);
  ids.idea = idea.body.id;

  // A confirmed sign-up for an activity (it takes a place).
  const activity = await admin.post('/activities', { title: 'Stadtteilspaziergang DSGVO', kind: 'participation-format', stage: 'involvement', date: addDays(berlinToday(new Date(nowMs())), 7), startTime: '17:00', endTime: '19:00', socialSpaceId: 'norden', signUp: true, capacity: 5, meetingPoint: 'Marktplatz' });
  expect(activity.status, JSON.stringify(activity.body)).toBe(201);
  ids.activity = activity.body.id;
  const signUp = await api.anonymous.post(`/public/activities/${ids.activity}/sign-ups`, { name: NAME, email: EMAIL, guests: 1, consent: true, altcha: await solved() }, asClient());
  expect(signUp.status, JSON.stringify(signUp.body)).toBe(201);
  const key = /key=([A-Za-z0-9_-]+)/.exec(sent.findLast((m) => m.to === EMAIL)!.text)![1];
  expect((await api.anonymous.post(`/public/sign-ups/${key}/confirm`)).body.status).toBe('confirmed');

  // A monthly report sent to the person as a further recipient keeps the addresses it went to.
  await api.repo.doc.send(new PutCommand({ TableName: api.table, Item: { ...keys.report('2026-10'), ...keys.reportCollection('2026-10'), _type: 'report', month: '2026-10', status: 'sent', recipients: ['leitung@hamm.example', EMAIL] } }));

  // An import previewed but never run keeps the file's cells, the person's address among them.
  const preview = await admin.post('/imports', { type: 'organisations', fileName: 'traeger.csv', content: Buffer.from(`Name;Art;Kontakt E-Mail\nNachbarschaftshilfe Nord;Verein;${EMAIL}\n`).toString('base64') });
  expect(preview.status, JSON.stringify(preview.body)).toBe(201);
  ids.importJob = preview.body.id;

  // The public catalogue's snapshot is stored by the first public read.
  expect((await api.anonymous.get('/public/offers')).status).toBe(200);
  expect(await api.repo.getRaw(keys.catalogue())).toBeDefined();
}, 120_000);
afterAll(() => api?.close());

const byType = (findings: any[]) => findings.map((f) => `${f.type}:${f.id}`).sort();

describe('finding a person (Art. 15)', () => {
  it('the table holds the person in every place before (so the final scan can fail)', async () => {
    const found = await traces();
    for (const part of ['organisation#caritas', `network#${ids.network}`, `offer#${ids.offer}`, 'contact#idea#', 'catalogue#', 'audit#organisation#caritas', `signUp#`, 'report#2026-10', 'importrows#']) expect(found.join('\n'), part).toContain(part);
  });

  it('finds every record holding the address, also one older than the pattern, before and after the backfill', async () => {
    const expected = [`organisation:caritas`, `network:${ids.network}`, `offer:${ids.offer}`, 'offer:legacy-dsgvo', `ideaContact:${ids.idea}`].sort();
    const before = await admin.post('/data-subject-requests/search', { email: EMAIL.toUpperCase() });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    const signUpId = before.body.findings.find((f: any) => f.type === 'signUp')?.id;
    expect(signUpId).toBeDefined();
    expect(byType(before.body.findings)).toEqual([...expected, `signUp:${signUpId}`].sort());
    expect(before.body.findings.find((f: any) => f.type === 'network')).toMatchObject({ fields: ['contacts[].email'], link: `/networks/${ids.network}/show`, erasure: 'remove-network-contact' });
    expect(before.body.findings.find((f: any) => f.type === 'signUp')).toMatchObject({ label: expect.stringMatching(/^Anmeldung zu „Stadtteilspaziergang DSGVO“/), erasure: 'anonymise' });
    // No label carries the person's name or address.
    expect(JSON.stringify(before.body)).not.toContain(NAME);

    // The legacy offer has no item of pattern 30 yet; the backfill gives it one.
    const hash = subjectHash({ kind: 'email', value: EMAIL });
    expect(await api.repo.getRaw(keys.subject(hash, 'offer', 'legacy-dsgvo'))).toBeUndefined();
    const outcomes = await runBackfills(api.repo);
    expect(outcomes.find((o) => o.pattern === 'subject' && o.type === 'offer')).toMatchObject({ ran: true });
    expect(await api.repo.getRaw(keys.subject(hash, 'offer', 'legacy-dsgvo'))).toMatchObject({ entityType: 'offer', fields: ['contact.email'] });
    expect(await api.repo.getRaw(keys.backfill('subject', 'ideaContact'))).toBeDefined();
    const after = await admin.post('/data-subject-requests/search', { email: EMAIL });
    expect(byType(after.body.findings)).toEqual(byType(before.body.findings));
  });

  it('finds the phone number in whatever form it was written', async () => {
    const res = await admin.post('/data-subject-requests/search', { phone: '0176-555 01 23' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(byType(res.body.findings)).toEqual([`centre:${ids.centre}`, 'organisation:caritas', `network:${ids.network}`, `offer:${ids.offer}`].sort());
  });

  it('exports what is stored as JSON and as a German summary, audited with the hash only', async () => {
    const res = await admin.post('/data-subject-requests/export', { email: EMAIL });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.subject).toEqual({ kind: 'email', value: EMAIL });
    const network = res.body.records.find((r: any) => r.type === 'network');
    expect(network.data.contacts).toEqual([expect.objectContaining({ name: NAME, email: EMAIL })]);
    expect(res.body.records.find((r: any) => r.type === 'ideaContact').data.contact).toMatchObject({ name: NAME, email: EMAIL });
    expect(res.body.records.find((r: any) => r.type === 'signUp').data).toMatchObject({ name: NAME, email: EMAIL, guests: 1, status: 'confirmed' });

    const html = await admin.raw('/data-subject-requests/summary', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: EMAIL }) });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.body).toContain('Auskunft nach Art. 15 DSGVO');
    expect(html.body).toContain('Angebot „Elterncafé DSGVO“');
    expect(html.body).toContain(EMAIL);

    const trail = (await admin.get('/audit-events', { filter: { entityType: 'dataSubjectRequest', month: '2026-11' }, range: [0, 99] })).body as any[];
    expect(trail.length).toBeGreaterThanOrEqual(2);
    expect(trail[0].changes.subject.to).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(trail)).not.toContain(EMAIL);
  });
});

describe('erasing a person (Art. 17)', () => {
  it('erases the address everywhere in one audited action; staff and counts stay', async () => {
    const placesBefore = (await api.repo.get(entities.activity, ids.activity)).signedUp;
    expect(placesBefore).toBe(2);
    const res = await admin.post('/data-subject-requests/erase', { email: EMAIL, confirm: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.erased).toHaveLength(6);
    expect(res.body.manual).toEqual([]);
    expect(res.body.catalogueSnapshotDropped).toBe(true);
    expect(res.body.auditEntriesRedacted).toBeGreaterThanOrEqual(1);
    expect(res.body.reportsRedacted).toBe(1);
    expect(res.body.importRowsRedacted).toBe(1);
    const importRow = (await admin.get(`/imports/${ids.importJob}/rows`)).body[0];
    expect(importRow).toMatchObject({ status: 'error', label: '[redacted]', errors: [{ column: '', message: 'Auf Wunsch der betroffenen Person gelöscht' }] });
    expect((await api.repo.getRaw(keys.report('2026-10')))!.recipients).toEqual(['leitung@hamm.example']);
    // The phone number is left only where nothing but the phone pointed to the person.
    const phone = await admin.post('/data-subject-requests/erase', { phone: '01765550123', confirm: true });
    expect(phone.status, JSON.stringify(phone.body)).toBe(200);
    expect(byType(phone.body.erased)).toEqual([`centre:${ids.centre}`]);

    expect((await admin.post('/data-subject-requests/search', { email: EMAIL })).body.findings).toEqual([]);
    expect((await admin.post('/data-subject-requests/search', { phone: PHONE })).body.findings).toEqual([]);

    // Counts and the rest of each record stay.
    expect((await api.repo.get(entities.activity, ids.activity)).signedUp).toBe(placesBefore);
    const signUps = await api.repo.listAll(entities.signUp);
    expect(signUps).toEqual([expect.objectContaining({ status: 'confirmed', guests: 1, anonymised: true })]);
    expect(signUps[0].email).toBeUndefined();
    expect((await api.repo.get(entities.idea, ids.idea)).hasContact).toBe(false);
    const network = await api.repo.get(entities.network, ids.network);
    expect(network.contacts).toEqual([OTHER]);
    expect((await api.repo.get(entities.organisation, 'caritas')).contact).toEqual({ website: 'https://caritas.example.org' });
    expect((await api.repo.get(entities.offer, ids.offer)).contact).toBeUndefined();

    // Each change is audited with the admin as actor, the personal fields redacted, old copies too.
    const orgTrail = (await admin.get('/audit-events', { filter: { entityType: 'organisation', entityId: 'caritas' }, range: [0, 99] })).body as any[];
    expect(orgTrail[0]).toMatchObject({ actor: expect.stringMatching(/^user:/), changes: { contact: { from: '[redacted]', to: '[redacted]' } } });
    expect(orgTrail.find((e) => e.id === '01JOLDAUDIT0000000000000000').changes).toEqual({ contact: { to: '[redacted]' }, name: { from: 'Caritas alt', to: 'Caritas' } });
    const erasure = ((await admin.get('/audit-events', { filter: { entityType: 'dataSubjectRequest', action: 'delete', month: '2026-11' }, range: [0, 99] })).body as any[]).at(-1);
    expect(erasure.changes).toMatchObject({ request: { to: 'erase' }, records: { to: 6 }, subject: { to: `sha256:${subjectHash({ kind: 'email', value: EMAIL })}` } });
  });

  it('leaves nothing of the person in the table: records, projections, contact items, audit, the catalogue snapshot', async () => {
    expect(await api.repo.getRaw(keys.catalogue())).toBeUndefined();
    expect(await traces()).toEqual([]);
    // The next public read (once a container's minute of caching is over) builds the catalogue from the records again, without the contact.
    setClock(nowMs() + 61_000);
    const offers = (await api.anonymous.get('/public/offers')).body;
    expect(JSON.stringify(offers)).toContain('Elterncafé DSGVO');
    expect(await api.repo.getRaw(keys.catalogue())).toBeDefined();
    expect(await traces()).toEqual([]);
  });
});

describe('who may, and what is refused', () => {
  it('is for admins only', async () => {
    for (const who of [QM_NORDEN, LEITUNG]) {
      const client = await api.as(who);
      for (const path of ['search', 'export', 'summary']) expect((await client.post(`/data-subject-requests/${path}`, { email: OTHER.email })).status, `${who} ${path}`).toBe(403);
      const erase = await client.post('/data-subject-requests/erase', { email: OTHER.email, confirm: true });
      expect(erase.status).toBe(403);
      expect(erase.body.detail).toMatch(/data-subject-requests:delete/);
    }
    expect((await api.anonymous.post('/data-subject-requests/search', { email: OTHER.email })).status).toBe(401);
    expect((await api.repo.get(entities.network, ids.network)).contacts).toEqual([OTHER]);
  });

  it('lists a staff account holding the address but leaves it to Benutzer', async () => {
    const res = await admin.post('/data-subject-requests/search', { email: QM_NORDEN });
    expect(res.body.findings).toEqual([expect.objectContaining({ type: 'user', erasure: 'manual', link: expect.stringMatching(/^\/users\/.+\/show$/) })]);
    const erased = await admin.post('/data-subject-requests/erase', { email: QM_NORDEN, confirm: true });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ erased: [], manual: [expect.objectContaining({ type: 'user' })] });
    expect((await api.repo.get(entities.user, res.body.findings[0].id)).email).toBe(QM_NORDEN);
  });

  it('finds a staff member by their public phone, and exports their public contact data with the consent', async () => {
    const qm = await api.as(QM_NORDEN);
    const mine = (await qm.get('/me/settings')).body;
    const set = await qm.put('/me/settings', {
      receivesReport: mine.receivesReport, remindersOff: mine.remindersOff, version: mine.version, publicConsent: true,
      publicContact: { title: 'Quartiersmanagerin Nord', phone: '02381 17-4799', consultationHours: [] },
    });
    expect(set.status).toBe(200);
    const res = await admin.post('/data-subject-requests/export', { phone: '+49 2381 174799' });
    expect(res.status).toBe(200);
    expect(res.body.records).toEqual([
      expect.objectContaining({
        type: 'user',
        data: expect.objectContaining({ email: QM_NORDEN, publicContact: expect.objectContaining({ phone: '02381 17-4799' }), publicConsent: expect.objectContaining({ by: expect.stringMatching(/^user:/) }) }),
      }),
    ]);
  });

  it('answers bad input with 400 at the field, never 500', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['search', {}, '/body/email'],
      ['search', { email: 'keine-adresse' }, '/body/email'],
      ['search', { phone: 'abc' }, '/body/phone'],
      ['search', { email: OTHER.email, phone: PHONE }, '/body/email'],
      ['search', { email: OTHER.email, name: 'x' }, '/body/name'],
      ['export', { phone: 12345 }, '/body/phone'],
      ['erase', { email: OTHER.email }, '/body/confirm'],
      ['erase', { email: OTHER.email, confirm: 'ja' }, '/body/confirm'],
    ];
    for (const [path, body, pointer] of cases) {
      const res = await admin.post(`/data-subject-requests/${path}`, body);
      expect(res.status, `${path} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: any) => e.pointer), JSON.stringify(body)).toContain(pointer);
    }
    expect((await api.repo.get(entities.network, ids.network)).contacts).toEqual([OTHER]);
  });
});
