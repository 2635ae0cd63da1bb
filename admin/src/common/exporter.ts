/**
 * The CSV export of every list: react-admin's default exporter, with each text cell passed
 * through the one CSV-injection rule (shared/format/csv.ts) before it reaches a spreadsheet.
 */
import jsonExport from 'jsonexport/dist/index.js';
import { downloadCSV, type Exporter } from 'react-admin';
import { neutraliseDeep } from '../../../shared/format/csv';

export const safeExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) =>
  jsonExport(records.map(neutraliseDeep), (err: Error | null, csv: string) => {
    if (!err) downloadCSV(csv, resource);
  });
