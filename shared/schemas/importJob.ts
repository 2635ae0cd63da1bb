/**
 * Import job (Import): one uploaded file on its way into the system. Its rows wait in parts
 * (pattern 31) with their preview; the job records how far the run has come, so a run that stops
 * in the middle continues where it stopped. Written only by the import function.
 */
import * as z from 'zod';
import { entitySchemas, IsoDateTime, NonEmpty } from './common.ts';
import { IMPORT_TYPES, JOB_STATUSES, ROW_OUTCOMES, ROW_STATUSES } from '../import/types.ts';

export const ImportType = z.enum(IMPORT_TYPES);
export const RowStatus = z.enum(ROW_STATUSES);

const counts = <K extends readonly string[]>(keys: K) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int().min(0)])) as Record<K[number], z.ZodNumber>);

export const importJob = entitySchemas(
  { type: ImportType, fileName: NonEmpty(200) },
  {
    readonly: {
      status: z.enum(JOB_STATUSES),
      /** Records the file describes (a measurement grid's row holds one per period). */
      totalRows: z.number().int().min(0),
      /** How many parts of pattern 31 hold the rows. */
      parts: z.number().int().min(0),
      /** Headers the file has but no column of its type: reported, never imported. */
      unknownColumns: z.array(z.string()),
      /** An HSDS file: which of its fields fill which of ours. */
      mapping: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
      preview: counts(ROW_STATUSES),
      progress: counts(['processed', ...ROW_OUTCOMES] as const),
      /** Rows with errors are left out rather than blocking the run. */
      skipErrors: z.boolean().optional(),
      /** The part the run continues with. */
      nextPart: z.number().int().min(0),
      startedAt: IsoDateTime.optional(),
      finishedAt: IsoDateTime.optional(),
      /** The invocation running the job, and until when it holds it (a run that died is taken over after that). */
      runner: z.string().optional(),
      leaseUntil: IsoDateTime.optional(),
      /** Why a run stopped (it continues from `nextPart` when started again). */
      failure: z.string().optional(),
    },
  },
);
export type ImportJob = z.infer<typeof importJob.entity>;

/** One row of a job as the preview and the result show it. */
export const ImportRow = z.object({
  id: z.string(),
  row: z.number().int(),
  /** A measurement grid's period column; absent for one record per row. */
  column: z.string().optional(),
  sheet: z.string(),
  status: RowStatus,
  label: z.string(),
  changes: z.array(z.string()).optional(),
  errors: z.array(z.object({ column: z.string(), message: z.string() })).optional(),
  outcome: z.enum(ROW_OUTCOMES).optional(),
  outcomeError: z.string().optional(),
  recordId: z.string().optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;
