/** The monthly report: EventBridge Scheduler, 1st of the month 07:00 Europe/Berlin, 5 retries, then a dead-letter queue. */
import { Duration, TimeZone, type Stack } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';

export function reportSchedule(stack: Stack, reports: lambda.IFunction): sqs.Queue {
  const dlq = new sqs.Queue(stack, 'ReportDlq', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
  new scheduler.Schedule(stack, 'MonthlyReport', {
    description: 'Monthly goal report to leadership: 1st of the month, 07:00 Europe/Berlin',
    schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '7', day: '1', month: '*', year: '*', timeZone: TimeZone.EUROPE_BERLIN }),
    target: new targets.LambdaInvoke(reports, {
      input: scheduler.ScheduleTargetInput.fromObject({ source: 'schedule' }),
      deadLetterQueue: dlq,
      retryAttempts: 5,
      maxEventAge: Duration.hours(6),
    }),
  });
  return dlq;
}
