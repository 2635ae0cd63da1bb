// @vitest-environment jsdom
/**
 * The finder's trend chart (admin/angebote/resultChart.ts, issue 33): a figure not published (a count
 * under 5, or withheld) leaves a gap in the line and reads as such in the table, never as 0; the chart
 * is one image named by a summary in words; periods read as people say them.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { html } from 'htm/preact';
import { chartGeometry, niceCeiling, periodLabel, ResultChart, shownValue, type TrendPoint } from '../../admin/angebote/resultChart.ts';
import { translator } from '../../admin/angebote/i18n.ts';

const t = translator('de');

describe('the trend chart', () => {
  it('breaks the line at a figure not published and never places it at 0', () => {
    const points = [{ value: 12 }, { value: null, suppressed: 'small' as const }, { value: 20 }, { value: 18 }];
    const g = chartGeometry(points);
    expect(g.runs.map((r) => r.length)).toEqual([1, 2]);
    expect(g.gaps).toBe(1);
    // Every drawn point is one of the values; none sits on the axis where 0 would be.
    const drawnYs = g.runs.flat().map((p) => p.y);
    expect(drawnYs).not.toContain(g.y(0));
    expect(drawnYs).toEqual([g.y(12), g.y(20), g.y(18)]);
  });

  it('scales to a round number above the values and the target', () => {
    expect(niceCeiling(18)).toBe(20);
    expect(niceCeiling(2.1)).toBe(2.5);
    expect(niceCeiling(0)).toBe(1);
    expect(chartGeometry([{ value: 12 }], 37).high).toBe(50);
    expect(chartGeometry([{ value: -3 }, { value: 4 }]).low).toBe(-3);
  });

  it('says figures and periods in words', () => {
    expect(shownValue(t, { value: 1234.5 })).toBe('1.234,5');
    expect(shownValue(t, { value: null, suppressed: 'small' })).toBe('weniger als 5');
    expect(shownValue(t, { value: null, suppressed: 'withheld' })).toBe('zurückgehalten (Datenschutz)');
    expect(periodLabel(t, '2026-03')).toBe('März 2026');
    expect(periodLabel(t, '2026-Q1')).toBe('1. Quartal 2026');
    expect(periodLabel(t, '2026')).toBe('2026');
  });

  it('renders an image with a summary and the table with every value', () => {
    const trend: TrendPoint[] = [
      { period: '2026-Q1', value: 12 },
      { period: '2026-Q2', value: null, suppressed: 'small' },
      { period: '2026-Q3', value: null, suppressed: 'withheld' },
      { period: '2026-Q4', value: 20 },
    ];
    const box = document.createElement('div');
    render(html`<${ResultChart} t=${t} id="c" name="Besuche" unit="Personen" trend=${trend} target=${{ value: 25 }} />`, box);
    const img = box.querySelector('svg[role="img"]')!;
    expect(img.getAttribute('aria-label')).toBe(
      'Liniendiagramm von 1. Quartal 2026 bis 4. Quartal 2026: zu Beginn 12, zuletzt 20. Zielwert: 25. 2 Werte werden aus Datenschutzgründen nicht gezeigt.',
    );
    // Two runs of one point each: no polyline joins 12 and 20 across the gap.
    expect(box.querySelectorAll('polyline')).toHaveLength(0);
    expect(box.querySelectorAll('circle')).toHaveLength(2);
    const cells = [...box.querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['12', 'weniger als 5', 'zurückgehalten (Datenschutz)', '20']);
    expect(box.querySelector('tfoot td')?.textContent).toBe('25');
    expect(box.querySelector('figcaption')?.textContent).toBe('Verlauf: Besuche (Personen)');
  });
});
