/** The monthly report item as the API shows it (the item itself is written by functions/reports/deliver.ts). */
import * as z from 'zod';
import { MONTH_PATTERN } from '../time/months.ts';
import { Email, IsoDateTime } from './common.ts';

export const Month = z.string().regex(MONTH_PATTERN, 'Monat wie 2026-10');

export const ReportSummary = z.looseObject({
  id: Month,
  month: Month,
  status: z.enum(['sending', 'sent', 'failed']),
  recipients: z.array(Email),
  messageId: z.string().optional(),
  error: z.string().optional(),
  attempts: z.number().int().min(1),
  leaseUntil: IsoDateTime.optional(),
  version: z.number().int().min(1),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  createdBy: z.string(),
  updatedBy: z.string(),
});

/** One report: the summary, the rendered HTML and the figures it was made from. */
export const ReportDetail = ReportSummary.extend({ html: z.string(), snapshot: z.record(z.string(), z.unknown()) });

/** The answer to POST /v1/reports: 201 when this call sent it, 200 when it was skipped or failed. */
export const ReportOutcome = z.object({
  id: Month,
  month: Month,
  outcome: z.enum(['sent', 'skipped', 'failed']),
  reason: z.string().optional(),
  messageId: z.string().optional(),
  recipients: z.array(Email).optional(),
});
