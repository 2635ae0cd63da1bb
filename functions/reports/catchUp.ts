/**
 * Missed schedules catch up, each exactly once. Triggers: the hourly schedule of the reports
 * function (kind `catch-up`, after the backfills) and `npm start` (infra/local/stack.ts), so a
 * stack that was down on the 1st, or a local start on the 5th, shows what the deployed system
 * would show that day.
 *
 * - **The metric job** of every closed month without a recorded run, oldest first: the months after
 *   the newest recorded run, looking back at most CATCH_UP_MONTHS (none recorded at all: the last
 *   month only, so a first deployment does not rewrite history). Each run is claimed once through
 *   `sendOnce` on its own item, `delivery#metrics#<month>` / `job` (pattern 17), and audited; an
 *   overlapping run loses the claim and computes nothing. The job is idempotent anyway, and the
 *   report run computes its month again for late entries.
 * - **The monthly report** of the last month, if no attempt was ever made (no item of pattern 11)
 *   once the report schedule has had its chance: after REPORT_GRACE on the report day (the schedule
 *   fires at 07:00 and retries), or any later day. The catch-up tries it once per month (its own
 *   record, `delivery#report-catch-up#<month>` / `job`): a run that finds no recipients, or a mail
 *   setup that fails, is not repeated hourly; the report schedule's retries and alarms remain.
 * - **The district reports** due today before a council's session (councilReports.ts): each is
 *   claimed once per council and session, so a missed daily run is made up here until the session.
 *
 * Access patterns: 17 and 11 (the records of runs), and those of the metric job, the report and the district report.
 */
import type { Repository } from '../../shared/db/repository.ts';
import { keys } from '../../shared/db/keys.ts';
import { getReport } from '../../shared/db/reportStore.ts';
import { computeClosingMonth } from '../../shared/metrics/job.ts';
import { berlinTime, berlinToday, monthsEndingWith, previousMonth } from '../../shared/time/months.ts';
import { reportDay } from '../../shared/time/workingDays.ts';
import type { DeliveryOptions } from './deliver.ts';
import { runMonthlyReport } from './monthly.ts';
import { sendOnce, type SendOutcome } from './sendOnce.ts';
import { sendCouncilReports, type CouncilReportOutcome } from './councilReports.ts';

/** How far back a missed metric run is still caught up. */
export const CATCH_UP_MONTHS = 12;

/** The record of one month's metric run (pattern 17: kind `metrics`, recipient `job`). */
export const metricRun = (month: string) => ({ key: keys.delivery('metrics', month, 'job'), audit: { entityType: 'metricRun', entityId: month } });

/** The record of the catch-up's one attempt at a month's report (pattern 17). */
const reportCatchUp = (month: string) => ({ key: keys.delivery('report-catch-up', month, 'job'), audit: { entityType: 'reportCatchUp', entityId: month } });

/** Berlin time on the report day after which the 07:00 schedule and its retries count as missed. */
export const REPORT_GRACE = '09:00';

/** Whether the report of `month` should have gone out by `now` (its day has come, and on the day its schedule's time). */
export function reportOverdue(month: string, now: Date): boolean {
  const today = berlinToday(now);
  const due = reportDay(month);
  return today > due || (today === due && berlinTime(now) >= REPORT_GRACE);
}

export interface CatchUpResult {
  metrics: { month: string; outcome: SendOutcome['outcome'] }[];
  report?: { month: string; outcome: string };
  /** Only when a district report was due: what became of each. */
  councilReports?: CouncilReportOutcome[];
}

type CatchUpOptions = Pick<DeliveryOptions, 'actor' | 'transport' | 'extraRecipients'> & { now: () => Date };

/** The closed months whose metric run is missing, oldest first. */
export async function missedMetricMonths(repo: Repository, now: Date): Promise<string[]> {
  const months = monthsEndingWith(previousMonth(now), CATCH_UP_MONTHS);
  const runs = await Promise.all(months.map((m) => repo.getRaw(metricRun(m).key)));
  const newestDone = runs.map((r) => r?.status === 'sent').lastIndexOf(true);
  return newestDone === -1 ? months.slice(-1) : months.slice(newestDone + 1);
}

export async function catchUp(repo: Repository, opts: CatchUpOptions): Promise<CatchUpResult> {
  const metrics: CatchUpResult['metrics'] = [];
  for (const month of await missedMetricMonths(repo, opts.now())) {
    const run = await sendOnce(repo, metricRun(month), { actor: opts.actor, now: opts.now }, async () => {
      await computeClosingMonth(repo, month);
      return {};
    });
    metrics.push({ month, outcome: run.outcome });
    // Months in order: a failed one stops here, so the next run starts again from it, never past it.
    if (run.outcome !== 'sent') break;
  }
  const report = await missedReport(repo, opts);
  const councilReports = await sendCouncilReports(repo, { actor: opts.actor, now: opts.now, transport: opts.transport });
  return { metrics, ...(report ? { report } : {}), ...(councilReports.length ? { councilReports } : {}) };
}

/** The last month's report, once, if it is overdue and was never tried. */
async function missedReport(repo: Repository, opts: CatchUpOptions): Promise<CatchUpResult['report']> {
  const month = previousMonth(opts.now());
  if (!reportOverdue(month, opts.now()) || (await getReport(repo, month))) return undefined;
  let outcome = 'skipped';
  const attempt = await sendOnce(repo, reportCatchUp(month), { actor: opts.actor, now: opts.now }, async () => {
    outcome = (await runMonthlyReport(repo, { month, ...opts })).cityWide.outcome;
    return {};
  });
  return { month, outcome: attempt.outcome === 'sent' ? outcome : attempt.outcome };
}
