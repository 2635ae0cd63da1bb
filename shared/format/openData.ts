/**
 * One published indicator in one social space for download, as CSV and as JSON: its values per
 * period with small counts suppressed by the one rule (shared/domain/smallCounts.ts). A value
 * arrives either as the raw number (counts under 5 are hidden here, publishedSeries) or already
 * as a part of a table suppressed across social spaces (null, WITHHELD): when the same periods are
 * also published for other social spaces with a city-wide sum, the series of one space is a row
 * of that table, and must come through suppressTable first. A suppressed value is empty and its
 * note says why ("weniger als 5"); the CSV follows the one CSV cell rule (shared/format/csv.ts).
 */
import { published, publishedSeries, SMALL_COUNT, WITHHELD, type PublishedPart } from '../domain/smallCounts.ts';
import { csvRows } from './csv.ts';
import { FEWER_THAN_DE, WITHHELD_DE } from './labels.ts';

export interface OpenDataInput {
  indicator: { id: string; name: string; unit: string; goalName: string };
  socialSpace: { id: string; name: string };
  /** Whether the values count people (or cases): then values under 5 are hidden. */
  isCount: boolean;
  /** The value measured at the start (a count is suppressed like the series). */
  baseline?: number;
  /** The value aimed at: a plan, not a measurement, so never suppressed. */
  target?: number;
  /** A raw value, or one already suppressed with its table (suppressTable, publishedRate). */
  series: { period: string; value: PublishedPart }[];
}

export interface OpenDataMeta {
  /** The licence's URI (DCAT-AP.de: http://dcat-ap.de/def/licenses/dl-by-de/2.0). */
  licence: string;
  /** The attribution the licence asks for ("Stadt Hamm"). */
  attribution?: string;
}

/** A value as published: the number, or null with the reason. */
export interface ShownValue { value: number | null; suppressed?: 'small' | 'withheld'; note: string }

/** How a published part reads: the number, or empty with its note ("weniger als 5", "nicht ausgewiesen"). */
export function suppressedValue(part: PublishedPart): ShownValue {
  if (part === null) return { value: null, suppressed: 'small', note: FEWER_THAN_DE(SMALL_COUNT) };
  if (part === WITHHELD) return { value: null, suppressed: 'withheld', note: WITHHELD_DE };
  return { value: part, note: '' };
}

/** The series as published: raw numbers through the series rule; parts suppressed before stay as they are. */
function shownSeries(input: OpenDataInput): (ShownValue & { period: string })[] {
  const raw = input.series.map((s) => (typeof s.value === 'number' ? s.value : 0));
  const series = publishedSeries(raw, input.isCount);
  return input.series.map((s, i) => ({ period: s.period, ...suppressedValue(typeof s.value === 'number' ? series[i] : s.value) }));
}

const shownBaseline = (input: OpenDataInput) =>
  input.baseline === undefined ? undefined : suppressedValue(input.isCount ? published(input.baseline) : input.baseline);

const CSV_HEADER = ['Zeitraum', 'Wert', 'Hinweis', 'Einheit', 'Indikator-ID', 'Indikator', 'Ziel', 'Sozialraum-ID', 'Sozialraum', 'Ausgangswert', 'Zielwert'];

/** The CSV: one row per period, the indicator and social space repeated on each (one flat table). */
export function openDataCsv(input: OpenDataInput): string {
  const baseline = shownBaseline(input);
  const rows = shownSeries(input).map((s) => [
    s.period,
    s.value,
    // A suppressed baseline is empty too; the note says so on every row, beside the row's own.
    [s.note, baseline?.note ? `Ausgangswert: ${baseline.note}` : ''].filter(Boolean).join('; '),
    input.indicator.unit,
    input.indicator.id,
    input.indicator.name,
    input.indicator.goalName,
    input.socialSpace.id,
    input.socialSpace.name,
    baseline?.value ?? null,
    input.target ?? null,
  ]);
  return csvRows([CSV_HEADER, ...rows]);
}

type JsonValue = { value: number | null; suppressed?: 'small' | 'withheld' };
const jsonValue = ({ value, suppressed }: ShownValue): JsonValue => ({ value, ...(suppressed ? { suppressed } : {}) });

export interface OpenDataJson {
  indicator: { id: string; name: string; goalName: string };
  socialSpace: { id: string; name: string };
  unit: string;
  licence: string;
  attribution?: string;
  baseline?: JsonValue;
  target?: number;
  rows: ({ period: string } & JsonValue)[];
}

/** The JSON: the same rows, a suppressed value null with `suppressed` saying why. */
export function openDataJson(input: OpenDataInput, meta: OpenDataMeta): OpenDataJson {
  const baseline = shownBaseline(input);
  const { id, name, goalName, unit } = input.indicator;
  return {
    indicator: { id, name, goalName },
    socialSpace: { id: input.socialSpace.id, name: input.socialSpace.name },
    unit,
    licence: meta.licence,
    ...(meta.attribution ? { attribution: meta.attribution } : {}),
    ...(baseline ? { baseline: jsonValue(baseline) } : {}),
    ...(input.target !== undefined ? { target: input.target } : {}),
    rows: shownSeries(input).map((s) => ({ period: s.period, ...jsonValue(s) })),
  };
}
