/**
 * What can be imported, and the German words a preview uses. Browser-safe (the admin reads it),
 * zod-free and exceljs-free.
 */
export const IMPORT_TYPES = ['offers', 'organisations', 'centres', 'networks', 'area-figures', 'measurements', 'councils', 'hsds'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];
/** The types a spreadsheet template exists for (an HSDS file is another directory's JSON export). */
export type SheetType = Exclude<ImportType, 'hsds'>;

export const IMPORT_TYPE_LABELS: Record<ImportType, string> = {
  offers: 'Angebote',
  organisations: 'Träger',
  centres: 'Stadtteilzentren',
  networks: 'Netzwerke und Gremien (mit Mitgliedern)',
  'area-figures': 'Kennziffern der Sozialräume',
  measurements: 'Messwerte (Kennzahlen × Sozialräume × Zeiträume)',
  councils: 'Bezirksvertretungen (mit Sitzungsterminen)',
  hsds: 'Angebote und Träger aus einem anderen Verzeichnis (HSDS-3.0-JSON)',
};

/** Where a row of the preview stands before anything is written. */
export const ROW_STATUSES = ['new', 'changed', 'unchanged', 'error'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];
export const ROW_STATUS_DE: Record<RowStatus, string> = { new: 'neu', changed: 'geändert', unchanged: 'unverändert', error: 'Fehler' };

/** What happened to a row when the job ran (`skipped`: wrong, and left out because the clerk chose to run without such rows). */
export const ROW_OUTCOMES = ['created', 'updated', 'unchanged', 'failed', 'skipped'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export const JOB_STATUSES = ['previewed', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
