/**
 * Issue 17 against DynamoDB Local and the local API: reminder digests (one per user and month,
 * never twice, with the opt-out), the "still current" link (success, tamper, expiry, reuse, a
 * changed offer), partner contributions (scoped by organisation, summed, idempotent) and the
 * personal report of a coordination user's own social spaces.
 */
import { keys } from '../../shared/db/keys.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailbox as keptMail } from '../support/mailbox.ts';
import { entities } from '../../shared/entities.ts';
import { signOfferLink } from '../../shared/domain/offerLink.ts';
import { LOCAL_LINK_SECRET } from '../../infra/local/stack.ts';
import { runReminders } from '../../functions/reports/reminders.ts';
import { deliverPersonalReports } from '../../functions/reports/deliver.ts';
import { ADMIN, KOORD_NORDEN, LEITUNG, offerBody, QM_NORDEN, QM_WESTEN, startMinimalApi, type Api, type Client } from '../support/api.ts';
import { now as clockNow, nowMs, setClock } from '../../shared/time/clock.ts';

let api: Api;
const as: Record<string, Client> = {};
let manual: any;
let partnerIndicator: any;
let staleOffer: any;

/** The mailbox, and what it holds for one address. */
function mailbox() {
  const box = keptMail();
  return { ...box, to: (email: string) => box.sent.filter((m) => m.to.some((t: any) => t.address === email)) };
}

const base = () => api.url.replace(/\/v1$/, '');
const remind = (day: string, box: ReturnType<typeof mailbox>, now = clockNow) =>
  runReminders(api.repo, { day, actor: 'system:schedule', now, transport: box.transport, secret: LOCAL_LINK_SECRET, baseUrl: base() });

// The days below are the run's calendar: 07:00 in Berlin on the first reminder day before the December report.
let restoreClock: () => void;
beforeAll(async () => {
  restoreClock = setClock('2026-11-25T06:00:00Z');
  ({ api } = await startMinimalApi());
  for (const [name, email] of Object.entries({ admin: ADMIN, leitung: LEITUNG, koordNorden: KOORD_NORDEN, qmNorden: QM_NORDEN, qmWesten: QM_WESTEN })) as[name] = await api.as(email);
  const caritas = (await as.admin.get('/organisations/caritas')).body;
  await as.admin.put('/organisations/caritas', { ...caritas, contact: { email: 'kontakt@caritas.hamm.example' } });
  await as.admin.post('/organisations', { name: 'Diakonie', kind: 'free-welfare', contact: { email: 'kontakt@diakonie.hamm.example' } }).then((r) => (as.diakonieId = r.body.id));
  as.caritas = api.withKey((await as.admin.post('/api-keys', { organisationId: 'caritas', name: 'Caritas' })).body.key);
  as.diakonie = api.withKey((await as.admin.post('/api-keys', { organisationId: as.diakonieId as unknown as string, name: 'Diakonie' })).body.key);
  const goal = ((await as.admin.get('/goals')).body as any[]).find((g) => g.number === 3);
  manual = (await as.admin.post('/indicators', { goalId: goal.id, name: 'Besuche im Stadtteilbüro', unit: 'Besuche', direction: 'higher-is-better', frequency: 'monthly', responsibleRole: 'neighbourhood-management' })).body;
  const created = await as.admin.post('/indicators', {
    goalId: goal.id, name: 'Beratungskontakte', unit: 'Kontakte', direction: 'higher-is-better', frequency: 'monthly', source: 'partner',
    reporters: [{ organisationId: 'caritas', socialSpaceIds: ['norden', 'westen'] }, { organisationId: as.diakonieId, socialSpaceIds: ['norden'] }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  partnerIndicator = created.body;
  // A published offer of a partner, never reviewed: stale.
  staleOffer = (await as.admin.post('/offers', offerBody({ title: 'Elterncafé Norden', contact: { email: 'elterncafe@caritas.hamm.example' } }))).body;
  // Westen has a value this month; Norden does not.
  await as.qmWesten.post('/measurements', { indicatorId: manual.id, socialSpaceId: 'westen', period: '2026-11', value: 40 });
}, 120000);
afterAll(async () => {
  await api?.close();
  restoreClock?.();
});

describe('reminder digests', () => {
  it('go out only in the five days before the report day', async () => {
    const box = mailbox();
    expect((await remind('2026-11-25', box)).digests).toEqual([]);
    expect(box.sent).toHaveLength(0);
  });

  it('send one digest per recipient, never twice for the same month, each with only what the recipient may read', async () => {
    const box = mailbox();
    // Two overlapping runs and a later one (the schedule fires daily and may retry).
    await Promise.all([remind('2026-11-26', box), remind('2026-11-26', box)]);
    await remind('2026-11-27', box);
    const recipients = box.sent.map((m) => m.to[0].address).sort();
    expect(recipients).toEqual([...new Set(recipients)]);

    const norden = box.to(QM_NORDEN);
    expect(norden).toHaveLength(1);
    expect(norden[0].subject).toMatch(/^Erinnerung vor dem Zielbericht November 2026: \d+ offene Punkte$/);
    expect(norden[0].text).toContain('am 1. Dezember 2026 geht der Zielbericht für November 2026 hinaus');
    expect(norden[0].text).toContain('Besuche im Stadtteilbüro – Hammer Norden (2026-11)');
    expect(norden[0].text).toContain('Elterncafé Norden');
    expect(norden[0].html).toContain('Noch aktuell? Hier bestätigen');
    // Westen entered its value; the Norden offer is none of Westen's business.
    const westen = box.to(QM_WESTEN);
    expect(westen.map((m) => m.text).join()).not.toMatch(/Hammer Westen \(2026-11\)|Elterncafé/);
    // Nobody is reminded of a space outside their assignment.
    expect(norden[0].text).not.toContain('Hammer Westen (2026-11)');
    // The partner: its missing contributions and its own stale offer, at its contact addresses.
    const caritas = box.to('kontakt@caritas.hamm.example');
    expect(caritas).toHaveLength(1);
    expect(caritas[0].text).toContain('Meldung: Beratungskontakte – Hammer Norden (2026-11)');
    expect(caritas[0].text).toContain('Meldung: Beratungskontakte – Hammer Westen (2026-11)');
    expect(box.to('kontakt@diakonie.hamm.example')[0].text).not.toContain('Hammer Westen');
    expect(box.to('elterncafe@caritas.hamm.example')[0].text).toContain('Elterncafé Norden');
    // Leadership enters nothing here and is not reminded.
    expect(box.to(LEITUNG)).toHaveLength(0);
    // Every delivery is claimed once and recorded (pattern 17).
    const stored = await api.repo.getRaw(keys.delivery('reminders', '2026-11', 'user:u-quartier-norden'));
    expect(stored).toMatchObject({ status: 'sent', version: 2 });
  });

  it('can be switched off by each user, in their own settings only', async () => {
    const mine = await as.qmNorden.get('/me/settings');
    expect(mine.body).toEqual({ id: 'settings', receivesReport: true, remindersOff: [], publicConsent: false, version: expect.any(Number) });
    const off = await as.qmNorden.put('/me/settings', { ...mine.body, remindersOff: ['missing-values', 'stale-offers'] });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    // Only these two fields: nothing else of the record is reachable, and a stale version is 409.
    expect((await as.qmNorden.put('/me/settings', { ...mine.body, assignments: [{ role: 'admin', socialSpaceIds: [] }] })).status).toBe(400);
    expect((await as.qmNorden.put('/me/settings', { ...mine.body, remindersOff: [] })).status).toBe(409);
    expect((await as.qmNorden.put('/me/settings', { ...off.body, remindersOff: ['holidays'] })).status).toBe(400);
    expect((await as.admin.get('/users/u-quartier-norden')).body.remindersOff).toEqual(['missing-values', 'stale-offers']);
    expect((await as.qmWesten.get('/me/settings')).body.remindersOff).toEqual([]);
    const trail = (await as.admin.get('/audit-events', { filter: { entityType: 'user', entityId: 'u-quartier-norden' } })).body as any[];
    expect(trail[0]).toMatchObject({ actor: 'user:u-quartier-norden', changes: { remindersOff: expect.anything() } });

    const box = mailbox();
    await remind('2026-12-30', box); // before the December report (Mon 4 Jan 2027)
    expect(box.to(QM_NORDEN)).toHaveLength(0);
    expect(box.to(QM_WESTEN)).toHaveLength(1);
  });
});

describe('the "still current" link', () => {
  const pathOf = (url: string) => url.slice(api.url.length);
  let link: string;

  beforeAll(async () => {
    const fresh = (await api.repo.get<any>(entities.offer, staleOffer.id));
    link = `${api.url}/offer-confirmations/${signOfferLink(fresh, LOCAL_LINK_SECRET, clockNow(), 'hamm')}`;
  });

  it('asks first (a GET changes nothing), then confirms the offer once, audited as link:<offer>', async () => {
    const before = await api.repo.get<any>(entities.offer, staleOffer.id);
    const page = await api.anonymous.get(pathOf(link));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('Ist dieses Angebot noch aktuell?');
    expect(page.body).toContain('Elterncafé Norden');
    expect((await api.repo.get<any>(entities.offer, staleOffer.id)).version).toBe(before.version);

    const done = await api.anonymous.raw(pathOf(link), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(done.status).toBe(200);
    expect(done.body).toContain('Vielen Dank!');
    const after = await api.repo.get<any>(entities.offer, staleOffer.id);
    expect(after.version).toBe(before.version + 1);
    expect(Date.parse(after.reviewedAt)).toBeGreaterThan(nowMs() - 60000);
    const trail = (await as.admin.get('/audit-events', { filter: { entityType: 'offer', entityId: staleOffer.id } })).body as any[];
    expect(trail[0]).toMatchObject({ actor: `link:${staleOffer.id}`, action: 'update' });
    expect(Object.keys(trail[0].changes)).toEqual(['reviewedAt']);

    // Used: a clear page, and nothing changes.
    const again = await api.anonymous.raw(pathOf(link), { method: 'POST' });
    expect(again.status).toBe(409);
    expect(again.body).toContain('Dieser Link wurde bereits verwendet');
    expect((await api.anonymous.get(pathOf(link))).body).toContain('bereits verwendet');
    expect((await api.repo.get<any>(entities.offer, staleOffer.id)).version).toBe(after.version);
  });

  it('refuses a tampered, an expired and an outdated link, changing nothing', async () => {
    const offer = await api.repo.get<any>(entities.offer, staleOffer.id);
    const good = signOfferLink(offer, LOCAL_LINK_SECRET, clockNow(), 'hamm');
    const [payload, sig] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claims, version: claims.version + 1 })).toString('base64url')}.${sig}`;
    const tampered = await api.anonymous.raw(`/offer-confirmations/${forged}`, { method: 'POST' });
    expect(tampered.status).toBe(400);
    expect(tampered.body).toContain('Dieser Link ist ungültig');
    expect(tampered.body).toContain('Es wurde nichts geändert.');

    const old = signOfferLink(offer, LOCAL_LINK_SECRET, new Date(nowMs() - 15 * 86400000), 'hamm');
    const expired = await api.anonymous.raw(`/offer-confirmations/${old}`, { method: 'POST' });
    expect(expired.status).toBe(410);
    expect(expired.body).toContain('Dieser Link ist abgelaufen');

    // Edited after the reminder: the link belongs to the old version.
    await as.admin.put(`/offers/${offer.id}`, { ...offer, description: 'Neu beschrieben' });
    const outdated = await api.anonymous.raw(`/offer-confirmations/${good}`, { method: 'POST' });
    expect(outdated.status).toBe(409);
    expect(outdated.body).toContain('Das Angebot wurde inzwischen geändert');
    expect((await api.repo.get<any>(entities.offer, offer.id)).version).toBe(offer.version + 1);
  });
});

describe('partner contributions', () => {
  const c = (org: string, space: string, value: number, period = '2026-10') => ({ indicatorId: partnerIndicator.id, socialSpaceId: space, period, organisationId: org, value });
  const sumOf = async (space: string, period = '2026-10') => (await api.repo.findByUnique<any>(entities.measurement, { indicatorId: partnerIndicator.id, socialSpaceId: space, period }))?.value;

  it('are summed per social space and recomputed on every change, marked as partner-reported', async () => {
    const a = await as.caritas.post('/contributions', c('caritas', 'norden', 10), { 'Idempotency-Key': 'caritas-2026-10-norden' });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    // The same request again (a retry) is answered from the idempotency record: still one contribution.
    const replay = await as.caritas.post('/contributions', c('caritas', 'norden', 10), { 'Idempotency-Key': 'caritas-2026-10-norden' });
    expect(replay.body.id).toBe(a.body.id);
    const d = await as.diakonie.post('/contributions', c(as.diakonieId as unknown as string, 'norden', 15));
    expect(d.status).toBe(201);
    expect(await sumOf('norden')).toBe(25);
    const m = await api.repo.findByUnique<any>(entities.measurement, { indicatorId: partnerIndicator.id, socialSpaceId: 'norden', period: '2026-10' });
    expect(m).toMatchObject({ source: 'partner', updatedBy: 'system:contributions' });

    const changed = await as.caritas.put(`/contributions/${a.body.id}`, { ...a.body, value: 12 });
    expect(changed.status).toBe(200);
    expect(await sumOf('norden')).toBe(27);
    expect((await as.diakonie.del(`/contributions/${d.body.id}`)).status).toBe(200);
    expect(await sumOf('norden')).toBe(12);
    // A clerk cannot enter or overwrite the sum by hand.
    const byHand = await as.admin.post('/measurements', { indicatorId: partnerIndicator.id, socialSpaceId: 'westen', period: '2026-10', value: 3 });
    expect(byHand.status).toBe(409);
    expect(byHand.body.type).toBe('https://hamm.example/problems/partner-reported');
    expect((await as.admin.put(`/measurements/${m.id}`, { ...m, value: 99 })).status).toBe(409);
  });

  it('are scoped by organisation: a partner neither sees nor changes another one\'s', async () => {
    const own = await as.diakonie.post('/contributions', c(as.diakonieId as unknown as string, 'norden', 7, '2026-09'));
    expect((await as.caritas.post('/contributions', c(as.diakonieId as unknown as string, 'norden', 1, '2026-08'))).status).toBe(403);
    expect((await as.caritas.put(`/contributions/${own.body.id}`, { ...own.body, value: 1 })).status).toBe(403);
    expect((await as.caritas.del(`/contributions/${own.body.id}`)).status).toBe(403);
    expect((await as.caritas.get(`/contributions/${own.body.id}`)).status).toBe(403);
    const listed = (await as.caritas.get('/contributions')).body as any[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((x) => x.organisationId === 'caritas')).toBe(true);
    // Only for the spaces the indicator names it for, and only on partner indicators.
    const elsewhere = await as.diakonie.post('/contributions', c(as.diakonieId as unknown as string, 'westen', 3));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0]).toMatchObject({ pointer: '/body/socialSpaceId' });
    expect((await as.caritas.post('/contributions', { ...c('caritas', 'norden', 3), indicatorId: manual.id })).status).toBe(409);
    // A period that does not fit the indicator's frequency.
    expect((await as.caritas.post('/contributions', c('caritas', 'norden', 3, '2026-Q3'))).status).toBe(400);
  });

  it('show clerks who has reported and who has not', async () => {
    const status = await as.koordNorden.get(`/indicators/${partnerIndicator.id}/reporting`, { period: '2026-10' });
    expect(status.status).toBe(200);
    const rows = status.body.rows.map((r: any) => `${r.organisationId}|${r.socialSpaceId}|${r.reported}|${r.value}`);
    expect(rows).toEqual(['caritas|norden|true|12', 'caritas|westen|false|null', `${as.diakonieId}|norden|false|null`]);
    expect(status.body.sums).toEqual([{ socialSpaceId: 'norden', value: 12 }]);
    expect((await as.caritas.get(`/indicators/${partnerIndicator.id}/reporting`, { period: '2026-10' })).status).toBe(403);
  });
});

describe('the report of one\'s own social spaces', () => {
  it('goes to each coordination user once, holding only their spaces', async () => {
    const box = mailbox();
    const first = await deliverPersonalReports(api.repo, { month: '2026-10', actor: 'system:schedule', transport: box.transport });
    expect(first).toEqual([expect.objectContaining({ userId: 'u-koordination-norden', socialSpaceIds: ['norden'], outcome: 'sent' })]);
    const mail = box.to(KOORD_NORDEN)[0];
    expect(mail.subject).toBe('Zielbericht Stadtteilarbeit – Oktober 2026 – Ihre Sozialräume');
    expect(mail.html).toContain('in Ihren Sozialräumen: Hammer Norden');
    for (const other of ['Hammer Westen', 'Bockum-Hövel', 'Uentrop']) {
      expect(mail.html).not.toContain(other);
      expect(mail.text).not.toContain(other);
    }
    const csv = Buffer.from(mail.attachments[0].content, 'base64').toString();
    expect(csv.split('\r\n').filter((l) => l.startsWith('Kennzahl;')).every((l) => l.startsWith('Kennzahl;Hammer Norden;'))).toBe(true);
    // Never twice; leadership keeps the city-wide report only.
    expect((await deliverPersonalReports(api.repo, { month: '2026-10', actor: 'system:schedule', transport: box.transport }))[0].outcome).toBe('skipped');
    expect(box.sent).toHaveLength(1);
  });

  it('goes to the roles the admin chooses', async () => {
    const settings = (await as.admin.get('/report-settings/default')).body;
    expect(settings).toMatchObject({ cityWideRoles: ['leadership'], ownSpacesRoles: ['coordination'] });
    const saved = await as.admin.put('/report-settings/default', { ...settings, ownSpacesRoles: ['coordination', 'neighbourhood-management'] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const box = mailbox();
    const results = await deliverPersonalReports(api.repo, { month: '2026-09', actor: 'system:schedule', transport: box.transport });
    expect(results.map((r) => r.userId).sort()).toEqual(['u-koordination-norden', 'u-quartier-norden', 'u-quartier-westen']);
    expect(box.to(QM_WESTEN)[0].html).toContain('in Ihren Sozialräumen: Hammer Westen');
  });
});
