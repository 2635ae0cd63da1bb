/**
 * A published result's course over its last periods (issue 33): a small line chart with the table it is
 * drawn from. The chart is one image to assistive technology (role="img", its name a summary in words);
 * the table holds every value. A figure that is not published (a count under 5, or withheld because a
 * small one could be worked out from it) reads as such in the table and leaves a gap in the line: it is
 * never drawn as 0. Plain SVG, no chart library, so the area pages' chunk stays small. Time runs left to right
 * on every page (SVG reads `direction`, not the HTML `dir`); the words in it are isolated as everywhere.
 */
import { html } from 'htm/preact';
import { SMALL_COUNT } from '../../shared/domain/smallCounts';
import { monthLabel } from '../../shared/time/months';
import { isolate, type T } from './i18n';

/** A figure as the API publishes it: the number, or null with why it is not shown. */
export type Shown = { value: number | null; suppressed?: 'small' | 'withheld' };
export type TrendPoint = Shown & { period: string };

/** "März 2026", "1. Quartal 2026", "2026" (a period the API names `2026-03`, `2026-Q1`, `2026`). */
export function periodLabel(t: T, period: string): string {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return isolate(t, monthLabel(period, t.locale));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  // The year as a string: as a number it would be written "2.026".
  if (quarter) return t('chart.quarterOf', { quarter: quarter[2]!, year: quarter[1]! });
  return isolate(t, period);
}

/** A figure in words: the number in the page's language, "weniger als 5", "zurückgehalten (Datenschutz)". */
export function shownValue(t: T, v: Shown | undefined): string {
  if (v?.value !== null && v?.value !== undefined) return isolate(t, v.value.toLocaleString(t.locale, { maximumFractionDigits: 2 }));
  if (v?.suppressed === 'small') return t('smallCount.fewer', { limit: SMALL_COUNT });
  if (v?.suppressed === 'withheld') return t('chart.withheld');
  return t('chart.noValue');
}

const W = 320;
const H = 170;
const PAD = { top: 14, end: 44, bottom: 26, start: 52 };
/** The labels' size in the chart's units (finder.css sets the same). */
const TICK = 13;

/** A round upper bound for the axis (1, 2, 2.5, 5 × 10ⁿ), so its label reads as a plain number. */
export function niceCeiling(x: number): number {
  if (x <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= x) ?? 10) * power;
}

/**
 * Where the chart draws: the points with a value as runs of the line (a run ends at a value not
 * published, so the line has a gap there), and the axis from 0 (or the lowest value, if below) to a
 * round number above the highest value and the target.
 */
export function chartGeometry(points: Shown[], target?: number | null) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const all = target === undefined || target === null ? values : [...values, target];
  const low = Math.min(0, ...all);
  const high = low < 0 ? Math.max(0, ...all) : niceCeiling(Math.max(0, ...all));
  const span = high - low || 1;
  const x = (i: number) => (points.length === 1 ? (PAD.start + W - PAD.end) / 2 : PAD.start + (i * (W - PAD.start - PAD.end)) / (points.length - 1));
  const y = (v: number) => PAD.top + ((high - v) * (H - PAD.top - PAD.bottom)) / span;
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ x: x(i), y: y(p.value) });
  });
  if (run.length) runs.push(run);
  return { low, high, x, y, runs, gaps: points.length - values.length };
}

type Props = { t: T; id: string; name: string; unit: string; trend: TrendPoint[]; target?: Shown };

export function ResultChart({ t, id, name, unit, trend, target }: Props) {
  if (!trend.length) return null;
  const g = chartGeometry(trend, target?.value);
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const [from, to] = [periodLabel(t, first.period), periodLabel(t, last.period)];
  const summary = [
    t('chart.summary', { from, to, first: shownValue(t, first), last: shownValue(t, last) }),
    target?.value !== null && target?.value !== undefined ? t('chart.targetSummary', { target: shownValue(t, target) }) : '',
    g.gaps ? t('chart.gapsSummary', { count: g.gaps }) : '',
  ].filter(Boolean).join(' ');
  const axis = (v: number) => isolate(t, v.toLocaleString(t.locale, { maximumFractionDigits: 2 }));
  // The first and last period side by side where they fit (about 0.55 em a character), else the last one below.
  const stacked = trend.length > 1 && (from.length + to.length) * TICK * 0.55 + 8 > W - PAD.start - PAD.end;
  const height = H + (stacked ? TICK + 3 : 0);
  const targetY = target?.value !== null && target?.value !== undefined ? g.y(target.value) : undefined;
  return html`
    <figure class="trend" aria-labelledby=${`${id}-caption`}>
      <figcaption id=${`${id}-caption`}>${t('chart.caption', { name, unit })}</figcaption>
      <svg class="trend-chart" role="img" aria-label=${summary} viewBox=${`0 0 ${W} ${height}`} direction="ltr" preserveAspectRatio="xMidYMid meet" focusable="false">
        <line class="axis" x1=${PAD.start} y1=${g.y(g.low)} x2=${W - PAD.end} y2=${g.y(g.low)} />
        <line class="axis" x1=${PAD.start} y1=${PAD.top} x2=${PAD.start} y2=${g.y(g.low)} />
        <text class="tick" x=${PAD.start - 4} y=${PAD.top + 4} text-anchor="end">${axis(g.high)}</text>
        <text class="tick" x=${PAD.start - 4} y=${g.y(g.low) + 4} text-anchor="end">${axis(g.low)}</text>
        <text class="tick" x=${g.x(0)} y=${H - 6} text-anchor=${trend.length === 1 ? 'middle' : 'start'}>${from}</text>
        ${trend.length > 1 ? html`<text class="tick" x=${g.x(trend.length - 1)} y=${height - 6} text-anchor="end">${to}</text>` : null}
        ${targetY !== undefined
          ? html`<line class="target" x1=${PAD.start} y1=${targetY} x2=${W - PAD.end} y2=${targetY} /><text class="tick target-label" x=${W - PAD.end + 4} y=${targetY + 4}>${t('chart.target')}</text>`
          : null}
        ${g.runs.map((run) => (run.length > 1 ? html`<polyline class="line" points=${run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />` : null))}
        ${g.runs.flat().map((p) => html`<circle class="dot" cx=${p.x.toFixed(1)} cy=${p.y.toFixed(1)} r="3.5" />`)}
      </svg>
      ${g.gaps ? html`<p class="hint">${t('chart.gapNote', { limit: SMALL_COUNT })}</p>` : null}
      <details class="trend-table">
        <summary>${t('chart.table')}</summary>
        <table>
          <caption class="visually-hidden">${t('chart.caption', { name, unit })}</caption>
          <thead><tr><th scope="col">${t('chart.period')}</th><th scope="col">${t('chart.value', { unit })}</th></tr></thead>
          <tbody>
            ${trend.map((p) => html`<tr><th scope="row">${periodLabel(t, p.period)}</th><td class=${p.value === null ? 'fewer' : 'number'}>${shownValue(t, p)}</td></tr>`)}
          </tbody>
          ${targetY !== undefined ? html`<tfoot><tr><th scope="row">${t('chart.target')}</th><td class="number">${shownValue(t, target)}</td></tr></tfoot>` : null}
        </table>
      </details>
    </figure>`;
}
