/**
 * The export of every list, as CSV and as an Excel file: the rows the list's filters match (all pages),
 * with the admin's own field labels as headers and typed cells (./export/table.ts). A list says what it
 * shows through its `exporter` prop, `listExporter({ columns, choices, references, … })`; the toolbar's
 * export menu (./export/ExportButtons.tsx) offers both files. Called as a plain react-admin exporter (its
 * ExportButton), it writes the CSV.
 */
import type { DataProvider, Exporter } from 'react-admin';
import { i18nProvider } from '../i18n';
import { tenantFace } from '../authProvider';
import { tableToCsv } from './export/csv';
import { downloadBlob, exportFileName } from './export/download';
import { resolveReferences } from './export/fetch';
import { buildExportTable, type ExportConfig, type Translate } from './export/table';
import { loadExcel, tableToXlsx, XLSX_MIME } from './export/xlsx';

export type { ExportConfig } from './export/table';
export type ExportFormat = 'csv' | 'xlsx';

/** A react-admin exporter (CSV) that carries the list's export config for the menu's other format. */
export type ListExporter = Exporter & { exportConfig: ExportConfig };

export interface ExportContext {
  resource: string;
  translate: Translate;
  dataProvider: DataProvider;
  config?: ExportConfig;
}

/** Builds the table of `records` and downloads it as `format`. */
export async function exportRecords(format: ExportFormat, records: readonly any[], ctx: ExportContext): Promise<void> {
  const config = ctx.config ?? {};
  const related = config.references ? await resolveReferences(ctx.dataProvider, records, config.references) : undefined;
  const table = buildExportTable(records, { ...config, resource: ctx.resource, translate: ctx.translate, related });
  if (format === 'csv') {
    downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), exportFileName(ctx.resource, 'csv'));
  } else {
    const buffer = await tableToXlsx(table, await loadExcel(), tenantFace()?.title);
    downloadBlob(new Blob([buffer], { type: XLSX_MIME }), exportFileName(ctx.resource, 'xlsx'));
  }
}

/** The `exporter` prop of a list: what it shows, for both files. */
export function listExporter(config: ExportConfig = {}): ListExporter {
  const csv: Exporter = (records, _fetchRelated, dataProvider, resource) =>
    exportRecords('csv', records, { resource: resource ?? 'export', translate: i18nProvider.translate as Translate, dataProvider, config });
  return Object.assign(csv, { exportConfig: config });
}

/** The config a list's exporter carries (none for another exporter function). */
export function exportConfigOf(exporter: unknown): ExportConfig | undefined {
  return typeof exporter === 'function' && 'exportConfig' in exporter ? (exporter as ListExporter).exportConfig : undefined;
}

/** The export without anything list-specific: every field, labelled, typed and neutralised. */
export const safeExporter: ListExporter = listExporter();
