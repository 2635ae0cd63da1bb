/**
 * One monthly report run, as the schedule and `npm run report` do it: the metric job first (so the
 * report shows the closing month's computed and partner-reported figures), then one read of the
 * data, the city-wide report and the personal reports of each user's social spaces.
 * Idempotent: a rerun recomputes, writes nothing new and sends nothing twice.
 */
import type { Repository } from '../../shared/db/repository.ts';
import { computeClosingMonth } from '../../shared/metrics/job.ts';
import { logger } from '../http/logger.ts';
import { loadReportInputs } from './compute.ts';
import { deliverPersonalReports, deliverReport, type DeliveryOptions } from './deliver.ts';

export async function runMonthlyReport(repo: Repository, opts: Omit<DeliveryOptions, 'inputs'>) {
  const computed = await computeClosingMonth(repo, opts.month);
  logger.info('computed indicators', { month: opts.month, indicators: Object.keys(computed).length });
  const inputs = await loadReportInputs(repo, opts.month);
  const cityWide = await deliverReport(repo, { ...opts, inputs });
  const personal = await deliverPersonalReports(repo, { ...opts, inputs });
  return { cityWide, personal };
}
