/**
 * A file's bytes → its header row and data rows, or one German sentence saying why the file cannot
 * be read (and nothing is written). XLSX through exceljs, CSV through csv-parse (UTF-8 or
 * Windows-1252 as Excel writes it; `;`, `,` or tab detected from the header line).
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Cell } from './cells.ts';
import { separatorOf } from '../format/csvSeparator.ts';
import { MAX_FILE_BYTES, MAX_ROWS, megabytes } from './limits.ts';

export class ImportFileError extends Error {}

export interface Sheet {
  headers: string[];
  /** `row` is the spreadsheet's own row number (the header is row 1). */
  rows: { row: number; cells: Cell[] }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
/** An encrypted OOXML workbook is an OLE container holding a stream of this name (UTF-16). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export function fileKind(bytes: Uint8Array, fileName: string): 'xlsx' | 'csv' | 'json' {
  if (bytes.length === 0) throw new ImportFileError('Die Datei ist leer.');
  if (bytes.length > MAX_FILE_BYTES)
    throw new ImportFileError(`Die Datei ist ${megabytes(bytes.length)} groß; höchstens ${megabytes(MAX_FILE_BYTES)} sind möglich. Bitte teilen Sie sie auf mehrere Dateien auf.`);
  if (startsWith(bytes, OLE)) {
    if (Buffer.from(bytes).includes(ENCRYPTION_INFO))
      throw new ImportFileError('Die Arbeitsmappe ist mit einem Kennwort geschützt. Bitte speichern Sie sie ohne Kennwort (Datei → Informationen → Arbeitsmappe schützen) und laden Sie sie erneut hoch.');
    throw new ImportFileError('Die Datei ist im alten Excel-Format (.xls). Bitte speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV.');
  }
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (/\.xls[xm]?$/i.test(fileName))
    throw new ImportFileError(`„${fileName}“ ist keine Excel-Arbeitsmappe, auch wenn der Name so endet. Bitte speichern Sie die Tabelle in Excel oder LibreOffice als .xlsx oder CSV.`);
  if (/\.json$/i.test(fileName)) return 'json';
  // Text files hold no NUL bytes; a PDF, image or Word file does (or starts with its own signature).
  if (bytes.subarray(0, 4096).includes(0) || /^%PDF/.test(Buffer.from(bytes.subarray(0, 4)).toString('latin1')))
    throw new ImportFileError(`„${fileName}“ ist keine Tabelle. Bitte laden Sie eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei hoch.`);
  return 'csv';
}

/** UTF-8 (with or without BOM); anything that is not valid UTF-8 is read as Windows-1252, as Excel saves "CSV". */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function tooManyRows(n: number): ImportFileError {
  return new ImportFileError(`Die Tabelle hat ${n.toLocaleString('de-DE')} Zeilen; höchstens ${MAX_ROWS.toLocaleString('de-DE')} sind in einem Import möglich. Bitte teilen Sie sie auf.`);
}

function fromCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: true, bom: true, to: MAX_ROWS + 2 });
  } catch (err) {
    throw new ImportFileError(`Die CSV-Datei ist nicht lesbar: ${(err as Error).message}`);
  }
  if (records.length > MAX_ROWS + 1) throw tooManyRows(text.split(/\r?\n/).filter(Boolean).length - 1);
  const [headers = [], ...rows] = records;
  return { headers: headers.map((h) => h.trim()), rows: rows.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (c.trim() === '' ? null : c)) })) };
}

function cellValue(v: ExcelJS.CellValue, address: string): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v)
      throw new ImportFileError(`Die Zelle ${address} enthält eine Formel. Bitte ersetzen Sie Formeln durch ihre Werte (Kopieren → Inhalte einfügen → Werte) und laden Sie die Datei erneut hoch.`);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) throw new ImportFileError(`Die Zelle ${address} enthält einen Fehlerwert (${v.error}).`);
  }
  return String(v);
}

async function fromXlsx(bytes: Uint8Array): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('Die Excel-Datei ist beschädigt oder keine Arbeitsmappe. Bitte öffnen und speichern Sie sie erneut als .xlsx.');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) throw new ImportFileError('Das erste Tabellenblatt ist leer.');
  if (ws.rowCount > MAX_ROWS + 1) throw tooManyRows(ws.rowCount - 1);
  const merged = ((ws.model as { merges?: string[] }).merges ?? []).filter((range) => /^[A-Z]+1:/.test(range));
  if (merged.length)
    throw new ImportFileError(`Die Kopfzeile enthält verbundene Zellen (${merged.join(', ')}). Bitte heben Sie die Verbindung auf, sodass jede Spalte genau eine Überschrift hat.`);
  const width = ws.getRow(1).cellCount;
  const headers = Array.from({ length: width }, (_, i) => {
    const c = ws.getRow(1).getCell(i + 1);
    return String(cellValue(c.value, c.address) ?? '').trim();
  });
  const rows: Sheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = Array.from({ length: width }, (_, i) => {
      const c = r.getCell(i + 1);
      const v = cellValue(c.value, c.address);
      return typeof v === 'string' && v.trim() === '' ? null : v;
    });
    if (cells.some((c) => c !== null)) rows.push({ row: n, cells });
  });
  return { headers, rows };
}

/** The sheet of a spreadsheet file; a JSON file is the caller's (an HSDS export). */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  const kind = fileKind(bytes, fileName);
  if (kind === 'json') throw new ImportFileError('Eine JSON-Datei kann nur als HSDS-Verzeichnis importiert werden. Bitte wählen Sie diese Art oder laden Sie eine Tabelle hoch.');
  const sheet = kind === 'xlsx' ? await fromXlsx(bytes) : fromCsv(bytes);
  while (sheet.headers.length && sheet.headers.at(-1) === '') sheet.headers.pop();
  if (!sheet.headers.length) throw new ImportFileError('Die erste Zeile enthält keine Spaltenüberschriften.');
  const blank = sheet.headers.findIndex((h) => h === '');
  if (blank >= 0 && sheet.rows.some((r) => r.cells[blank] !== null))
    throw new ImportFileError(`Spalte ${blank + 1} hat keine Überschrift, enthält aber Werte. Bitte ergänzen Sie die Überschrift oder löschen Sie die Spalte.`);
  const seen = new Set<string>();
  for (const h of sheet.headers.filter(Boolean)) {
    if (seen.has(h.toLowerCase())) throw new ImportFileError(`Die Spalte „${h}“ kommt zweimal vor.`);
    seen.add(h.toLowerCase());
  }
  if (!sheet.rows.length) throw new ImportFileError('Die Tabelle enthält keine Datenzeilen unter der Kopfzeile.');
  return sheet;
}
