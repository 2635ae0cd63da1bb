/**
 * The downloadable template of a spreadsheet type: sheet 1 with the German headers and an example
 * row, sheet 2 explaining each column and its allowed values. Built from the specs, so template,
 * reader and preview never disagree. The admin loads this lazily (exceljs is large).
 */
import ExcelJS from 'exceljs';
import { EMPTY_CELL_HELP, PERIOD_COLUMN_HELP, PERIOD_EXAMPLES, REF_DE, SHEET_SPECS, type Column } from './specs.ts';
import { IMPORT_TYPE_LABELS, type SheetType } from './types.ts';

export const DATA_SHEET = 'Daten';
export const HELP_SHEET = 'Erläuterungen';

function allowed(c: Column): string {
  if (c.values) return Object.values(c.values).join(', ');
  if (c.ref) return `ein ${REF_DE[c.ref]} im System (Name oder Kennung)`;
  return '';
}

export async function templateWorkbook(type: SheetType): Promise<ArrayBuffer> {
  const spec = SHEET_SPECS[type];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stadtteilarbeit Hamm';
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const periods = spec.periodColumns ? PERIOD_EXAMPLES : [];
  data.addRow([...spec.columns.map((c) => c.header), ...periods]);
  data.addRow([...spec.columns.map((c) => (c.example === '' ? null : c.example)), ...periods.map((_, i) => 12 + i)]);
  data.getRow(1).font = { bold: true };
  spec.columns.forEach((c, i) => {
    data.getColumn(i + 1).width = Math.max(14, c.header.length + 4);
    if (c.kind === 'date') data.getColumn(i + 1).numFmt = 'dd.mm.yyyy';
    // Text, so a spreadsheet leaves a postal code's leading zero and a lone session date as typed.
    if (c.kind === 'postalCode' || c.kind === 'sessions') data.getColumn(i + 1).numFmt = '@';
  });

  const help = wb.addWorksheet(HELP_SHEET);
  help.addRow([`Vorlage: ${IMPORT_TYPE_LABELS[type]}`]).font = { bold: true, size: 13 };
  help.addRow([`Die erste Zeile des Blatts „${DATA_SHEET}“ enthält die Spaltenüberschriften; sie dürfen nicht verändert werden. Die Beispielzeile bitte überschreiben oder löschen. ${EMPTY_CELL_HELP} Pflichtspalten sind mit * markiert.`]);
  help.addRow([]);
  help.addRow(['Spalte', 'Pflicht', 'Erlaubte Werte', 'Erläuterung']).font = { bold: true };
  for (const c of spec.columns) help.addRow([c.header, c.required ? '*' : '', allowed(c), c.help]);
  if (spec.periodColumns) help.addRow(['2026-10, 2026-Q3, 2026 …', '', 'Zahlen', PERIOD_COLUMN_HELP]);
  help.getColumn(1).width = 26;
  help.getColumn(3).width = 50;
  help.getColumn(4).width = 80;
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
