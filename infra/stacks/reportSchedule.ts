/**
 * The schedules of the reports function (EventBridge Scheduler, Europe/Berlin, 5 retries, then a
 * dead-letter queue):
 * - the monthly report on days 1–7 at 07:00: the function sends on the first working day only
 *   (weekends and NRW holidays skipped, shared/time/workingDays.ts; a cron cannot say "working day");
 * - the reminders daily at 07:00: the function acts only in the five days before the report day;
 * - hourly, pending backfills (shared/db/backfill.ts: after a deployment that adds a pattern, its
 *   projection items for older records) and the catch-up of missed metric runs and reports
 *   (functions/reports/catchUp.ts); with nothing missed, a few GetItems find nothing to do.
 *
 * Each run hands every tenant an asynchronous invocation of its own (shared/tenancy/forEachTenant.ts);
 * what still fails after Lambda's retries lands in the same dead-letter queue.
 */
import { Duration, TimeZone, type Stack } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';

export function reportSchedule(stack: Stack, reports: lambda.IFunction): sqs.Queue {
  const dlq = new sqs.Queue(stack, 'ReportDlq', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
  reports.configureAsyncInvoke({ onFailure: new destinations.SqsDestination(dlq), retryAttempts: 2, maxEventAge: Duration.hours(6) });
  const invoke = (kind: 'report' | 'reminders' | 'catch-up') =>
    new targets.LambdaInvoke(reports, {
      input: scheduler.ScheduleTargetInput.fromObject({ source: 'schedule', kind }),
      deadLetterQueue: dlq,
      retryAttempts: 5,
      maxEventAge: Duration.hours(6),
    });
  new scheduler.Schedule(stack, 'MonthlyReport', {
    description: 'Monthly goal report: days 1-7 at 07:00 Europe/Berlin; sent from the first working day (NRW) on, once',
    schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '7', day: '1-7', month: '*', year: '*', timeZone: TimeZone.EUROPE_BERLIN }),
    target: invoke('report'),
  });
  new scheduler.Schedule(stack, 'DailyReminders', {
    description: 'Reminders before the monthly report: daily at 07:00 Europe/Berlin; acts in the five days before the report day',
    schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '7', month: '*', year: '*', timeZone: TimeZone.EUROPE_BERLIN }),
    target: invoke('reminders'),
  });
  new scheduler.Schedule(stack, 'HourlyBackfill', {
    description: 'Hourly: projection items for records older than their access pattern, then missed metric runs and reports (catch-up)',
    schedule: scheduler.ScheduleExpression.rate(Duration.hours(1)),
    target: invoke('catch-up'),
  });
  return dlq;
}
