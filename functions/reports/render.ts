/**
 * Renders the report for e-mail: HTML with inline CSS and table layout (bars and trend arrows
 * as HTML/CSS, no SVG, no JS), a plain-text alternative, and a CSV with every number.
 * German text and number/date formats (de-DE, Europe/Berlin).
 */
import type { Status, Trend } from '../../shared/scorecard.ts';
import { TIME_ZONE } from '../../shared/months.ts';
import type { ReportData } from './compute.ts';
import { csvRows } from '../../shared/csv.ts';
import { formatEuro as euro } from '../../shared/money.ts';
import { ROLE_DE, SOURCE_DE, STATUS_DE } from '../../shared/labels.ts';
import type { IndicatorSource } from '../../shared/schemas/indicator.ts';
import type { Role } from '../../shared/schemas/user.ts';

const nf = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : nf.format(v));
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_COLOUR: Record<Status, string> = { 'on-track': '#2e7d32', 'at-risk': '#f9a825', 'off-track': '#c62828', missing: '#9e9e9e', 'no-target': '#bdbdbd' };
const TREND: Record<Trend, string> = { better: '▲ besser', worse: '▼ schlechter', flat: '► gleich', unknown: '·' };
const TREND_COLOUR: Record<Trend, string> = { better: '#2e7d32', worse: '#c62828', flat: '#616161', unknown: '#9e9e9e' };

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(Date.UTC(y, m - 1, 15)));
}

const dot = (s: Status) => `<span style="display:inline-block;width:10px;height:10px;border-radius:5px;background:${STATUS_COLOUR[s]};margin-right:4px"></span>`;
const badge = (s: Status) => `<span style="white-space:nowrap">${dot(s)}${STATUS_DE[s]}</span>`;

/** " · berechnet" or " · erfasst" after a value; nothing when the value is missing. */
const sourceNote = (source: string | null) => (source ? ` · ${SOURCE_DE[source as IndicatorSource] ?? source}` : '');

/** Attainment bar: width = value/target, capped at 120 %; a tick marks 100 %. */
function bar(ratio: number | null, s: Status): string {
  if (ratio === null) return '';
  const w = Math.round(Math.min(1.2, Math.max(0, ratio)) * 100);
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="width:120px;border-collapse:collapse;margin-top:2px"><tr><td style="padding:0;background:#eeeeee;height:6px"><table role="presentation" cellpadding="0" cellspacing="0" style="width:${Math.round(w / 1.2)}%;border-collapse:collapse"><tr><td style="padding:0;height:6px;background:${STATUS_COLOUR[s]}"></td></tr></table></td></tr></table>`;
}

const TD = 'padding:6px 8px;border-bottom:1px solid #e0e0e0;font-size:13px;vertical-align:top';
const TH = 'padding:6px 8px;border-bottom:2px solid #9e9e9e;font-size:12px;text-align:left;color:#424242;background:#f5f5f5';

export function renderHtml(r: ReportData): string {
  const sc = r.scorecard;
  const spaceName = new Map(sc.socialSpaces.map((s) => [s.id, s.name]));
  const ind = new Map(sc.indicators.map((i) => [i.id, i]));
  const goalHeader = sc.goalList.map((g) => `<th style="${TH}">Ziel ${g.number}</th>`).join('');
  const overview = sc.socialSpaces
    .map((s) => `<tr><td style="${TD};font-weight:bold">${esc(s.name)}</td>${sc.goalList.map((g) => `<td style="${TD}">${badge(sc.goals.find((x) => x.goalId === g.id && x.socialSpaceId === s.id)!.status)}</td>`).join('')}</tr>`)
    .join('');
  const rollUp = r.goalRollUp
    .map((g) => {
      const goal = sc.goalList.find((x) => x.id === g.goalId)!;
      return `<tr><td style="${TD}"><b>Ziel ${goal.number}</b><br><span style="color:#616161">${esc(goal.title)}</span></td><td style="${TD}">${badge(g.status)}</td><td style="${TD}">${g.counts['on-track']} im Plan · ${g.counts['at-risk']} gefährdet · ${g.counts['off-track']} nicht im Plan · ${g.counts.missing} ohne Daten</td></tr>`;
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
      const rows = sc.cells
        .filter((c) => c.socialSpaceId === s.id)
        .map((c) => {
          const i = ind.get(c.indicatorId)!;
          return `<tr><td style="${TD}">${esc(i.name)}<br><span style="color:#757575;font-size:11px">${esc(c.period)} · ${i.direction === 'lower-is-better' ? 'niedriger ist besser' : 'höher ist besser'}${sourceNote(c.source)}</span></td><td style="${TD};text-align:right">${num(c.value)} ${esc(i.unit)}${bar(c.ratio, c.status)}</td><td style="${TD};text-align:right">${num(c.target)}</td><td style="${TD}">${badge(c.status)}</td><td style="${TD};color:${TREND_COLOUR[c.trendPrevious]}">${TREND[c.trendPrevious]}</td><td style="${TD};color:${TREND_COLOUR[c.trendYear]}">${TREND[c.trendYear]}</td></tr>`;
        })
        .join('');
      const o = r.offers.find((x) => x.socialSpaceId === s.id)!;
      return `<h3 style="font-size:16px;margin:24px 0 6px;color:#0d47a1">${esc(s.name)}</h3>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr><th style="${TH}">Kennzahl</th><th style="${TH};text-align:right">Wert</th><th style="${TH};text-align:right">Ziel</th><th style="${TH}">Status</th><th style="${TH}">ggü. Vorperiode</th><th style="${TH}">ggü. Vorjahr</th></tr>${rows}</table>
<p style="font-size:12px;color:#424242;margin:6px 0">Angebote: ${o.published} veröffentlicht von ${o.total} · ${o.new} neu · ${o.changed} geändert · ${o.ended} beendet · <span style="color:${o.stale ? '#e65100' : '#424242'}">${o.stale} veraltet</span></p>`;
    })
    .join('');
  const missing = r.missing.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr><th style="${TH}">Sozialraum</th><th style="${TH}">Kennzahl</th><th style="${TH}">Zeitraum</th><th style="${TH}">Zuständig</th></tr>${r.missing.map((m) => `<tr><td style="${TD}">${esc(spaceName.get(m.socialSpaceId)!)}</td><td style="${TD}">${esc(ind.get(m.indicatorId)!.name)}</td><td style="${TD}">${m.period}</td><td style="${TD}">${ROLE_DE[m.responsibleRole as Role] ?? m.responsibleRole}</td></tr>`).join('')}</table>`
    : '<p>Alle Werte liegen vor.</p>';
  const budget = r.budget.length
    ? `<h2 style="font-size:18px;margin:24px 0 8px">Budget ${r.budget[0].year}</h2><table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr><th style="${TH}">Sozialraum</th><th style="${TH};text-align:right">geplant</th><th style="${TH};text-align:right">ausgegeben</th><th style="${TH};text-align:right">verfügbar</th></tr>${r.budget.map((b) => `<tr><td style="${TD}">${esc(spaceName.get(b.socialSpaceId)!)}</td><td style="${TD};text-align:right">${euro(b.plannedCents)}</td><td style="${TD};text-align:right">${euro(b.spentCents)}</td><td style="${TD};text-align:right">${euro(b.remainingCents)}</td></tr>`).join('')}</table>`
    : '';

  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zielbericht ${monthLabel(r.month)}</title></head>
<body style="margin:0;padding:0;background:#f0f2f5;font-family:Arial,Helvetica,sans-serif;color:#212121">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;background:#f0f2f5"><tr><td align="center" style="padding:16px">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;max-width:860px;background:#ffffff;border-collapse:collapse">
<tr><td style="padding:20px 24px;background:#0d47a1;color:#ffffff"><div style="font-size:12px;letter-spacing:1px">STADT HAMM · STADTTEILARBEIT</div><div style="font-size:22px;font-weight:bold;margin-top:4px">Zielbericht ${monthLabel(r.month)}</div><div style="font-size:12px;margin-top:4px">Stand der vier strategischen Ziele in den neun Sozialräumen · erstellt am ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(r.generatedAt))}</div></td></tr>
<tr><td style="padding:16px 24px">
<h2 style="font-size:18px;margin:8px 0">Auf einen Blick</h2>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr><th style="${TH}">Sozialraum</th>${goalHeader}</tr>${overview}</table>
<h2 style="font-size:18px;margin:24px 0 8px">Ziele über alle Sozialräume</h2>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse">${rollUp}</table>
<h2 style="font-size:18px;margin:24px 0 8px">Auffällige Veränderungen</h2><ul style="font-size:13px;padding-left:20px;margin:0">${notable}</ul>
<h2 style="font-size:18px;margin:24px 0 8px">Fehlende Werte</h2>${missing}
${budget}
<h2 style="font-size:18px;margin:24px 0 0">Sozialräume im Einzelnen</h2>${perSpace}
<p style="font-size:11px;color:#757575;margin-top:24px">Status: Wert ÷ Ziel (bei „niedriger ist besser“ Ziel ÷ Wert) ab 95 % im Plan, ab 85 % gefährdet, darunter nicht im Plan. Trend: Veränderung unter 2 % gilt als gleich. Alle Zahlen als CSV im Anhang.</p>
</td></tr></table></td></tr></table></body></html>`;
}

export function renderText(r: ReportData): string {
  const sc = r.scorecard;
  const spaceName = new Map(sc.socialSpaces.map((s) => [s.id, s.name]));
  const ind = new Map(sc.indicators.map((i) => [i.id, i]));
  const lines = [`Zielbericht ${monthLabel(r.month)} – Stadtteilarbeit Hamm`, '', 'AUF EINEN BLICK'];
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
      lines.push(`  ${i.name}: ${num(c.value)} ${i.unit}${sourceNote(c.source)} (Ziel ${num(c.target)}) – ${STATUS_DE[c.status]}, ${TREND[c.trendPrevious]} ggü. Vorperiode`);
    }
    const o = r.offers.find((x) => x.socialSpaceId === s.id)!;
    lines.push(`  Angebote: ${o.published}/${o.total} veröffentlicht, ${o.new} neu, ${o.changed} geändert, ${o.ended} beendet, ${o.stale} veraltet`);
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
  return csvRows(rows);
}
