/**
 * A sheet's rows as the job stores them: each cell read by its column (shared/import/cells.ts),
 * keyed by the API field it fills, with the cell errors found so far. A measurement grid's row
 * becomes one stored row per filled period column. References stay names until planning.
 */
import { readCell, type Cell } from '../../shared/import/cells.ts';
import { SHEET_SPECS, type Column, type SheetSpec } from '../../shared/import/specs.ts';
import { ImportFileError, type Sheet } from '../../shared/import/readSheet.ts';
import type { RowOutcome, RowStatus, SheetType } from '../../shared/import/types.ts';
import { PERIOD_PATTERNS } from '../../shared/time/months.ts';

export interface RowError {
  column: string;
  message: string;
}

export interface StoredRow {
  row: number;
  column?: string;
  sheet: SheetType;
  /** field path → value read from the cell (references as written). */
  values: Record<string, unknown>;
  cellErrors?: RowError[];
  /** The preview found an earlier row naming the same record: this row is never written. */
  duplicateOf?: number;
  // The preview's verdict:
  status?: RowStatus;
  label?: string;
  changes?: string[];
  errors?: RowError[];
  // The run's result:
  outcome?: RowOutcome;
  outcomeError?: string;
  recordId?: string;
}

const isPeriod = (h: string) => Object.values(PERIOD_PATTERNS).some((re) => re.test(h));
const fold = (h: string) => h.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();

export interface MappedSheet {
  rows: StoredRow[];
  unknownColumns: string[];
}

/** Maps the headers to the spec's columns (case and a trailing * ignored), then reads every row. */
export function mapSheet(spec: SheetSpec, sheet: Sheet): MappedSheet {
  const byHeader = new Map(spec.columns.map((c) => [fold(c.header), c]));
  const at: { index: number; column: Column }[] = [];
  const periods: { index: number; period: string }[] = [];
  const unknownColumns: string[] = [];
  sheet.headers.forEach((h, index) => {
    if (!h) return;
    const column = byHeader.get(fold(h));
    if (column) at.push({ index, column });
    else if (spec.periodColumns && isPeriod(h.trim())) periods.push({ index, period: h.trim() });
    else unknownColumns.push(h);
  });
  const missing = spec.columns.filter((c) => c.required && !at.some((a) => a.column === c));
  if (missing.length) {
    const names = missing.map((c) => `„${c.header}“`).join(', ');
    throw new ImportFileError(`${missing.length > 1 ? `Es fehlen die Pflichtspalten ${names}` : `Es fehlt die Pflichtspalte ${names}`}. Bitte verwenden Sie die Vorlage oder ergänzen Sie die Spalte.`);
  }
  if (spec.periodColumns && !periods.length)
    throw new ImportFileError('Die Tabelle hat keine Zeitraum-Spalten (z. B. 2026-10, 2026-Q3 oder 2026). Jede Spalte nach „Quelle“ ist ein Zeitraum.');

  const rows: StoredRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const values: Record<string, unknown> = {};
    const cellErrors: RowError[] = [];
    for (const { index, column } of at) {
      const read = readCell(column, cells[index] ?? null);
      if ('value' in read) values[column.field] = read.value;
      else if ('error' in read) cellErrors.push({ column: column.header, message: read.error });
      else if (column.required) cellErrors.push({ column: column.header, message: 'Pflichtangabe fehlt' });
    }
    if (!spec.periodColumns) {
      rows.push({ row, sheet: spec.type, values, ...(cellErrors.length ? { cellErrors } : {}) });
      continue;
    }
    const { field, valueField } = spec.periodColumns;
    const number: Column = { header: '', field: valueField, kind: 'number', help: '', example: '' };
    for (const { index, period } of periods) {
      const read = readCell(number, (cells[index] ?? null) as Cell);
      if ('empty' in read) continue;
      const errors = [...cellErrors, ...('error' in read ? [{ column: period, message: read.error }] : [])];
      rows.push({ row, column: period, sheet: spec.type, values: { ...values, [field]: period, ...('value' in read ? { [valueField]: read.value } : {}) }, ...(errors.length ? { cellErrors: errors } : {}) });
    }
  }
  return { rows, unknownColumns };
}

export const specOf = (row: StoredRow) => SHEET_SPECS[row.sheet];
