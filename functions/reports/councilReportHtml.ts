/**
 * The district report as a printable, accessible HTML page in German (and the short text part of
 * its e-mail): one stylesheet for screen and print (A4, each social space and each district-wide
 * section on a page of its own, the contents list left out), no script, no images; every text from a
 * record is escaped. Colours and table stripes follow the monthly report (render.ts), but as a page
 * with a stylesheet rather than a mail layout of inline styles: it is printed and filed.
 */
import { escapeHtml as esc } from '../../shared/format/html.ts';
import { FEWER_THAN_DE, MEASURE_STATUS_DE, NEED_STATUS_DE, SPATIAL_LEVEL_DE, WITHHELD_DE } from '../../shared/format/labels.ts';
import type { Shown } from '../../shared/domain/publishedResults.ts';
import { SMALL_COUNT, WITHHELD, type PublishedPart } from '../../shared/domain/smallCounts.ts';
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { berlinToday, longDateDe, monthLabel, TIME_ZONE } from '../../shared/time/months.ts';
import { PARTICIPATION_FIGURES, REPORT_MONTHS, type CouncilReportData, type CouncilResult, type HandoverItem, type ParticipationFigure, type SpaceSection } from './councilReport.ts';

const nf = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** The column heads of the participation table. */
export const PARTICIPATION_DE: Record<ParticipationFigure, string> = {
  ideas: 'Anliegen eingegangen',
  surveyResponses: 'Antworten auf Umfragen',
  signUps: 'Anmeldungen (bestätigt)',
  participants: 'Teilnehmende an Aktivitäten',
};

const HANDOVER_KIND_DE: Record<HandoverItem['kind'], string> = { need: 'Bedarf', measure: 'Maßnahme', agreement: 'Vereinbarung' };

const SPACE = SPATIAL_LEVEL_DE.socialSpace;

/** "15.03.2027": a calendar day in a table. */
const shortDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** "November 2026", "3. Quartal 2026", "2026": a period as people say it. */
function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[2]}. Quartal ${quarter[1]}`;
  return /^\d{4}-\d{2}$/.test(period) ? monthLabel(period) : period;
}

/** A published count or value: the number, or in words why it is not shown. */
function part(p: PublishedPart): string {
  if (p === WITHHELD) return WITHHELD_DE;
  return p === null ? FEWER_THAN_DE(SMALL_COUNT) : nf.format(p);
}

function shown(s: Shown | undefined, unit: string): string {
  if (!s) return 'keine Angabe';
  if (s.suppressed === 'withheld') return WITHHELD_DE;
  return s.value === null ? FEWER_THAN_DE(SMALL_COUNT) : `${nf.format(s.value)} ${esc(unit)}`;
}

/** The title of the page and the subject of the e-mail. */
export function councilReportTitle(r: Pick<CouncilReportData, 'district' | 'session' | 'day'>): string {
  return r.session
    ? `Bericht für die Bezirksvertretung ${r.district.name}, Sitzung am ${longDateDe(r.session.date)}`
    : `Bericht für die Bezirksvertretung ${r.district.name}, Stand ${longDateDe(r.day)} (ohne Sitzungstermin)`;
}

const produced = (at: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(at));

const STYLE = `
body{margin:0;background:#f0f2f5;color:#212121;font:15px/1.45 Arial,Helvetica,sans-serif}
.page{max-width:60rem;margin:0 auto;background:#fff;padding:0 1.5rem 1.5rem}
.masthead{background:#0d47a1;color:#fff;margin:0 -1.5rem 1rem;padding:1rem 1.5rem}
.masthead p{margin:0;font-size:.8rem;letter-spacing:.06em}
h1{font-size:1.5rem;margin:.3rem 0}
h2{font-size:1.25rem;margin:1.6rem 0 .4rem;color:#0d47a1}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
nav ol{margin:.2rem 0;padding-left:1.4rem}
a{color:#0d47a1}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.2rem 0;caption-side:top}
caption small{font-weight:normal;color:#424242}
th,td{border:1px solid #c5cae9;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#e8eaf0;color:#212121}
tbody tr:nth-child(even){background:#f5f6f8}
tfoot th,tfoot td{background:#e8eaf0;font-weight:bold}
td.num,th.num{text-align:right;white-space:nowrap}
.note{color:#424242;font-size:.85rem}
.trend{margin:0;padding:0;list-style:none}
.none{font-style:italic;color:#424242}
footer{margin-top:2rem;font-size:.8rem;color:#424242}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
  body{background:#fff;font-size:10pt}
  .page{max-width:none;padding:0}
  .masthead{background:none;color:#000;margin:0 0 .6rem;padding:0 0 .4rem;border-bottom:2px solid #000}
  nav{display:none}
  h2{color:#000}
  a{color:inherit;text-decoration:none}
  .space,.district{break-before:page}
  h2,h3,caption{break-after:avoid}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  tbody tr:nth-child(even){background:none}
}`;

/** A table with its caption, header row (each head `scope="col"`) and rows; `foot` is a totals row. */
function table(caption: string, heads: string[], rows: string[][], opts: { numeric?: number[]; foot?: string[] } = {}): string {
  const cls = (i: number) => (opts.numeric?.includes(i) ? ' class="num"' : '');
  const cells = (r: string[]) => r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${cls(i)}>${c}</td>`)).join('');
  return `<table><caption>${caption}</caption>
<thead><tr>${heads.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('\n')}</tbody>${opts.foot ? `\n<tfoot><tr>${cells(opts.foot)}</tr></tfoot>` : ''}</table>`;
}

const none = (text: string) => `<p class="none">${text}</p>`;

function resultsTable(space: SpaceSection): string {
  if (!space.results.length) return none(`Für diesen ${SPACE} sind keine Ergebnisse veröffentlicht.`);
  const row = (r: CouncilResult) => [
    `${esc(r.indicator.name)}${r.indicator.direction === 'lower-is-better' ? ' <span class="note">(niedriger ist besser)</span>' : ''}${r.interpretation ? `<br><span class="note">${esc(r.interpretation)}</span>` : ''}`,
    r.goal ? esc(r.goal) : 'keine Angabe',
    shown(r.baseline, r.indicator.unit),
    shown(r.target, r.indicator.unit),
    r.latest ? `${shown(r.latest, r.indicator.unit)}<br><span class="note">${esc(periodLabel(r.latest.period))}</span>` : 'noch kein Wert',
    r.trend.length ? `<ul class="trend">${r.trend.map((t) => `<li>${esc(periodLabel(t.period))}: ${shown(t, r.indicator.unit)}</li>`).join('')}</ul>` : 'noch kein Wert',
  ];
  return table(
    `Veröffentlichte Ergebnisse in ${esc(space.name)}`,
    ['Kennzahl', 'Ziel', 'Ausgangswert', 'Zielwert', 'Aktueller Wert', 'Verlauf'],
    space.results.map(row),
  );
}

function projectsTable(space: SpaceSection, year: number): string {
  if (!space.projects.length) return none(`Im Arbeitsplan ${year} sind keine Projekte als öffentlich gekennzeichnet.`);
  return table(
    `Öffentliche Projekte im Arbeitsplan ${year} von ${esc(space.name)}`,
    ['Projekt', 'Stand', 'Ziele'],
    space.projects.map((p) => [esc(p.title), esc(MEASURE_STATUS_DE[p.status as keyof typeof MEASURE_STATUS_DE] ?? p.status), p.goals.length ? p.goals.map(esc).join('<br>') : 'keine Angabe']),
  );
}

function needsTable(space: SpaceSection): string {
  if (!space.needs.length) return none(`In den letzten ${REPORT_MONTHS} Monaten wurden keine Bedarfe erhoben.`);
  return table(
    `Bedarfe in ${esc(space.name)}, erhoben in den letzten ${REPORT_MONTHS} Monaten`,
    ['Bedarf', 'Thema', 'Stand', 'Quartiere', 'Erhoben am'],
    space.needs.map((n) => [
      esc(n.title),
      esc(n.theme),
      esc(NEED_STATUS_DE[n.status as keyof typeof NEED_STATUS_DE] ?? n.status),
      n.quarters.length ? n.quarters.map(esc).join(', ') : `ganzer ${SPACE}`,
      shortDate(n.raisedOn),
    ]),
  );
}

function spaceSection(space: SpaceSection, year: number, districtName: string): string {
  return `<section class="space" id="sr-${esc(space.id)}" aria-labelledby="h-sr-${esc(space.id)}">
<h2 id="h-sr-${esc(space.id)}">${SPACE} ${esc(space.name)}</h2>
<p>${space.quarters.length ? `Quartiere im Stadtbezirk ${esc(districtName)}: ${space.quarters.map(esc).join(', ')}.` : `Keines seiner Quartiere liegt im Stadtbezirk ${esc(districtName)}.`}</p>
<h3>Veröffentlichte Ergebnisse</h3>
${resultsTable(space)}
<h3>Projekte ${year}</h3>
${projectsTable(space, year)}
<h3>Bedarfe der letzten ${REPORT_MONTHS} Monate</h3>
${needsTable(space)}
</section>`;
}

function participationSection(r: CouncilReportData): string {
  const body = r.participation.rows.length
    ? table(
        `Beteiligung je ${SPACE}, ${shortDate(r.period.from)} bis ${shortDate(r.period.until)}`,
        [SPACE, ...PARTICIPATION_FIGURES.map((f) => PARTICIPATION_DE[f])],
        r.participation.rows.map((row) => [esc(row.name), ...row.cells.map(part)]),
        { numeric: [1, 2, 3, 4] },
      )
    : none(`Kein ${SPACE} berührt den Stadtbezirk.`);
  return `<section class="district" id="beteiligung" aria-labelledby="h-beteiligung">
<h2 id="h-beteiligung">Beteiligung in den letzten ${REPORT_MONTHS} Monaten</h2>
${body}
<p class="note">Zahlen unter ${SMALL_COUNT} werden nicht genannt („${FEWER_THAN_DE(SMALL_COUNT)}“), damit niemand erkennbar wird. Summen und Quoten werden nicht ausgewiesen, damit sich keine verdeckte Zahl errechnen lässt.</p>
</section>`;
}

function offersSection(r: CouncilReportData): string {
  const body = r.offersByTheme.length
    ? table(
        `Veröffentlichte Angebote nach Thema und ${SPACE}, Stand ${shortDate(berlinToday(new Date(r.producedAt)))} <small>(ein Angebot mit mehreren Themen zählt bei jedem)</small>`,
        ['Thema', ...r.spaces.map((s) => esc(s.name))],
        r.offersByTheme.map((t) => [esc(t.theme), ...t.counts.map((c) => nf.format(c))]),
        { numeric: r.spaces.map((_, i) => i + 1) },
      )
    : none('Es sind keine Angebote veröffentlicht.');
  return `<section class="district" id="angebote" aria-labelledby="h-angebote">
<h2 id="h-angebote">Angebote nach Themen</h2>
${body}
</section>`;
}

function handoverSection(r: CouncilReportData): string {
  const { open, answered } = r.handovers;
  const subject = (h: HandoverItem) => `${esc(h.title)}${h.note ? `<br><span class="note">${esc(h.note)}</span>` : ''}`;
  const origin = (h: HandoverItem) => `${esc(h.context)}${h.meetingDate ? `, Sitzung vom ${shortDate(h.meetingDate)}` : ''}`;
  const openTable = open.length
    ? table('Übergeben und noch ohne Antwort', ['Gegenstand', 'Art', 'Herkunft', 'Übergeben am'], open.map((h) => [subject(h), HANDOVER_KIND_DE[h.kind], origin(h), shortDate(h.on)]))
    : none('Nichts ist offen.');
  const answeredTable = answered.length
    ? table(
        `Beantwortet in den letzten ${REPORT_MONTHS} Monaten`,
        ['Gegenstand', 'Art', 'Herkunft', 'Übergeben am', 'Antwort', 'Beantwortet am'],
        answered.map((h) => [subject(h), HANDOVER_KIND_DE[h.kind], origin(h), shortDate(h.on), esc(h.answer ?? ''), h.answeredOn ? shortDate(h.answeredOn) : 'keine Angabe']),
      )
    : none(`In den letzten ${REPORT_MONTHS} Monaten wurde nichts beantwortet.`);
  return `<section class="district" id="uebergeben" aria-labelledby="h-uebergeben">
<h2 id="h-uebergeben">An die Bezirksvertretung übergeben</h2>
<h3>Offen</h3>
${openTable}
<h3>Beantwortet</h3>
${answeredTable}
</section>`;
}

/** "Sitzung am 15. März 2027 um 17:00 Uhr, Rathaus (Hinweis)". */
function sessionLine(r: CouncilReportData): string {
  const s = r.session;
  if (!s) return `Für die Bezirksvertretung ist keine kommende Sitzung eingetragen; der Bericht zeigt den Stand vom ${longDateDe(r.day)}.`;
  return `Sitzung am ${longDateDe(s.date)}${s.time ? ` um ${esc(s.time)} Uhr` : ''}${s.place ? `, ${esc(s.place)}` : ''}.${s.note ? ` ${esc(s.note)}` : ''}`;
}

export function renderCouncilReportHtml(r: CouncilReportData): string {
  const title = councilReportTitle(r);
  const year = Number(r.day.slice(0, 4));
  const names = r.spaces.map((s) => esc(s.name)).join(', ');
  const toc = [
    ...r.spaces.map((s) => `<li><a href="#sr-${esc(s.id)}">${SPACE} ${esc(s.name)}</a></li>`),
    '<li><a href="#beteiligung">Beteiligung</a></li>',
    '<li><a href="#angebote">Angebote nach Themen</a></li>',
    '<li><a href="#uebergeben">An die Bezirksvertretung übergeben</a></li>',
  ].join('');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
<header class="masthead">
<p>${esc(tenantFacts().name.toUpperCase())} · STADTTEILARBEIT</p>
<h1>${esc(title)}</h1>
<p>${esc(r.council.name)}</p>
</header>
<nav aria-label="Inhalt"><ol>${toc}</ol></nav>
<main>
<section aria-labelledby="h-einleitung">
<h2 id="h-einleitung">Zu diesem Bericht</h2>
<p>${sessionLine(r)}</p>
<p>Der Bericht fasst die Stadtteilarbeit in den Sozialräumen zusammen, die den Stadtbezirk ${esc(r.district.name)} berühren${names ? `: ${names}` : ''}. Er umfasst die letzten ${REPORT_MONTHS} Monate, vom ${longDateDe(r.period.from)} bis zum ${longDateDe(r.period.until)}, und wurde am ${produced(r.producedAt)} Uhr erstellt.</p>
<p>Für jeden ${SPACE} folgen die veröffentlichten Ergebnisse, die öffentlichen Projekte des Arbeitsplans ${year} und die erhobenen Bedarfe; danach für alle zusammen die Beteiligung, die Angebote nach Themen und was der Bezirksvertretung übergeben wurde. Zahlen unter ${SMALL_COUNT} werden zum Schutz der Beteiligten nicht genannt.</p>
</section>
${r.spaces.map((s) => spaceSection(s, year, r.district.name)).join('\n')}
${participationSection(r)}
${offersSection(r)}
${handoverSection(r)}
</main>
<footer><p>${esc(tenantFacts().title)} · ${esc(r.council.name)} · erstellt am ${produced(r.producedAt)} Uhr</p></footer>
</div>
</body>
</html>
`;
}

/** The e-mail's text part: what the report is, and its headline figures (the report itself is the HTML part). */
export function renderCouncilReportText(r: CouncilReportData): string {
  const count = (n: number) => nf.format(n);
  const projects = r.spaces.reduce((n, s) => n + s.projects.length, 0);
  const needs = r.spaces.reduce((n, s) => n + s.needs.length, 0);
  const results = r.spaces.reduce((n, s) => n + s.results.length, 0);
  return [
    councilReportTitle(r),
    '',
    'Guten Tag,',
    '',
    `vor der ${r.session ? `Sitzung am ${longDateDe(r.session.date)}` : 'nächsten Sitzung'} erhalten Sie den Bericht der Stadtteilarbeit für den Stadtbezirk ${r.district.name} (${longDateDe(r.period.from)} bis ${longDateDe(r.period.until)}). Der Bericht steht im HTML-Teil dieser E-Mail und lässt sich ausdrucken.`,
    '',
    `Sozialräume: ${r.spaces.map((s) => s.name).join(', ') || 'keine'}`,
    `Veröffentlichte Ergebnisse: ${count(results)}`,
    `Öffentliche Projekte ${r.day.slice(0, 4)}: ${count(projects)}`,
    `Bedarfe der letzten ${REPORT_MONTHS} Monate: ${count(needs)}`,
    `An die Bezirksvertretung übergeben und noch offen: ${count(r.handovers.open.length)}`,
    '',
    `Diese E-Mail wurde automatisch versandt (${tenantFacts().title}).`,
  ].join('\n');
}
