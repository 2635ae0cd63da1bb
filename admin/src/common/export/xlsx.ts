/**
 * The Excel file of an export table, written with exceljs: a bold, frozen header row with an auto
 * filter, column widths after the content, days and times as real dates (`DD.MM.YYYY`,
 * `DD.MM.YYYY HH:MM`), euros as numbers in a currency format, numbers as numbers, texts neutralised
 * (./table.ts). exceljs is large: the admin loads it only when someone exports (`loadExcel`).
 */
import { now } from '../../../../shared/time/clock';
import type * as ExcelJS from 'exceljs';
import type { Cell, ExportTable } from './table';

export type ExcelModule = typeof ExcelJS;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NUM_FMT = { date: 'DD.MM.YYYY', datetime: 'DD.MM.YYYY HH:MM', euro: '#,##0.00 "€"' } as const;

/** exceljs, fetched on first use (its own chunk, not in the admin's initial JavaScript). */
export async function loadExcel(): Promise<ExcelModule> {
  const mod: any = await import('exceljs');
  return (mod.default?.Workbook ? mod.default : mod) as ExcelModule;
}

/** A wall-clock `YYYY-MM-DD[THH:MM:SS]` as the Date exceljs writes as that serial (it counts in UTC). */
function excelDate(v: string): Date {
  return new Date(Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10), +(v.slice(11, 13) || 0), +(v.slice(14, 16) || 0), +(v.slice(17, 19) || 0)));
}

function excelValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (!cell) return { value: null };
  switch (cell.type) {
    case 'date':
      return { value: excelDate(cell.value), numFmt: NUM_FMT.date };
    case 'datetime':
      return { value: excelDate(cell.value), numFmt: NUM_FMT.datetime };
    case 'euro':
      return { value: cell.value, numFmt: NUM_FMT.euro };
    case 'boolean':
      return { value: cell.text };
    default:
      return { value: cell.value };
  }
}

/** `creator`: the file's author property, the signed-in user's municipality (its title). */
export function tableToWorkbook(table: ExportTable, excel: ExcelModule, creator = 'Stadtteilarbeit'): ExcelJS.Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = creator;
  workbook.created = now();
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const cells of table.rows) {
    const row = sheet.addRow([]);
    cells.forEach((cell, i) => {
      const { value, numFmt } = excelValue(cell);
      if (value === null) return;
      const target = row.getCell(i + 1);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
    });
  }
  if (table.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return workbook;
}

export async function tableToXlsx(table: ExportTable, excel: ExcelModule, creator?: string): Promise<ArrayBuffer> {
  return (await tableToWorkbook(table, excel, creator).xlsx.writeBuffer()) as ArrayBuffer;
}
