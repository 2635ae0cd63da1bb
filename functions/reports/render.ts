/**
 * Renders the report for e-mail: HTML with inline CSS and table layout (bars and trend arrows
 * as HTML/CSS, no SVG, no JS), a plain-text alternative, and a CSV with every number.
 * German text and number/date formats (de-DE, Europe/Berlin).
 */
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { escapeHtml as esc } from '../../shared/format/html.ts';
import type { Status, Trend } from '../../shared/domain/scorecard.ts';
import { monthLabel, TIME_ZONE } from '../../shared/time/months.ts';
import type { ReportData } from './compute.ts';
import { ANSWER_DAYS } from '../../shared/domain/ideas.ts';
import { csvRows } from '../../shared/format/csv.ts';
import { formatEuro as euro } from '../../shared/format/money.ts';
import { FEWER_THAN_DE, METRIC_DE, NO_TARGET_DE, PENDING_DE, ROLE_DE, SOURCE_DE, STATUS_COLOUR, STATUS_DE } from '../../shared/format/labels.ts';
import { SMALL_COUNT } from '../../shared/domain/smallCounts.ts';
import type { Shown } from '../../shared/domain/publishedResults.ts';
import { ROOM_METRICS, type RoomMetric } from './roomFigures.ts';
import type { IndicatorSource } from '../../shared/schemas/indicator.ts';
import type { Role } from '../../shared/schemas/user.ts';
import { germanNameOf, SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';

const nf = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : nf.format(v));

const TREND: Record<Trend, string> = { better: '▲ besser', worse: '▼ schlechter', flat: '► gleich', unknown: '· kein Vergleich' };
const TREND_COLOUR: Record<Trend, string> = { better: '#2e7d32', worse: '#c62828', flat: '#616161', unknown: '#9e9e9e' };

/** A coloured dot and the status in words (the colour is never the only carrier). */
const badge = (s: Status) => `<span style="white-space:nowrap"><span style="color:${STATUS_COLOUR[s]}">●</span> ${STATUS_DE[s]}</span>`;

/** A cell's value, or in words what it is still waiting for ("noch nicht berechnet", "noch nicht erfasst"). */
const valueOr = (v: number | null, i: { source?: string }) => (v === null ? PENDING_DE[(i.source ?? 'manual') as IndicatorSource] : nf.format(v));

/** "12 / 15 Treffen" with its bar; where either is missing, words say so instead of a dash. */
function valueAndTarget(c: { value: number | null; target: number | null; ratio: number | null; status: Status }, i: { unit: string; source?: string }): string {
  if (c.value !== null && c.target !== null) return `${num(c.value)} / ${num(c.target)} ${esc(i.unit)}${bar(c.ratio, c.status)}`;
  const value = c.value === null ? `<i style="color:#616161">${valueOr(null, i)}</i>` : `${num(c.value)} ${esc(i.unit)}`;
  return `${value} / ${c.target === null ? NO_TARGET_DE : `${num(c.target)} ${esc(i.unit)}`}`;
}

/** " · berechnet" or " · erfasst" after a value; nothing when the value is missing. */
const sourceNote = (source: string | null) => (source ? ` · ${SOURCE_DE[source as IndicatorSource] ?? source}` : '');

/** Attainment bar, 100 px wide: value/target, capped at 120 %. A two-cell table renders in every mail client. */
function bar(ratio: number | null, s: Status): string {
  if (ratio === null) return '';
  const w = Math.max(1, Math.round((Math.min(1.2, Math.max(0, ratio)) / 1.2) * 100));
  return `<table cellpadding="0" cellspacing="0" width="100"><tr><td width="${w}" height="5" bgcolor="${STATUS_COLOUR[s]}"></td>${w < 100 ? '<td bgcolor="#eeeeee"></td>' : ''}</tr></table>`;
}

const ROOM_UNIT: Record<RoomMetric, string> = { 'room-hours-groups': ' Std.', 'room-hours-partners': ' Std.', 'room-opening-hours-used': ' %', 'room-requests-answered-3wd': ' %', 'room-groups': '' };
/** Why a room figure is not shown: the rule that hid it, in words. */
const ROOM_HIDDEN: Record<RoomMetric, string> = {
  'room-hours-groups': `${FEWER_THAN_DE(SMALL_COUNT)} Gruppen`,
  'room-hours-partners': `${FEWER_THAN_DE(SMALL_COUNT)} Organisationen`,
  'room-opening-hours-used': '–',
  'room-requests-answered-3wd': 'zu wenige Anfragen',
  'room-groups': FEWER_THAN_DE(SMALL_COUNT),
};
/** A centre's room figure: its value, a dash for nothing counted, or in words why it is hidden. */
const roomValue = (m: RoomMetric, f: Shown) => (f.suppressed ? ROOM_HIDDEN[m] : f.value === null ? '–' : `${nf.format(f.value)}${ROOM_UNIT[m]}`);
const roomsOf = (r: ReportData, socialSpaceId: string) => (r.rooms ?? []).filter((c) => c.socialSpaceId === socialSpaceId);

/** The space's centres side by side, a row per room figure. */
function roomTable(r: ReportData, socialSpaceId: string): string {
  const centres = roomsOf(r, socialSpaceId);
  if (!centres.length) return '';
  const head = centres.map((c) => `<th style="${TH};text-align:right">${esc(c.name)}</th>`).join('');
  const rows = ROOM_METRICS.map((m, i) => row(i, [esc(METRIC_DE[m]), ...centres.map((c) => `>${roomValue(m, c.figures[m])}`)])).join('');
  return `${TABLE}<tr><th style="${TH}">Räume im Monat</th>${head}</tr>${rows}</table>`;
}

/** Gmail clips messages above about 102 KB; the HTML part stays below this (the CSV carries everything). */
export const HTML_LIMIT_BYTES = 100 * 1024;
/** How much of the per-space detail is shown: every indicator, only those needing attention, or counts only. */
export type Detail = 'all' | 'attention' | 'counts';
/** Rows of the missing-values table shown at most; the rest are counted (and listed in the CSV). */
const MISSING_ROWS = 40;

// Padding from `cellpadding`, stripes from `bgcolor`: attributes every mail client honours, at a
// fraction of the bytes of a style on every cell.
const TH = 'text-align:left;color:#424242;background:#e8eaf0;font-size:12px';
const TABLE = '<table role="presentation" cellpadding="5" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:13px">';
/** One table row: striped, cells aligned to the top; a cell starting with `>` is aligned right. */
const row = (i: number, cells: string[]) =>
  `<tr${i % 2 ? ' bgcolor="#f5f6f8"' : ''}>${cells.map((c) => (c.startsWith('>') ? `<td valign="top" align="right">${c.slice(1)}</td>` : `<td valign="top">${c}</td>`)).join('')}</tr>`;
const H2 = 'font-size:17px;margin:22px 0 6px';

/** Social space names, for the subtitle of a personal report. */
const spaceList = (r: ReportData) => r.scorecard.socialSpaces.map((s) => s.name).join(', ');

/**
 * The report as e-mail HTML: at most 640 px wide, tables and inline CSS only, no images or
 * scripts, and at most HTML_LIMIT_BYTES: when every indicator of every space does not fit, the
 * per-space sections show only what needs attention, and failing that only counts.
 */
export function renderHtml(r: ReportData): string {
  for (const detail of ['all', 'attention', 'counts'] as Detail[]) {
    const html = renderHtmlWith(r, detail);
    if (Buffer.byteLength(html) <= HTML_LIMIT_BYTES || detail === 'counts') return html;
  }
  throw new Error('unreachable');
}

export function renderHtmlWith(r: ReportData, detail: Detail): string {
  const sc = r.scorecard;
  const spaceName = new Map(sc.socialSpaces.map((s) => [s.id, s.name]));
  const ind = new Map(sc.indicators.map((i) => [i.id, i]));
  const goalHeader = sc.goalList.map((g) => `<th style="${TH}">Ziel ${g.number}</th>`).join('');
  const overview = sc.socialSpaces
    .map((s, i) => row(i, [`<b>${esc(s.name)}</b>`, ...sc.goalList.map((g) => badge(sc.goals.find((x) => x.goalId === g.id && x.socialSpaceId === s.id)!.status))]))
    .join('');
  const rollUp = r.goalRollUp
    .map((g, i) => {
      const goal = sc.goalList.find((x) => x.id === g.goalId)!;
      return row(i, [`<b>Ziel ${goal.number}</b> ${badge(g.status)}<br><span style="color:#616161">${esc(goal.title)}</span><br><small>${g.counts['on-track']} im Plan · ${g.counts['at-risk']} gefährdet · ${g.counts['off-track']} nicht im Plan · ${g.counts.missing} ohne Daten</small>`]);
    })
    .join('');
  const notable = r.notable.length
    ? r.notable
        .map((n) => {
          const label = n.kind === 'newly-off-track' ? '<b style="color:#c62828">Neu nicht im Plan</b>' : n.kind === 'largest-improvement' ? '<b style="color:#2e7d32">Stärkste Verbesserung</b>' : '<b style="color:#c62828">Stärkste Verschlechterung</b>';
          return `<li style="margin:4px 0">${label}: ${esc(ind.get(n.indicatorId)!.name)} in ${esc(spaceName.get(n.socialSpaceId)!)} – von ${num(n.from)} auf ${num(n.to)} ${esc(ind.get(n.indicatorId)!.unit)}${n.changePct !== null ? ` (${n.changePct > 0 ? '+' : ''}${nf.format(n.changePct)} %)` : ''}</li>`;
        })
        .join('')
    : '<li>Keine auffälligen Veränderungen.</li>';
  const perSpace = sc.socialSpaces
    .map((s) => {
      const cells = sc.cells.filter((c) => c.socialSpaceId === s.id);
      const shown = detail === 'all' ? cells : detail === 'attention' ? cells.filter((c) => c.status !== 'on-track' && c.status !== 'no-target') : [];
      const rows = shown
        .map((c, k) => {
          const i = ind.get(c.indicatorId)!;
          const trend = `<small style="color:${TREND_COLOUR[c.trendPrevious]}">${TREND[c.trendPrevious]}</small>`;
          return row(k, [
            `${esc(i.name)}<br><small style="color:#757575">${esc(c.period)}${sourceNote(c.source)}${i.direction === 'lower-is-better' ? ' · niedriger ist besser' : ''}</small>`,
            valueAndTarget(c, i),
            `${badge(c.status)}<br>${trend}`,
          ]);
        })
        .join('');
      const n = (st: Status) => cells.filter((c) => c.status === st).length;
      const counts = `${n('on-track')} im Plan · ${n('at-risk')} gefährdet · ${n('off-track')} nicht im Plan · ${n('missing')} ohne Daten`;
      const omitted = cells.length - shown.length;
      const o = r.offers.find((x) => x.socialSpaceId === s.id)!;
      const languages = searchLanguageLine(r, s.id);
      const table = rows ? `${TABLE}<tr><th style="${TH}">Kennzahl</th><th style="${TH}">Wert / Ziel</th><th style="${TH}">Status · Trend</th></tr>${rows}</table>` : '';
      return `<h3 style="font-size:15px;margin:20px 0 4px;color:#0d47a1">${esc(s.name)}</h3>
<p style="font-size:12px;margin:0 0 4px">Kennzahlen: ${counts}${omitted && detail !== 'all' ? ` – ${omitted === cells.length ? 'Einzelwerte' : `${omitted} weitere im Plan oder ohne Ziel`} im CSV-Anhang` : ''}</p>${table}
<p style="font-size:12px;color:#424242;margin:4px 0">Angebote: ${o.published} veröffentlicht von ${o.total} · ${o.new} neu · ${o.changed} geändert · ${o.ended} beendet · <span style="color:${o.stale ? '#e65100' : '#424242'}">${o.stale} veraltet</span></p>
<p style="font-size:12px;color:#424242;margin:4px 0">${participationLine(r, s.id)}</p>${languages ? `
<p style="font-size:12px;color:#424242;margin:4px 0">${esc(languages)}</p>` : ''}${detail === 'counts' ? '' : roomTable(r, s.id)}`;
    })
    .join('');
  const missingRows = r.missing.slice(0, MISSING_ROWS);
  const missing = r.missing.length
    ? `${TABLE}<tr><th style="${TH}">Sozialraum</th><th style="${TH}">Kennzahl</th><th style="${TH}">Zuständig</th></tr>${missingRows.map((m, i) => row(i, [esc(spaceName.get(m.socialSpaceId)!), `${esc(ind.get(m.indicatorId)!.name)} <span style="color:#757575">(${m.period})</span>`, ROLE_DE[m.responsibleRole as Role] ?? m.responsibleRole])).join('')}</table>${r.missing.length > missingRows.length ? `<p style="font-size:12px">… und ${r.missing.length - missingRows.length} weitere (im CSV-Anhang).</p>` : ''}`
    : '<p>Alle Werte liegen vor.</p>';
  const budget = r.budget.length
    ? `<h2 style="${H2}">Budget ${r.budget[0].year}</h2>${TABLE}<tr><th style="${TH}">Sozialraum</th><th style="${TH};text-align:right">geplant</th><th style="${TH};text-align:right">ausgegeben</th><th style="${TH};text-align:right">verfügbar</th></tr>${r.budget.map((b, i) => row(i, [esc(spaceName.get(b.socialSpaceId)!), `>${euro(b.plannedCents)}`, `>${euro(b.spentCents)}`, `>${euro(b.remainingCents)}`])).join('')}</table>`
    : '';
  const scope = r.socialSpaceIds ? `in Ihren Sozialräumen: ${esc(spaceList(r))}` : `in den ${sc.socialSpaces.length === 9 ? 'neun' : sc.socialSpaces.length} Sozialräumen`;

  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Zielbericht ${monthLabel(r.month)}</title></head>
<body style="margin:0;padding:0;background:#f0f2f5;font-family:Arial,Helvetica,sans-serif;color:#212121">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="background:#f0f2f5"><tr><td align="center" style="padding:8px">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="max-width:640px;background:#ffffff;border-collapse:collapse">
<tr><td style="padding:16px 18px;background:#0d47a1;color:#ffffff"><div style="font-size:12px;letter-spacing:1px">${esc(tenantFacts().name.toUpperCase())} · STADTTEILARBEIT</div><div style="font-size:21px;font-weight:bold;margin-top:4px">Zielbericht ${monthLabel(r.month)}</div><div style="font-size:12px;margin-top:4px">Stand der vier strategischen Ziele ${scope} · erstellt am ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(r.generatedAt))}</div></td></tr>
<tr><td style="padding:12px 18px">
<h2 style="${H2}">Auf einen Blick</h2>
${TABLE}<tr><th style="${TH}">Sozialraum</th>${goalHeader}</tr>${overview}</table>
<h2 style="${H2}">Ziele ${r.socialSpaceIds ? 'in Ihren Sozialräumen' : 'über alle Sozialräume'}</h2>
${TABLE}${rollUp}</table>
<h2 style="${H2}">Auffällige Veränderungen</h2><ul style="font-size:13px;padding-left:20px;margin:0">${notable}</ul>
<h2 style="${H2}">Fehlende Werte</h2>${missing}
${budget}
<h2 style="${H2};margin-bottom:0">Sozialräume im Einzelnen</h2>${perSpace}
<p style="font-size:11px;color:#757575;margin-top:20px">Status: Wert ÷ Ziel (bei „niedriger ist besser“ Ziel ÷ Wert) ab 95 % im Plan, ab 85 % gefährdet, darunter nicht im Plan. Trend: gegenüber der Vorperiode; eine Veränderung unter 2 % gilt als gleich. Alle Zahlen als CSV im Anhang.</p>
</td></tr></table></td></tr></table></body></html>`;
}

/**
 * "Suchen ohne Ergebnis in anderen Sprachen: Türkisch 3 · Arabisch 1", only where searches in a language other
 * than German found nothing: offers not known in a language residents search in.
 */
function searchLanguageLine(r: ReportData, socialSpaceId: string): string | undefined {
  const other = (r.searchLanguages ?? []).find((x) => x.socialSpaceId === socialSpaceId)?.byLanguage.filter((l) => l.language !== SOURCE_LANGUAGE) ?? [];
  return other.length ? `Suchen ohne Ergebnis in anderen Sprachen: ${other.map((l) => `${germanNameOf(l.language)} ${l.count}`).join(' · ')}` : undefined;
}

/** "Beteiligung: 3 Anliegen eingegangen · 2 binnen 14 Tagen beantwortet · 1 aufgenommen · 0 warten auf Freigabe" */
function participationLine(r: ReportData, socialSpaceId: string): string {
  const p = r.participation.find((x) => x.socialSpaceId === socialSpaceId)!;
  return `Beteiligung: ${p.received} Anliegen eingegangen · ${p.answeredInTime} binnen ${ANSWER_DAYS} Tagen beantwortet · ${p.takenUp} aufgenommen · ${p.pending} ${p.pending === 1 ? 'wartet' : 'warten'} auf Freigabe`;
}

export function renderText(r: ReportData): string {
  const sc = r.scorecard;
  const spaceName = new Map(sc.socialSpaces.map((s) => [s.id, s.name]));
  const ind = new Map(sc.indicators.map((i) => [i.id, i]));
  const lines = [`Zielbericht ${monthLabel(r.month)} – ${tenantFacts().title}${r.socialSpaceIds ? ` – Ihre Sozialräume: ${spaceList(r)}` : ''}`, '', 'AUF EINEN BLICK'];
  for (const s of sc.socialSpaces) lines.push(`${s.name.padEnd(16)} ${sc.goalList.map((g) => `Ziel ${g.number}: ${STATUS_DE[sc.goals.find((x) => x.goalId === g.id && x.socialSpaceId === s.id)!.status]}`).join(' | ')}`);
  lines.push('', 'ZIELE ÜBER ALLE SOZIALRÄUME');
  for (const g of r.goalRollUp) lines.push(`Ziel ${sc.goalList.find((x) => x.id === g.goalId)!.number}: ${STATUS_DE[g.status]} (${g.counts['on-track']} im Plan, ${g.counts['at-risk']} gefährdet, ${g.counts['off-track']} nicht im Plan)`);
  lines.push('', 'AUFFÄLLIGE VERÄNDERUNGEN');
  for (const n of r.notable) lines.push(`- ${n.kind === 'newly-off-track' ? 'Neu nicht im Plan' : n.kind === 'largest-improvement' ? 'Stärkste Verbesserung' : 'Stärkste Verschlechterung'}: ${ind.get(n.indicatorId)!.name}, ${spaceName.get(n.socialSpaceId)}: ${num(n.from)} → ${num(n.to)}`);
  for (const b of r.budget) lines.push(`Budget ${b.year} ${spaceName.get(b.socialSpaceId)}: geplant ${euro(b.plannedCents)}, ausgegeben ${euro(b.spentCents)}, verfügbar ${euro(b.remainingCents)}`);
  lines.push('', 'FEHLENDE WERTE');
  for (const m of r.missing) lines.push(`- ${spaceName.get(m.socialSpaceId)}: ${ind.get(m.indicatorId)!.name} (${m.period}) – zuständig: ${ROLE_DE[m.responsibleRole as Role] ?? m.responsibleRole}`);
  for (const s of sc.socialSpaces) {
    lines.push('', s.name.toUpperCase());
    for (const c of sc.cells.filter((x) => x.socialSpaceId === s.id)) {
      const i = ind.get(c.indicatorId)!;
      lines.push(`  ${i.name}: ${c.value === null ? valueOr(null, i) : `${num(c.value)} ${i.unit}`}${sourceNote(c.source)} (${c.target === null ? NO_TARGET_DE : `Ziel ${num(c.target)}`}) – ${STATUS_DE[c.status]}, ${TREND[c.trendPrevious]} ggü. Vorperiode`);
    }
    const o = r.offers.find((x) => x.socialSpaceId === s.id)!;
    lines.push(`  Angebote: ${o.published}/${o.total} veröffentlicht, ${o.new} neu, ${o.changed} geändert, ${o.ended} beendet, ${o.stale} veraltet`);
    lines.push(`  ${participationLine(r, s.id)}`);
    const languages = searchLanguageLine(r, s.id);
    if (languages) lines.push(`  ${languages}`);
    for (const c of roomsOf(r, s.id)) lines.push(`  Räume ${c.name}: ${ROOM_METRICS.map((m) => `${METRIC_DE[m]} ${roomValue(m, c.figures[m])}`).join(' · ')}`);
  }
  return lines.join('\n');
}

/** Semicolon-separated with decimal commas, as German spreadsheet software expects. */
export function renderCsv(r: ReportData): string {
  const sc = r.scorecard;
  const rows: unknown[][] = [['Abschnitt', 'Sozialraum', 'Ziel', 'Kennzahl', 'Zeitraum', 'Wert', 'Ziel', 'Ausgangswert', 'Erfüllung', 'Status', 'Vorperiode', 'Trend Vorperiode', 'Vorjahr', 'Trend Vorjahr', 'Herkunft']];
  const goalNo = new Map(sc.goalList.map((g) => [g.id, g.number]));
  const ind = new Map(sc.indicators.map((i) => [i.id, i]));
  const spaceName = new Map(sc.socialSpaces.map((s) => [s.id, s.name]));
  for (const c of sc.cells) {
    const i = ind.get(c.indicatorId)!;
    rows.push(['Kennzahl', spaceName.get(c.socialSpaceId), goalNo.get(i.goalId), i.name, c.period, c.value, c.target, c.baseline, c.ratio, STATUS_DE[c.status], c.previous, c.trendPrevious, c.yearAgo, c.trendYear, c.source ? SOURCE_DE[c.source as IndicatorSource] : '']);
  }
  for (const g of sc.goals) rows.push(['Ziel je Sozialraum', spaceName.get(g.socialSpaceId), goalNo.get(g.goalId), '', r.month, '', '', '', '', STATUS_DE[g.status]]);
  if (r.budget.length) {
    rows.push([]);
    rows.push(['Budget', 'Sozialraum', 'Jahr', 'geplant (€)', 'ausgegeben (€)', 'verfügbar (€)']);
    for (const b of r.budget) rows.push(['Budget', spaceName.get(b.socialSpaceId), b.year, b.plannedCents / 100, b.spentCents / 100, b.remainingCents / 100]);
  }
  rows.push([]);
  rows.push(['Angebote', 'Sozialraum', 'gesamt', 'veröffentlicht', 'neu', 'geändert', 'beendet', 'veraltet']);
  for (const o of r.offers) rows.push(['Angebote', spaceName.get(o.socialSpaceId), o.total, o.published, o.new, o.changed, o.ended, o.stale]);
  rows.push([]);
  rows.push(['Beteiligung', 'Sozialraum', 'Anliegen eingegangen', `binnen ${ANSWER_DAYS} Tagen beantwortet`, 'aufgenommen', 'warten auf Freigabe']);
  for (const p of r.participation) rows.push(['Beteiligung', spaceName.get(p.socialSpaceId), p.received, p.answeredInTime, p.takenUp, p.pending]);
  rows.push(['Suchen ohne Ergebnis', 'Sozialraum', 'Sprache', 'Anzahl']);
  for (const s of r.searchLanguages ?? []) for (const l of s.byLanguage) rows.push(['Suchen ohne Ergebnis', spaceName.get(s.socialSpaceId), germanNameOf(l.language), l.count]);
  if (r.rooms?.length) {
    rows.push([]);
    rows.push(['Räume', 'Sozialraum', 'Stadtteilzentrum', ...ROOM_METRICS.map((m) => METRIC_DE[m])]);
    // A hidden figure says why in words, as in the e-mail; nothing counted stays empty.
    for (const c of r.rooms) rows.push(['Räume', spaceName.get(c.socialSpaceId), c.name, ...ROOM_METRICS.map((m) => (c.figures[m].suppressed ? ROOM_HIDDEN[m] : c.figures[m].value))]);
  }
  return csvRows(rows);
}
