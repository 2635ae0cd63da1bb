/** Driving a spreadsheet import through the API in tests: a filled template, the job's end, its rows. */
import ExcelJS from 'exceljs';
import { DATA_SHEET, templateWorkbook } from '../../shared/import/template.ts';
import type { SheetType } from '../../shared/import/types.ts';
import type { Client } from './api.ts';

export const b64 = (bytes: ArrayBuffer | Uint8Array | string) => Buffer.from(bytes as ArrayBuffer).toString('base64');

/** The type's own template with its example row replaced by `rows` (German header → cell). */
export async function filled(type: SheetType, rows: Record<string, unknown>[]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await templateWorkbook(type));
  const ws = wb.getWorksheet(DATA_SHEET)!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  ws.spliceRows(2, 1);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

export async function waitDone(client: Client, id: string) {
  for (let i = 0; i < 600; i++) {
    const job = (await client.get(`/imports/${id}`)).body;
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('import did not finish');
}

export async function rowsOf(client: Client, id: string, filter: Record<string, string> = {}) {
  return (await client.get(`/imports/${id}/rows`, { range: [0, 999], filter })).body as any[];
}
