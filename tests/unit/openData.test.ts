/** One published indicator for download: small counts suppressed by the one rule, in CSV and JSON alike. */
import { describe, expect, it } from 'vitest';
import { openDataCsv, openDataJson, suppressedValue, type OpenDataInput } from '../../shared/format/openData.ts';
import { suppressTable, WITHHELD } from '../../shared/domain/smallCounts.ts';
import { LICENCE_DL_DE_BY_2_0 } from '../../shared/format/dcat.ts';

const visits: OpenDataInput = {
  indicator: { id: 'ind-1', name: 'Besuche im Familienzentrum', unit: 'Besuche', goalName: 'Familien erreichen' },
  socialSpace: { id: 'norden', name: 'Hamm-Norden' },
  isCount: true,
  baseline: 3,
  target: 40,
  series: [
    { period: '2025-01', value: 12 },
    { period: '2025-02', value: 4 },
    { period: '2025-03', value: 0 },
    { period: '2025-04', value: 5 },
  ],
};

describe('open data of one indicator', () => {
  it('says once how a suppressed value reads', () => {
    expect(suppressedValue(null)).toEqual({ value: null, suppressed: 'small', note: 'weniger als 5' });
    expect(suppressedValue(WITHHELD)).toEqual({ value: null, suppressed: 'withheld', note: 'nicht ausgewiesen' });
    expect(suppressedValue(7)).toEqual({ value: 7, note: '' });
  });

  it('writes a German CSV with an empty value and the note where a count is under 5', () => {
    const lines = openDataCsv(visits).split('\r\n');
    expect(lines[0]).toBe('Zeitraum;Wert;Hinweis;Einheit;Indikator-ID;Indikator;Ziel;Sozialraum-ID;Sozialraum;Ausgangswert;Zielwert');
    expect(lines[1]).toBe('2025-01;12;Ausgangswert: weniger als 5;Besuche;ind-1;Besuche im Familienzentrum;Familien erreichen;norden;Hamm-Norden;;40');
    expect(lines[2]).toBe('2025-02;;"weniger als 5; Ausgangswert: weniger als 5";Besuche;ind-1;Besuche im Familienzentrum;Familien erreichen;norden;Hamm-Norden;;40');
    expect(lines[3].split(';').slice(0, 2)).toEqual(['2025-03', '']);
    expect(lines[4].split(';').slice(0, 2)).toEqual(['2025-04', '5']);
    expect(lines).toHaveLength(6); // header, four periods, the closing line break
    expect(openDataCsv({ ...visits, baseline: 20 }).split('\r\n')[1]).toBe('2025-01;12;;Besuche;ind-1;Besuche im Familienzentrum;Familien erreichen;norden;Hamm-Norden;20;40');
  });

  it('writes decimal commas and neutralises text that a spreadsheet would run', () => {
    const share: OpenDataInput = {
      indicator: { id: 'ind-2', name: '=HYPERLINK("http://x")', unit: '%', goalName: '+Ziel' },
      socialSpace: { id: 'mitte', name: 'Mitte' },
      isCount: false,
      series: [{ period: '2025-Q1', value: 12.5 }, { period: '2025-Q2', value: null }, { period: '2025-Q3', value: 3 }],
    };
    const lines = openDataCsv(share).split('\r\n');
    expect(lines[1]).toBe(`2025-Q1;12,5;;%;ind-2;"'=HYPERLINK(""http://x"")";'+Ziel;mitte;Mitte;;`);
    // A rate suppressed before (publishedRate) stays suppressed; a value that is no count stays, small or not.
    expect(lines[2].split(';').slice(0, 3)).toEqual(['2025-Q2', '', 'weniger als 5']);
    expect(lines[3].split(';').slice(0, 2)).toEqual(['2025-Q3', '3']);
  });

  it('writes the JSON with null values and why they are suppressed', () => {
    expect(openDataJson(visits, { licence: LICENCE_DL_DE_BY_2_0, attribution: 'Stadt Hamm' })).toEqual({
      indicator: { id: 'ind-1', name: 'Besuche im Familienzentrum', goalName: 'Familien erreichen' },
      socialSpace: { id: 'norden', name: 'Hamm-Norden' },
      unit: 'Besuche',
      licence: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      attribution: 'Stadt Hamm',
      baseline: { value: null, suppressed: 'small' },
      target: 40,
      rows: [
        { period: '2025-01', value: 12 },
        { period: '2025-02', value: null, suppressed: 'small' },
        { period: '2025-03', value: null, suppressed: 'small' },
        { period: '2025-04', value: 5 },
      ],
    });
  });

  it('keeps the suppression of a table across social spaces (a withheld value stays withheld)', () => {
    // Two social spaces over two months with the city-wide sum: a lone small value would be the sum minus the rest.
    const table = suppressTable([[12, 3], [20, 30]], { columnTotals: true });
    const norden = { ...visits, baseline: undefined, series: [{ period: '2025-01', value: table.cells[0][0] }, { period: '2025-02', value: table.cells[0][1] }] };
    const mitte = { ...visits, baseline: undefined, series: [{ period: '2025-01', value: table.cells[1][0] }, { period: '2025-02', value: table.cells[1][1] }] };
    expect(openDataJson(norden, { licence: LICENCE_DL_DE_BY_2_0 }).rows).toEqual([{ period: '2025-01', value: 12 }, { period: '2025-02', value: null, suppressed: 'small' }]);
    expect(openDataJson(mitte, { licence: LICENCE_DL_DE_BY_2_0 }).rows).toEqual([{ period: '2025-01', value: 20 }, { period: '2025-02', value: null, suppressed: 'withheld' }]);
    expect(openDataCsv(mitte).split('\r\n')[2].split(';').slice(0, 3)).toEqual(['2025-02', '', 'nicht ausgewiesen']);
  });
});
