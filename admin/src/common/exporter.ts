/**
 * The CSV export of every list: react-admin's default exporter, with each text cell passed
 * through the one CSV-injection rule (shared/csv.ts) before it reaches a spreadsheet.
 */
import jsonExport from 'jsonexport/dist/index.js';
import { downloadCSV, type Exporter } from 'react-admin';
import { neutralise } from '../../../shared/csv';

function clean(value: unknown): unknown {
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}

export const safeExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) =>
  jsonExport(records.map(clean), (err: Error | null, csv: string) => {
    if (!err) downloadCSV(csv, resource);
  });
