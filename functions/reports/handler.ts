/**
 * The monthly goal report.
 * Triggers: EventBridge Scheduler (cron, 1st of the month 07:00 Europe/Berlin; at-least-once),
 * and API Gateway routes of group `reports` (POST /v1/reports, GET /v1/reports[/{month}]).
 * Access patterns: 2 (collections), 4 (measurements of the compared periods), 11, 12 (reports), 6-8 (audit);
 * the schedule first runs the metric job (shared/metrics/job.ts: 5, 14).
 */
import type { Context } from 'aws-lambda';
import { previousMonth } from '../../shared/months.ts';
import { getDeps } from '../http/deps.ts';
import { pageReply, parseListParams } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import { logger } from '../http/logger.ts';
import { httpFunction } from '../http/wrapper.ts';
import { getReport, listReports } from '../../shared/db/reportStore.ts';
import { deliverReport } from './deliver.ts';
import { createTransport } from './mailer.ts';
import { entities } from '../../shared/entities.ts';
import { REPORT_SETTINGS_ID } from '../../shared/schemas/reportSettings.ts';
import { writableData } from '../http/crud.ts';
import { computeClosingMonth } from '../../shared/metrics/job.ts';

const extraRecipients = () => (process.env.REPORT_EXTRA_RECIPIENTS ?? '').split(',').filter(Boolean);

const http = httpFunction('reports', {
  sendReport: async (call) => {
    const month = call.body.month ?? previousMonth(call.deps.now());
    const result = await deliverReport(call.deps.repo, { month, force: call.body.force, actor: call.actor, now: call.deps.now, transport: createTransport(), extraRecipients: extraRecipients() });
    return { status: result.outcome === 'sent' ? 201 : 200, body: { id: month, ...result } };
  },
  listReports: async (call) => {
    const { range } = parseListParams(call.query);
    return pageReply('reports', await listReports(call.deps.repo), range);
  },
  getReportSettings: async (call) => {
    if (call.params.id !== REPORT_SETTINGS_ID) throw problems.notFound(`Report settings are kept under id '${REPORT_SETTINGS_ID}'`);
    const stored = await call.deps.repo.find(entities.reportSettings, REPORT_SETTINGS_ID);
    return { body: stored ?? { id: REPORT_SETTINGS_ID, extraRecipients: [], version: 0 } };
  },
  updateReportSettings: async (call) => {
    if (call.params.id !== REPORT_SETTINGS_ID) throw problems.notFound(`Report settings are kept under id '${REPORT_SETTINGS_ID}'`);
    const def = entities.reportSettings;
    const data = writableData(def, call.body);
    // Version 0: the first save creates the item (a concurrent first save gets 409 from the conditional create).
    const saved = call.body.version === 0
      ? await call.deps.repo.create(def, data, { actor: call.actor, id: REPORT_SETTINGS_ID })
      : await call.deps.repo.update(def, REPORT_SETTINGS_ID, data, call.body.version, { actor: call.actor });
    return { body: saved };
  },
  getReport: async (call) => {
    const report = await getReport(call.deps.repo, call.params.month);
    if (!report) throw problems.notFound(`No report for ${call.params.month}`);
    return { body: report };
  },
});

/** The schedule's event: `{ "source": "schedule", "month"?: "YYYY-MM" }`. */
export async function scheduled(event: { month?: string }, context?: Context) {
  const { repo, now } = getDeps();
  const month = event.month ?? previousMonth(now());
  // Computed indicators first, so the report shows the closing month's figures. Idempotent, so a
  // retried invocation recomputes and writes nothing new.
  const computed = await computeClosingMonth(repo, month);
  logger.info('computed indicators', { month, indicators: Object.keys(computed).length });
  const result = await deliverReport(repo, { month, actor: 'system:schedule', now, transport: createTransport(), extraRecipients: extraRecipients() });
  // Counts, not addresses: logs are kept longer and read more widely than the report item.
  const { recipients, ...outcome } = result;
  logger.info('monthly report', { ...outcome, recipientCount: recipients?.length ?? 0 });
  // A failed send must fail the invocation, so the scheduler retries (and the DLQ catches the rest).
  if (result.outcome === 'failed') throw new Error(`report ${month} not sent: ${result.reason}`);
  return result;
}

export const handler = async (event: any, context: Context) => (event?.httpMethod ? http(event, context) : scheduled(event ?? {}, context));
