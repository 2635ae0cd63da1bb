/**
 * The district report (Bericht für die Bezirksvertretung, issue 33) against DynamoDB Local and the
 * local API: its content for Hamm-Mitte (touched by the social spaces Mitte and Hammer Westen), the
 * participation table's suppression across its column totals, the GET route's answers, and the
 * sending before each session: once per council and session, not before the window, not after the
 * session, and made up by the next run (the hourly catch-up) when the runs of some days were missed.
 *
 * Calendar (Berlin): the report is read on Wednesday 10 March 2027. Councils and sessions:
 * - Hamm-Mitte: 18 March 2027 (sent from 7 days before: 11 March) and 10 June 2027;
 * - Hamm-Herringen: 16 March 2027 (from 3 days before: 13 March);
 * - Hamm-Pelkum: 20 March 2027 (from 5 days before: 15 March);
 * - Hamm-Uentrop: 9 March 2027, already past on the 10th, never sent;
 * - Hamm-Rhynern: no session at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailbox as keptMail } from '../support/mailbox.ts';
import { entities, type EntityDef, type EntityType } from '../../shared/entities.ts';
import { keys } from '../../shared/db/keys.ts';
import { seedData } from '../../shared/seed/seed.ts';
import { now, setClock } from '../../shared/time/clock.ts';
import { WITHHELD } from '../../shared/domain/smallCounts.ts';
import { catchUp } from '../../functions/reports/catchUp.ts';
import { councilReportData, dueSessions, periodOf, sessionFor, type CouncilReportData } from '../../functions/reports/councilReport.ts';
import { councilReportDelivery, sendCouncilReports } from '../../functions/reports/councilReports.ts';
import { ADMIN, QM_WESTEN, startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
let clerk: Client;
let partner: Client;
let restoreClock: () => void = () => undefined;

/** Moves the one clock (shared/time/clock.ts) for everything the step calls. */
function at(instant: string) {
  restoreClock();
  restoreClock = setClock(instant);
}

/** A record as the routes would store it: validated by its schema, defaults filled in, created at `createdAt`. */
const make = (type: EntityType, id: string, data: Record<string, unknown>, createdAt?: string) => {
  const def = entities[type] as EntityDef;
  return api.repo.create(def, seedData(def, data), { actor: 'test', id, at: createdAt });
};

/** The mailbox, and the district reports in it (the catch-up may send the monthly report too). */
function mailbox() {
  const box = keptMail();
  return { ...box, councilReports: () => box.sent.filter((m) => m.subject.startsWith('Bericht für die Bezirksvertretung')) };
}
const run = (box: ReturnType<typeof mailbox>) => sendCouncilReports(api.repo, { actor: 'system:schedule', now, transport: box.transport });
const bccOf = (m: any) => m.bcc.map((x: any) => x.address).sort();

const RECIPIENTS_MITTE = ['bezirksbuero.mitte@hamm.example', 'vorsitz.mitte@hamm.example'];
const council = (id: string, districtId: string, sessions: { date: string; time?: string; place?: string }[], over: Record<string, unknown> = {}) =>
  make('council', id, { districtId, name: `Bezirksvertretung ${districtId}`, recipients: [`bezirk.${districtId}@hamm.example`], sessions, ...over });

const ideaText = 'Mehr Bänke am Spielplatz, bitte';

beforeAll(async () => {
  at('2027-03-10T08:00:00Z');
  ({ api, admin } = await startMinimalApi());
  clerk = await api.as(QM_WESTEN);
  partner = api.withKey((await admin.post('/api-keys', { organisationId: 'caritas', name: 'Caritas' })).body.key);

  await council('bv-mitte', 'mitte', [{ date: '2027-06-10' }, { date: '2027-03-18', time: '17:00', place: 'Rathaus, Sitzungssaal' }], { name: 'Bezirksvertretung Hamm-Mitte', recipients: [...RECIPIENTS_MITTE].reverse(), reportDaysBefore: 7 });
  await council('bv-herringen', 'herringen', [{ date: '2027-03-16' }], { reportDaysBefore: 3 });
  await council('bv-pelkum', 'pelkum', [{ date: '2027-03-20' }], { reportDaysBefore: 5 });
  await council('bv-uentrop', 'uentrop', [{ date: '2027-03-09' }], { reportDaysBefore: 5 });
  await council('bv-rhynern', 'rhynern', []);

  // Published results: one indicator of Hammer Westen published (a small value among its figures), one not.
  await make('indicator', 'ind-families', { goalId: 'goal-1', name: 'Familien im Familienzentrum', unit: 'Familien', direction: 'higher-is-better', frequency: 'monthly' });
  await make('indicator', 'ind-secret', { goalId: 'goal-1', name: 'Unveröffentlichte Kennzahl', unit: 'Fälle', direction: 'higher-is-better', frequency: 'monthly' });
  await make('target', 'tg-families', { indicatorId: 'ind-families', socialSpaceId: 'westen', year: 2027, baseline: 4, target: 20 });
  for (const [period, value] of [['2026-12', 12], ['2027-01', 3], ['2027-02', 9]] as const)
    await make('measurement', `ms-families-${period}`, { indicatorId: 'ind-families', socialSpaceId: 'westen', period, value, source: 'manual' });
  await make('measurement', 'ms-secret', { indicatorId: 'ind-secret', socialSpaceId: 'westen', period: '2027-02', value: 77, source: 'manual' });
  await make('indicatorPublication', 'pub-families', { socialSpaceId: 'westen', indicatorId: 'ind-families', interpretation: 'Mehr Familien erreicht, seit das Sprachcafé läuft.' });

  // Projects: this year's plan of Hammer Westen, one public measure, one not, one public and answered by the council.
  await make('workPlan', 'plan-westen-2027', { socialSpaceId: 'westen', year: 2027, status: 'agreed' });
  const measure = (id: string, title: string, over: Record<string, unknown>) =>
    make('measure', id, { workPlanId: 'plan-westen-2027', socialSpaceId: 'westen', title, plannedFrom: '2027-01', plannedTo: '2027-12', goalIds: ['goal-1'], ...over });
  await measure('ms-cafe', 'Sprachcafé für Eltern', { public: true, status: 'running' });
  await measure('ms-intern', 'Interne Teamklausur', { public: false, status: 'planned' });
  await measure('ms-playground', 'Spielplatz Lange Straße sanieren', {
    public: true, status: 'planned', handover: { councilId: 'bv-mitte', on: '2027-01-20', answer: 'Die Mittel sind im Haushalt 2027 eingeplant.', answeredOn: '2027-02-15' },
  });

  // Needs: one of the district's quarters, handed over and unanswered; one outside the district; one too old; one for another council.
  const need = (id: string, socialSpaceId: string, title: string, createdAt: string, over: Record<string, unknown> = {}) =>
    make('need', id, { socialSpaceId, title, theme: 'Teilhabe', targetGroups: ['youth'], evidence: ['network'], ...over }, createdAt);
  await need('nd-station', 'mitte', 'Treffpunkt für Jugendliche <am Bahnhof>', '2026-10-05T10:00:00Z', {
    quarterIds: ['bahnhof-und-ortsgueterbahnhof'], handover: { councilId: 'bv-mitte', on: '2026-11-03', note: 'Bitte einen Standort prüfen' },
  });
  await need('nd-feldmark', 'westen', 'Bedarf nur in der Westenfeldmark', '2027-01-10T10:00:00Z', { quarterIds: ['westenfeldmark'] });
  await need('nd-old', 'westen', 'Alter Bedarf von 2025', '2025-12-01T10:00:00Z');
  await need('nd-herringen', 'westen', 'Für Herringen übergeben', '2027-02-01T10:00:00Z', { handover: { councilId: 'bv-herringen', on: '2027-02-02' } });

  // An agreement of a meeting in Hammer Westen, handed over.
  await make('network', 'net-westen', { name: 'Stadtteilkonferenz Westen', kind: 'district-conference', socialSpaceIds: ['westen'] });
  await make('meeting', 'mt-westen', {
    networkId: 'net-westen', date: '2027-02-02', organisationIds: ['caritas'], socialSpaceIds: ['westen'], targetGroups: [],
    agreements: [{ text: 'Beleuchtung am Westentor prüfen lassen', handover: { councilId: 'bv-mitte', on: '2027-02-05' } }, { text: 'Protokoll verschicken' }],
  });

  // Participation in the 12 months: ideas 12 (Westen) and 3 (Mitte); survey responses 6 and 0; confirmed sign-ups 5 and 0; participants 25 and 40.
  for (let i = 0; i < 12; i++) await make('idea', `idea-w-${i}`, { socialSpaceId: 'westen', text: ideaText, theme: 'Wohnen' }, `2026-${String(4 + (i % 9)).padStart(2, '0')}-15T10:00:00Z`);
  for (let i = 0; i < 3; i++) await make('idea', `idea-m-${i}`, { socialSpaceId: 'mitte', text: ideaText, theme: 'Wohnen' }, '2026-11-15T10:00:00Z');
  await make('idea', 'idea-m-old', { socialSpaceId: 'mitte', text: ideaText, theme: 'Wohnen' }, '2026-03-01T10:00:00Z');
  await make('survey', 'sv-westen', { socialSpaceId: 'westen', title: 'Wie gefällt Ihnen der Park?', questions: [{ id: 'q1', kind: 'scale', prompt: 'Ihre Note' }], opensOn: '2027-01-10', closesOn: '2027-01-31', status: 'published' });
  for (let i = 0; i < 6; i++) await make('surveyResponse', `sr-${i}`, { surveyId: 'sv-westen', socialSpaceId: 'westen', answers: { q1: 4 } }, '2027-01-15T10:00:00Z');
  await make('activity', 'ac-westen', { title: 'Nachbarschaftsfest', kind: 'festival', stage: 'involvement', date: '2027-02-20', socialSpaceId: 'westen', participants: 25, signUp: true, capacity: 30, startTime: '15:00' });
  await make('activity', 'ac-westen-old', { title: 'Altes Fest', kind: 'festival', stage: 'information', date: '2025-12-01', socialSpaceId: 'westen', participants: 100 });
  await make('activity', 'ac-mitte', { title: 'Stadtteilspaziergang', kind: 'participation-format', stage: 'outreach', date: '2026-09-01', socialSpaceId: 'mitte', participants: 40 });
  for (let i = 0; i < 5; i++) await make('signUp', `su-${i}`, { activityId: 'ac-westen', socialSpaceId: 'westen', status: 'confirmed' });
  await make('signUp', 'su-cancelled', { activityId: 'ac-westen', socialSpaceId: 'westen', status: 'cancelled' });

  // Offers: published ones by theme; a draft is not counted.
  const offer = (id: string, socialSpaceIds: string[], themes: string[], status = 'published') =>
    make('offer', id, { title: `Angebot ${id}`, organisationId: 'caritas', socialSpaceIds, themes, targetGroups: ['everyone'], status });
  await offer('of-1', ['mitte'], ['Bildung']);
  await offer('of-2', ['mitte'], ['Bildung', 'Kultur']);
  await offer('of-3', ['westen'], ['Gesundheit']);
  await offer('of-4', ['westen'], ['Wohnen'], 'draft');
}, 180000);

afterAll(async () => {
  await api?.close();
  restoreClock();
});

describe('choosing the session and the period', () => {
  it('takes the named session, else the next one, else none; the window runs from reportDaysBefore days before to the day', () => {
    const c = { reportDaysBefore: 7, sessions: [{ date: '2027-06-10' }, { date: '2027-03-18' }] };
    expect(sessionFor(c, '2027-03-10')).toEqual({ session: { date: '2027-03-18' } });
    expect(sessionFor(c, '2027-03-19')).toEqual({ session: { date: '2027-06-10' } });
    expect(sessionFor(c, '2027-06-11')).toEqual({});
    expect(sessionFor(c, '2027-03-10', '2027-06-10')).toEqual({ session: { date: '2027-06-10' } });
    expect(sessionFor(c, '2027-03-10', '2027-03-17')).toBeUndefined();
    expect(dueSessions(c, '2027-03-10')).toEqual([]);
    expect(dueSessions(c, '2027-03-11')).toEqual([{ date: '2027-03-18' }]);
    expect(dueSessions(c, '2027-03-18')).toEqual([{ date: '2027-03-18' }]);
    expect(dueSessions(c, '2027-03-19')).toEqual([]);
    // The 12 months up to the day before the session, never past today.
    expect(periodOf({ session: { date: '2027-03-18' } }, '2027-03-10')).toEqual({ from: '2026-03-11', until: '2027-03-10' });
    expect(periodOf({ session: { date: '2027-03-18' } }, '2027-04-01')).toEqual({ from: '2026-03-18', until: '2027-03-17' });
    expect(periodOf({}, '2028-02-29')).toEqual({ from: '2027-03-01', until: '2028-02-29' });
  });
});

describe('the report for Hamm-Mitte', () => {
  let data: CouncilReportData;
  let html: string;

  beforeAll(async () => {
    at('2027-03-10T08:00:00Z');
    const c = await api.repo.get<any>(entities.council, 'bv-mitte');
    data = await councilReportData(api.repo, c, sessionFor(c, '2027-03-10')!, now());
    const res = await clerk.get('/councils/bv-mitte/report');
    expect(res.status, String(res.body).slice(0, 500)).toBe(200);
    html = res.body;
  });

  it('covers the social spaces touching the district, with their quarters in it', () => {
    expect(data.session).toEqual({ date: '2027-03-18', time: '17:00', place: 'Rathaus, Sitzungssaal' });
    expect(data.period).toEqual({ from: '2026-03-11', until: '2027-03-10' });
    expect(data.spaces.map((s) => [s.name, s.quarters])).toEqual([
      ['Hammer Westen', ['Westen (nördlich Lange Straße)', 'Westen (südlich Lange Straße)']],
      ['Mitte', ['Bahnhof und Ortsgüterbahnhof', 'City', 'Innenstadt Ost', 'Innenstadt Süd', 'Süden (östlich Werler Straße)', 'Süden (westlich Werler Straße)']],
    ]);
  });

  it('shows the published result with its small values as "weniger als 5", and no unpublished indicator', () => {
    const westen = data.spaces.find((s) => s.id === 'westen')!;
    expect(westen.results).toHaveLength(1);
    expect(westen.results[0]).toMatchObject({
      indicator: { name: 'Familien im Familienzentrum', unit: 'Familien' },
      goal: expect.stringMatching(/^Ziel 1: /),
      baseline: { value: null, suppressed: 'small' },
      target: { value: 20 },
      latest: { period: '2027-02', value: 9 },
    });
    expect(westen.results[0].trend.map((t) => [t.period, t.value])).toEqual([['2026-12', 12], ['2027-01', null], ['2027-02', 9]]);
    expect(data.spaces.find((s) => s.id === 'mitte')!.results).toEqual([]);
    expect(html).toContain('Familien im Familienzentrum');
    expect(html).toContain('Januar 2027: weniger als 5');
    expect(html).toContain('9 Familien<br><span class="note">Februar 2027</span>');
    expect(html).toContain('20 Familien');
    expect(html).toContain('Mehr Familien erreicht, seit das Sprachcafé läuft.');
    expect(html).not.toContain('Unveröffentlichte Kennzahl');
    expect(html).not.toContain('77 Fälle');
  });

  it('lists the public projects of the year only, in German', () => {
    const westen = data.spaces.find((s) => s.id === 'westen')!;
    expect(westen.projects.map((p) => [p.title, p.status])).toEqual([
      ['Spielplatz Lange Straße sanieren', 'planned'],
      ['Sprachcafé für Eltern', 'running'],
    ]);
    expect(html).toContain('<th scope="row">Sprachcafé für Eltern</th><td>läuft</td>');
    expect(html).not.toContain('Interne Teamklausur');
  });

  it('lists the needs of the last 12 months in the district, escaped', () => {
    expect(data.spaces.find((s) => s.id === 'mitte')!.needs).toEqual([
      { title: 'Treffpunkt für Jugendliche <am Bahnhof>', theme: 'Teilhabe', status: 'open', quarters: ['Bahnhof und Ortsgüterbahnhof'], raisedOn: '2026-10-05' },
    ]);
    // Westen's needs: the one in Herringen's quarter and the old one are not Hamm-Mitte's.
    expect(data.spaces.find((s) => s.id === 'westen')!.needs.map((n) => n.title)).toEqual(['Für Herringen übergeben']);
    expect(html).toContain('Treffpunkt für Jugendliche &lt;am Bahnhof&gt;');
    expect(html).not.toContain('<am Bahnhof>');
    expect(html).not.toContain('Westenfeldmark</td>');
    expect(html).not.toContain('Alter Bedarf');
  });

  it('counts participation in one table without sums, so that no hidden cell can be worked out, in this report or across two', () => {
    expect(data.participation.rows.map((r) => r.name)).toEqual(['Hammer Westen', 'Mitte']);
    // Ideas: 12 and 3. The 3 is small; the 12 is shown, since no sum is published beside it (Westen also
    // touches other districts: a complement withheld here could be shown in their report).
    expect(data.participation.rows.map((r) => r.cells[0])).toEqual([12, null]);
    // Participants: 25 and 40, nothing small.
    expect(data.participation.rows.map((r) => r.cells[3])).toEqual([25, 40]);
    const table = html.slice(html.indexOf('id="h-beteiligung"'), html.indexOf('id="angebote"'));
    expect(table).toContain('<th scope="row">Mitte</th><td class="num">weniger als 5</td>');
    expect(table).not.toContain('Zusammen');
    expect(table).not.toContain('<tfoot>');
    for (const small of ['>3<', '>0<']) expect(table).not.toContain(small);
  });

  it('counts published offers per theme and social space', () => {
    expect(data.offersByTheme).toEqual([
      { theme: 'Bildung', counts: [0, 2] },
      { theme: 'Gesundheit', counts: [1, 0] },
      { theme: 'Kultur', counts: [0, 1] },
    ]);
  });

  it('lists what was handed to this council: open first with the day handed over, then the answered with the answer', () => {
    expect(data.handovers.open.map((h) => [h.kind, h.title, h.on])).toEqual([
      ['need', 'Treffpunkt für Jugendliche <am Bahnhof>', '2026-11-03'],
      ['agreement', 'Beleuchtung am Westentor prüfen lassen', '2027-02-05'],
    ]);
    expect(data.handovers.open[1]).toMatchObject({ context: 'Stadtteilkonferenz Westen', meetingDate: '2027-02-02' });
    expect(data.handovers.answered).toEqual([
      { kind: 'measure', title: 'Spielplatz Lange Straße sanieren', context: 'Hammer Westen', on: '2027-01-20', answer: 'Die Mittel sind im Haushalt 2027 eingeplant.', answeredOn: '2027-02-15' },
    ]);
    const section = html.slice(html.indexOf('id="uebergeben"'));
    expect(section.indexOf('Offen')).toBeLessThan(section.indexOf('Treffpunkt für Jugendliche'));
    expect(section.indexOf('Treffpunkt für Jugendliche')).toBeLessThan(section.indexOf('<h3>Beantwortet</h3>'));
    expect(section).toContain('<td>03.11.2026</td>');
    expect(section).toContain('<td>Vereinbarung</td><td>Stadtteilkonferenz Westen, Sitzung vom 02.02.2027</td><td>05.02.2027</td>');
    expect(section.indexOf('Die Mittel sind im Haushalt 2027 eingeplant.')).toBeGreaterThan(section.indexOf('<h3>Beantwortet</h3>'));
    expect(section).not.toContain('Für Herringen übergeben');
    expect(section).not.toContain('Protokoll verschicken');
  });

  it('is a printable, accessible German page without script', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    const title = 'Bericht für die Bezirksvertretung Hamm-Mitte, Sitzung am 18. März 2027';
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain('vom 11. März 2026 bis zum 10. März 2027');
    expect(html).toContain('erstellt am 10. März 2027 um 09:00 Uhr');
    expect(html).toContain('Sitzung am 18. März 2027 um 17:00 Uhr, Rathaus, Sitzungssaal.');
    expect(html).not.toMatch(/<script|<img|<iframe|\son\w+=/i);
    expect(html).toMatch(/@page\{size:A4/);
    expect(html).toMatch(/@media print\{[^]*nav\{display:none\}[^]*\.space,\.district\{break-before:page\}/);
    // Headings in order: one h1, then h2 and h3 without skipping a level.
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.slice(1).forEach((l, i) => expect(l - levels[i]).toBeLessThanOrEqual(1));
    // Each data table has a caption, and every header cell its scope.
    const tables = html.match(/<table>[^]*?<\/table>/g)!;
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) expect(t).toMatch(/^<table><caption>/);
    expect(html.match(/<th(?=[\s>])(?![^>]*scope="(row|col)")[^>]*>/g)).toBeNull();
  });
});

describe('GET /v1/councils/{id}/report', () => {
  it('answers HTML to a clerk, 404 with a German detail for a day without session, and shows a council without sessions', async () => {
    const res = await admin.get('/councils/bv-mitte/report', { session: '2027-06-10' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.body).toContain('<h1>Bericht für die Bezirksvertretung Hamm-Mitte, Sitzung am 10. Juni 2027</h1>');
    const missing = await clerk.get('/councils/bv-mitte/report', { session: '2027-03-17' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body.detail).toBe('Die Bezirksvertretung hat am 17. März 2027 keine Sitzung.');
    expect((await clerk.get('/councils/bv-nowhere/report')).status).toBe(404);
    const none = await clerk.get('/councils/bv-rhynern/report');
    expect(none.status).toBe(200);
    expect(none.body).toContain('<h1>Bericht für die Bezirksvertretung Hamm-Rhynern, Stand 10. März 2027 (ohne Sitzungstermin)</h1>');
  });

  it('refuses a partner key', async () => {
    const res = await partner.get('/councils/bv-mitte/report');
    expect(res.status).toBe(403);
  });
});

describe('sending before each session', () => {
  it('sends nothing before the window, nor for a session that has passed', async () => {
    at('2027-03-10T06:00:00Z'); // 07:00 in Berlin: Mitte's window opens tomorrow; Uentrop's session was yesterday
    const box = mailbox();
    expect(await run(box)).toEqual([]);
    expect(box.sent).toHaveLength(0);
    expect(await api.repo.getRaw(councilReportDelivery('bv-uentrop', '2027-03-09').key)).toBeUndefined();
  });

  it('sends one mail per council and session, however many runs: made up on the 14th for the missed days since the 11th', async () => {
    at('2027-03-14T06:00:00Z');
    const box = mailbox();
    const runs = await Promise.all([run(box), run(box)]);
    await run(box);
    expect(runs.flat().filter((r) => r.outcome === 'sent').map((r) => `${r.councilId}:${r.session}`).sort()).toEqual(['bv-herringen:2027-03-16', 'bv-mitte:2027-03-18']);
    expect(box.sent).toHaveLength(2);
    const mitte = box.sent.find((m) => m.subject.includes('Hamm-Mitte'))!;
    expect(mitte.subject).toBe('Bericht für die Bezirksvertretung Hamm-Mitte, Sitzung am 18. März 2027');
    expect(bccOf(mitte)).toEqual(RECIPIENTS_MITTE);
    expect(mitte.html).toContain('<html lang="de">');
    expect(mitte.html).toContain('Treffpunkt für Jugendliche &lt;am Bahnhof&gt;');
    expect(mitte.text).toContain('An die Bezirksvertretung übergeben und noch offen: 2');
    expect(bccOf(box.sent.find((m) => m.subject.includes('Hamm-Herringen'))!)).toEqual(['bezirk.herringen@hamm.example']);
    // The delivery is claimed once and audited like the others.
    expect(await api.repo.getRaw(councilReportDelivery('bv-mitte', '2027-03-18').key)).toMatchObject({ status: 'sent', attempts: 1, councilId: 'bv-mitte', sessionDate: '2027-03-18' });
    const trail = await api.repo.queryAll<any>({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.auditOfEntity('delivery', 'council-report:2027-03-18:council:bv-mitte').PK } });
    expect(trail.map((e) => e.changes.status.to)).toEqual(['sending', 'sent']);
  });

  it('the hourly catch-up makes up a window whose daily runs were missed, and sends nothing twice', async () => {
    // Pelkum's window opened on the 15th; no run since the 14th (the function was down). Monday the 18th, 11:00.
    at('2027-03-18T10:00:00Z');
    const box = mailbox();
    const caught = await catchUp(api.repo, { actor: 'system:catch-up', now, transport: box.transport, extraRecipients: [] });
    expect(caught.councilReports).toEqual([
      expect.objectContaining({ councilId: 'bv-mitte', session: '2027-03-18', outcome: 'skipped' }),
      expect.objectContaining({ councilId: 'bv-pelkum', session: '2027-03-20', outcome: 'sent' }),
    ]);
    expect(box.councilReports().map((m) => [m.subject, bccOf(m)])).toEqual([['Bericht für die Bezirksvertretung Hamm-Pelkum, Sitzung am 20. März 2027', ['bezirk.pelkum@hamm.example']]]);
  });

  it('sends nothing once the sessions have passed', async () => {
    at('2027-03-21T06:00:00Z');
    const box = mailbox();
    expect(await run(box)).toEqual([]);
    expect(box.sent).toHaveLength(0);
  });
});
