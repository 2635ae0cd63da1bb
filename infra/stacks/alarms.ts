/** Alarms (function errors and throttles, dead letters, API 5xx) to an SNS topic that e-mails operations. */
import { Duration, type Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { StageConfig } from '../config.ts';

export function alarms(stack: Stack, cfg: StageConfig, functions: Record<string, lambda.Function>, dlq: sqs.IQueue, api: apigw.RestApi): void {
  const topic = new sns.Topic(stack, 'Alarms', { masterKey: kms.Alias.fromAliasName(stack, 'SnsKey', 'alias/aws/sns'), enforceSSL: true });
  topic.addSubscription(new subs.EmailSubscription(cfg.alarmEmail));
  const notify = new cwActions.SnsAction(topic);
  const alarm = (id: string, metric: cloudwatch.IMetric, threshold = 1) =>
    new cloudwatch.Alarm(stack, id, { metric, threshold, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING }).addAlarmAction(notify);
  for (const [name, fn] of Object.entries(functions)) {
    alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }));
    alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }));
  }
  alarm('ReportDlqDepth', dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }));
  alarm('Api5xx', api.metricServerError({ period: Duration.minutes(5) }), 5);
}
