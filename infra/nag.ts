/** cdk-nag suppressions, each with the reason it is acceptable here. */
import { Validations, type Stack } from 'aws-cdk-lib';

type Ack = { id: string; reason: string };
const ack = (stack: Stack, acks: Ack[]) => acks.forEach((a) => Validations.of(stack).acknowledge(a));

export function suppressWithReasons(data: Stack, app: Stack, region: string) {
  ack(app, [{ id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`, reason: 'CDK BucketDeployment reads the admin UI asset from the CDK bootstrap asset bucket.' }]);
  ack(data, [
    { id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]', reason: 'The AWS-managed role policy AWS Backup documents for taking backups; the plan selects the one table only.' },
    { id: 'AwsSolutions-COG2', reason: 'MFA is optional (TOTP, no SMS): each clerk may enrol an authenticator app, and the admin UI completes the MFA_SETUP and SOFTWARE_TOKEN_MFA challenges; threat protection (full function) is on.' },
  ]);
  ack(app, [
    { id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'The AWS-managed minimum for Lambda logging to CloudWatch.' },
    { id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]', reason: 'The AWS-managed role API Gateway needs for its access and execution logs.' },
    { id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments/PutTelemetryRecords and Amazon Translate TranslateText (offers function only, bounded by the monthly character budget) have no resource-level permissions.' },
    { id: 'AwsSolutions::AwsSolutions-IAM5[Resource::<reportsFunctionC488A2DB.Arn>:*]', reason: 'EventBridge Scheduler invokes the reports function; `:*` covers its versions and aliases only.' },
    { id: 'AwsSolutions::AwsSolutions-IAM5[Resource::<migrateFunction5A42D048.Arn>:*]', reason: 'EventBridge Scheduler (the nightly census) and the deploy Trigger invoke the migrate function; `:*` covers its versions and aliases only.' },
    { id: 'AwsSolutions::AwsSolutions-IAM5[Resource::<AdminUi7C34CF75.Arn>/*]', reason: 'CDK BucketDeployment writes the admin UI files into its own bucket.' },
    // The bucket reaches the nested Backend stack as a parameter named after the app stack.
    { id: `AwsSolutions::AwsSolutions-IAM5[Resource::<referenceto${app.stackName.replace(/-/g, '')}Photos32BB7581Arn>/*]`, reason: 'The spatial function puts, and the organisations function deletes, photos under their content-hash keys in the photo bucket; object keys are not known in advance.' },
    ...['s3:List*', 's3:GetObject*', 's3:GetBucket*', 's3:DeleteObject*', 's3:Abort*'].map((a) => ({ id: `AwsSolutions::AwsSolutions-IAM5[Action::${a}]`, reason: 'CDK BucketDeployment copies the built admin UI from the asset bucket to the UI bucket (CDK-generated grant).' })),
    { id: 'AwsSolutions::AwsSolutions-APIG2', reason: 'Request bodies are validated field by field with the zod schemas inside every function (RFC 9457 problem+json), which API Gateway models could only duplicate.' },
    { id: 'AwsSolutions-L1', reason: 'Functions pin nodejs22.x deliberately (the project runs on Node 22 everywhere); CDK helper functions use the runtime CDK ships.' },
    { id: 'AwsSolutions-APIG4', reason: 'Only /v1/public/*, /v1/health, /v1/openapi.json, /v1/docs, the signed one-time links /v1/offer-confirmations/{token} and CORS preflight are unauthenticated by design; every other route uses the Lambda authorizer.' },
    { id: 'AwsSolutions-SMG4', reason: 'The link secret signs reminder links valid for 14 days; rotating it invalidates the links in flight, so it is rotated by hand between reminder windows (a new value is generated on replacement).' },
    { id: 'AwsSolutions-COG4', reason: 'One Lambda REQUEST authorizer serves both Cognito ID tokens (verified with aws-jwt-verify) and partner API keys; a Cognito authorizer could not handle keys.' },
    { id: 'AwsSolutions-S1', reason: 'The access-log bucket does not log to itself.' },
    { id: 'AwsSolutions-SQS3', reason: 'This queue is the schedule\'s dead-letter queue.' },
    { id: 'AwsSolutions-CFR1', reason: 'The admin UI is used by city staff and partners who may work from anywhere; sign-in protects it.' },
    { id: 'AwsSolutions-CFR2', reason: 'CloudFront only serves static files; the API behind it has its own regional WAF. A CloudFront WAF must live in us-east-1 (separate stack) and is left to operations.' },
    { id: 'AwsSolutions-CFR4', reason: 'The default CloudFront certificate is used until the city assigns a domain; TLSv1.2_2021 is set for custom certificates.' },
  ]);
}
