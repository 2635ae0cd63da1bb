/** The import's German (or English) words: types, statuses, the preview's and the result's counts. */
import { useTranslate } from 'react-admin';
import { IMPORT_TYPE_LABELS, IMPORT_TYPES, ROW_STATUS_DE, type ImportType, type JobStatus, type RowOutcome, type RowStatus } from '../../../shared/import/types';
import type { ImportJob } from './api';

type Translate = ReturnType<typeof useTranslate>;

/** A type's name: the English UI has its own, German is the import's own label (shared/import/types.ts). */
export const typeLabel = (translate: Translate, type: ImportType) => translate(`app.import.types.${type}`, { _: IMPORT_TYPE_LABELS[type] ?? type });
export const typeChoices = (translate: Translate) => IMPORT_TYPES.map((id) => ({ id, name: typeLabel(translate, id) }));

/** Who started a job: the actor without its kind (`user:u-…`). */
export const actorName = (job: Pick<ImportJob, 'createdBy'>) => job.createdBy.replace(/^(user|apikey):/, '');

export function useImportLabels() {
  const translate = useTranslate();
  const n = (v: number | undefined) => (v ?? 0).toLocaleString(translate('app.import.number_locale', { _: 'de-DE' }));
  return {
    translate,
    type: (type: ImportType) => typeLabel(translate, type),
    jobStatus: (s: JobStatus) => translate(`app.import.job_status.${s}`, { _: s }),
    rowStatus: (s: RowStatus) => translate(`app.import.row_status.${s}`, { _: ROW_STATUS_DE[s] ?? s }),
    outcome: (o: RowOutcome) => translate(`app.import.outcome.${o}`, { _: o }),
    /** "30 Zeilen: 28 neu, 0 geändert, 0 unverändert, 2 fehlerhaft" */
    summary: (job: ImportJob) =>
      translate('app.import.summary', {
        rows: translate('app.import.rows', { smart_count: job.totalRows ?? 0, count: n(job.totalRows) }),
        new: n(job.preview?.new),
        changed: n(job.preview?.changed),
        unchanged: n(job.preview?.unchanged),
        error: n(job.preview?.error),
      }),
    /** "28 angelegt, 0 geändert, 0 unverändert, 0 fehlgeschlagen" */
    result: (job: ImportJob) => {
      // `failed`: refused while writing; `skipped`: left out on purpose (a run without the rows with errors).
      const { failed = 0, skipped = 0 } = job.progress ?? {};
      const counts = translate('app.import.result', { created: n(job.progress?.created), updated: n(job.progress?.updated), unchanged: n(job.progress?.unchanged), failed: n(failed) });
      return skipped ? `${counts}, ${translate('app.import.skipped', { count: n(skipped) })}` : counts;
    },
    /** "12 von 30" while running, the result counts' total once done, nothing before the start. */
    progressText: (job: ImportJob) =>
      job.status === 'previewed' ? '–' : translate('app.import.progress_of', { processed: n(job.progress?.processed), total: n(job.totalRows) }),
  };
}
