/**
 * The CSV of an export table: the same headers and columns as the Excel file, `;`-separated with
 * decimal commas (shared/format/csv.ts, which also neutralises every text), days as `DD.MM.YYYY`,
 * times as `DD.MM.YYYY HH:MM`, euros with two decimals, and a byte-order mark so Excel reads UTF-8.
 */
import { csvRows } from '../../../../shared/format/csv';
import { germanDate, germanDateTime, type Cell, type ExportTable } from './table';

/** The byte-order mark: without it Excel reads a CSV as Windows-1252 and mangles the umlauts. */
export const BOM = '\uFEFF';

function csvValue(cell: Cell): string | number {
  if (!cell) return '';
  switch (cell.type) {
    case 'date':
      return germanDate(cell.value);
    case 'datetime':
      return germanDateTime(cell.value);
    case 'boolean':
      return cell.text;
    case 'euro':
      // Cents as the finance department books them: always two decimals ("5000,00"); a negative amount stays a number (no text starting with "-").
      return cell.value >= 0 ? cell.value.toFixed(2).replace('.', ',') : cell.value;
    default:
      return cell.value;
  }
}

export function tableToCsv(table: ExportTable): string {
  return BOM + csvRows([table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(csvValue))]);
}
