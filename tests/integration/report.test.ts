/**
 * The monthly report against DynamoDB Local: golden figures of the seeded data for one fixed
 * month, and exactly-once delivery under concurrency and after a failed send.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { computeReport } from '../../functions/reports/compute.ts';
import { deliverReport } from '../../functions/reports/deliver.ts';
import { getReport, listReports } from '../../shared/db/reportStore.ts';
import { HTML_LIMIT_BYTES, renderCsv, renderHtml, renderHtmlWith, renderText } from '../../functions/reports/render.ts';
import { allSeedItems, applySeed } from '../../shared/seed/seed.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { freshTable } from '../support/db.ts';

const MONTH = '2026-10';
const GOLDEN = new URL('../golden/report-2026-10.json', import.meta.url);
let t: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  t = await freshTable(() => SEED_TODAY);
  await applySeed(t.repo, allSeedItems(SEED_TODAY));
}, 120000);

/** A JSON transport that counts, and can be told to fail. */
function countingTransport(fail = false) {
  const inner = nodemailer.createTransport({ jsonTransport: true });
  const sent: any[] = [];
  return {
    sent,
    transport: {
      sendMail: async (msg: any) => {
        await new Promise((r) => setTimeout(r, 30));
        if (fail) throw new Error('SMTP 451 temporary failure');
        const info = await inner.sendMail(msg);
        sent.push(JSON.parse(info.message));
        return info;
      },
    } as any,
  };
}

describe('report figures (golden)', () => {
  it(`match the committed figures for ${MONTH}`, async () => {
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    const figures = {
      goals: data.scorecard.goals.map((g) => `${g.goalId}|${g.socialSpaceId}|${g.status}`),
      cells: data.scorecard.cells.map((c) => `${c.indicatorId}|${c.socialSpaceId}|${c.period}|${c.value}|${c.source}|${c.target}|${c.status}|${c.trendPrevious}|${c.trendYear}`),
      goalRollUp: data.goalRollUp,
      offers: data.offers,
      missing: data.missing.length,
      notable: data.notable,
      budget: data.budget,
    };
    expect(data.scorecard.socialSpaces).toHaveLength(9);
    expect(data.scorecard.cells).toHaveLength(13 * 9);
    // The six computed demo indicators hold computed values only.
    const computed = new Set(['ind-participation', 'ind-network-meetings', 'ind-network-partners', 'ind-network-density', 'ind-offers-current', 'ind-volunteers']);
    // The counselling contacts are the sums of partner contributions (the last three months).
    for (const c of data.scorecard.cells.filter((x) => x.value !== null)) expect(c.source).toBe(computed.has(c.indicatorId) ? 'computed' : c.indicatorId === 'ind-counselling-contacts' ? 'partner' : 'manual');
    expect(data.offers.reduce((n, o) => n + o.total, 0)).toBeGreaterThanOrEqual(60);
    // The golden file is written deliberately (UPDATE_GOLDEN=1) and reviewed; a missing one fails.
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(figures, null, 1) + '\n');
    expect(existsSync(GOLDEN), 'tests/golden/report-2026-10.json is missing (regenerate with UPDATE_GOLDEN=1 and review it)').toBe(true);
    expect(figures).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('renders German HTML, text and a CSV with every number', async () => {
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    const html = renderHtml(data);
    expect(html).toContain('Zielbericht Oktober 2026');
    expect(html).not.toMatch(/<svg|<script/i);
    for (const s of data.scorecard.socialSpaces) expect(html).toContain(s.name);
    expect(renderText(data)).toContain('AUF EINEN BLICK');
    const csv = renderCsv(data).split('\r\n');
    expect(csv.filter((l) => l.startsWith('Kennzahl;'))).toHaveLength(117);
    // Each value says where it comes from.
    expect(html).toMatch(/· berechnet/);
    expect(html).toMatch(/· erfasst/);
    expect(html).toMatch(/· von Trägern gemeldet/);
    // The budget per social space: the seeded lines of Norden and Westen.
    expect(data.budget.map((b) => b.socialSpaceId).sort()).toEqual(['norden', 'westen']);
    expect(html).toContain('Budget 2026');
    expect(csv.filter((l) => l.startsWith('Budget;'))).toHaveLength(3);
    expect(csv.filter((l) => l.startsWith('Kennzahl;') && l.endsWith(';berechnet'))).toHaveLength(6 * 9 - data.scorecard.cells.filter((c) => c.value === null && c.source === null && ['ind-participation', 'ind-network-meetings', 'ind-network-partners', 'ind-network-density', 'ind-offers-current', 'ind-volunteers'].includes(c.indicatorId)).length);
    expect(csv.join('\n')).toMatch(/;\d+,\d/); // decimal commas
  });

  it('counts residents\' ideas per social space: the seed\'s two October ideas in Hammer Norden', async () => {
    // Seeded 24 and 40 days before 15 November: 22 October (answered after 3 days, in review) and
    // 6 October (answered after 6 days, done); the others arrived in September and November.
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    expect(data.participation.find((p) => p.socialSpaceId === 'norden')).toEqual({ socialSpaceId: 'norden', received: 2, answeredInTime: 2, takenUp: 1, pending: 0 });
    expect(data.participation.filter((p) => p.socialSpaceId !== 'norden').every((p) => p.received === 0)).toBe(true);
    expect(renderHtml(data)).toContain('Beteiligung: 2 Anliegen eingegangen · 2 binnen 14 Tagen beantwortet · 1 aufgenommen · 0 warten auf Freigabe');
    expect(renderText(data)).toContain('  Beteiligung: 2 Anliegen eingegangen');
    expect(renderCsv(data).split('\r\n')).toContain('Beteiligung;Hammer Norden;2;2;1;0');
  });

  it('names the languages whose searches found nothing in a space, never their words', async () => {
    await t.repo.countSearchGap({ month: MONTH, socialSpaceId: 'westen', theme: '-', targetGroup: '-', ageBand: '-', language: 'tr' });
    await t.repo.countSearchGap({ month: MONTH, socialSpaceId: 'westen', theme: 'Bildung', targetGroup: '-', ageBand: '-', language: 'tr' });
    await t.repo.countSearchGap({ month: MONTH, socialSpaceId: 'westen', theme: '-', targetGroup: '-', ageBand: '-', language: 'ar' });
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    expect(data.searchLanguages.find((s) => s.socialSpaceId === 'westen')!.byLanguage.filter((l) => l.language !== 'de')).toEqual([{ language: 'tr', count: 2 }, { language: 'ar', count: 1 }]);
    expect(renderHtml(data)).toContain('Suchen ohne Ergebnis in anderen Sprachen: Türkisch 2 · Arabisch 1');
    expect(renderText(data)).toContain('  Suchen ohne Ergebnis in anderen Sprachen: Türkisch 2 · Arabisch 1');
    expect(renderCsv(data).split('\r\n')).toContain('Suchen ohne Ergebnis;Hammer Westen;Türkisch;2');
    // A space whose searches all found something, or were all in German, gets no such line.
    expect(renderText(data).match(/in anderen Sprachen/g)).toHaveLength(1);
  });

  it('says in words what a month without values is still waiting for, never a dash', async () => {
    // November: the seed's work ends in October, and nothing has been computed or entered for it.
    const data = await computeReport(t.repo, '2026-11', SEED_TODAY);
    const html = renderHtmlWith(data, 'all');
    const text = renderText(data);
    for (const shown of [html, text]) {
      expect(shown).toContain('noch nicht berechnet');
      expect(shown).toContain('noch nicht erfasst');
      expect(shown).toContain('noch nicht gemeldet');
      expect(shown).not.toMatch(/NaN|undefined|Invalid Date/);
    }
    expect(html).not.toMatch(/>– \/|\/ –/);
    expect(text).not.toContain('Ziel –');
  });
});

describe('the e-mail fits the inbox', () => {
  it(`keeps the HTML under ${HTML_LIMIT_BYTES / 1024} KB with every indicator at the seeded volume, 640 px wide, tables and inline CSS only`, async () => {
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    const html = renderHtml(data);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(HTML_LIMIT_BYTES);
    expect(html).toBe(renderHtmlWith(data, 'all'));
    expect(html).toContain('max-width:640px');
    expect(html).not.toMatch(/<style|<link|<img|<svg|<script|class=/i);
    expect(html).not.toMatch(/width:(6[5-9]\d|[7-9]\d\d|\d{4,})px/);
  });

  it('shows less detail, never more bytes, when the data grows tenfold (the CSV keeps everything)', async () => {
    const data = await computeReport(t.repo, MONTH, SEED_TODAY);
    // Ten times the indicators: each cell copied under nine more indicator ids.
    const copies = Array.from({ length: 10 }, (_, k) => k);
    const indicators = data.scorecard.indicators.flatMap((i) => copies.map((k) => ({ ...i, id: `${i.id}~${k}`, name: `${i.name} (${k + 1})` })));
    const cells = data.scorecard.cells.flatMap((c) => copies.map((k) => ({ ...c, indicatorId: `${c.indicatorId}~${k}` })));
    const missing = data.missing.flatMap((m) => copies.map((k) => ({ ...m, indicatorId: `${m.indicatorId}~${k}` })));
    const big = { ...data, scorecard: { ...data.scorecard, indicators, cells }, missing, notable: data.notable.map((n) => ({ ...n, indicatorId: `${n.indicatorId}~0` })) };
    expect(Buffer.byteLength(renderHtmlWith(big, 'all'))).toBeGreaterThan(HTML_LIMIT_BYTES);
    const html = renderHtml(big);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(HTML_LIMIT_BYTES);
    for (const s of data.scorecard.socialSpaces) expect(html).toContain(s.name);
    expect(html).toMatch(/im CSV-Anhang/);
    expect(renderCsv(big).split('\r\n').filter((l) => l.startsWith('Kennzahl;'))).toHaveLength(cells.length);
  });
});

describe('exactly-once delivery', () => {
  it('two concurrent invocations send one e-mail', async () => {
    const a = countingTransport();
    const results = await Promise.all([
      deliverReport(t.repo, { month: '2026-09', actor: 'system:schedule', transport: a.transport }),
      deliverReport(t.repo, { month: '2026-09', actor: 'system:schedule', transport: a.transport }),
      deliverReport(t.repo, { month: '2026-09', actor: 'system:schedule', transport: a.transport }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['sent', 'skipped', 'skipped']);
    expect(a.sent).toHaveLength(1);
    // Recipients travel in Bcc only: nobody sees who else receives the report.
    expect(a.sent[0].bcc.map((x: any) => x.address)).toEqual(['leitung@hamm.example']);
    expect(a.sent[0].to.map((x: any) => x.address)).toEqual(['zielbericht@hamm.example']);
    expect(a.sent[0].attachments[0].filename).toBe('zielbericht-2026-09.csv');
    const stored = await getReport(t.repo, '2026-09');
    expect(stored).toMatchObject({ status: 'sent', recipients: ['leitung@hamm.example'], messageId: a.sent[0].messageId });
    expect(stored!.snapshot.month).toBe('2026-09');
    // Its audit trail carries the real versions: created by the claim, updated by the outcome.
    const trail = (await t.repo.auditPage({ entity: { type: 'report', id: '2026-09' } })).items.reverse();
    expect(trail.map((e) => [e.action, e.version, e.changes.status?.to])).toEqual([['create', 1, 'sending'], ['update', 2, 'sent']]);
    expect(stored!.version).toBe(2);
  });

  it('a retry after a failed send sends exactly one; a later rerun does nothing unless forced', async () => {
    const broken = countingTransport(true);
    const first = await deliverReport(t.repo, { month: '2026-08', actor: 'system:schedule', transport: broken.transport });
    expect(first.outcome).toBe('failed');
    expect((await getReport(t.repo, '2026-08'))!.status).toBe('failed');
    const ok = countingTransport();
    const [retry1, retry2] = await Promise.all([
      deliverReport(t.repo, { month: '2026-08', actor: 'system:schedule', transport: ok.transport }),
      deliverReport(t.repo, { month: '2026-08', actor: 'system:schedule', transport: ok.transport }),
    ]);
    expect([retry1.outcome, retry2.outcome].sort()).toEqual(['sent', 'skipped']);
    expect(ok.sent).toHaveLength(1);
    expect((await deliverReport(t.repo, { month: '2026-08', actor: 'system:schedule', transport: ok.transport })).outcome).toBe('skipped');
    expect(ok.sent).toHaveLength(1);
    const forced = await deliverReport(t.repo, { month: '2026-08', actor: 'user:u-admin', force: true, transport: ok.transport });
    expect(forced.outcome).toBe('sent');
    expect(ok.sent).toHaveLength(2);
    const months = (await listReports(t.repo)).map((r) => r.month);
    expect(months).toEqual(expect.arrayContaining(['2026-08', '2026-09']));
  });
});

describe('admin-managed recipients', () => {
  it('adds the recipients an admin saved to the leadership users', async () => {
    const { entities } = await import('../../shared/entities.ts');
    const { recipientsFor } = await import('../../functions/reports/deliver.ts');
    expect(await recipientsFor(t.repo)).toEqual(['leitung@hamm.example']);
    await t.repo.create(entities.reportSettings, { extraRecipients: ['dezernat@hamm.example'] }, { actor: 'user:u-admin', id: 'default' });
    expect(await recipientsFor(t.repo, ['Extra@hamm.example'])).toEqual(['dezernat@hamm.example', 'extra@hamm.example', 'leitung@hamm.example']);
  });
});
