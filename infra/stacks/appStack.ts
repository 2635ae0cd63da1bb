/**
 * Stateless resources: one NodejsFunction per function group, the REST API built from the one
 * route table with the one authorizer, WAF, the monthly schedule, admin hosting, and alarms.
 */
import { CfnOutput, Duration, Lazy, RemovalPolicy, Stack, TimeZone, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTION_GROUPS, routes, type FunctionGroup } from '../../shared/routes.ts';
import { tableDefinition } from '../../shared/db/tableDefinition.ts';
import type { StageConfig } from '../config.ts';
import { TABLE_ACCESS, tableStatements } from './tableAccess.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The admin UI's Content-Security-Policy: no inline script, and connections only to the API and
 * Cognito. `style-src 'unsafe-inline'` stays because MUI (emotion) injects its styles at run time.
 */
export function adminCsp(apiOrigin: string, region: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${apiOrigin} https://cognito-idp.${region}.amazonaws.com`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export interface AppStackProps extends StackProps {
  table: dynamodb.ITableV2;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  senderIdentity: ses.EmailIdentity;
}

export class AppStack extends Stack {
  readonly functions: Record<string, nodejs.NodejsFunction> = {};
  readonly api: apigw.RestApi;

  constructor(scope: Construct, id: string, cfg: StageConfig, props: AppStackProps) {
    super(scope, id, props);

    // ---------- admin hosting (first: the functions need its origin for CORS) ----------
    const logBucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(cfg.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const uiBucket = new s3.Bucket(this, 'AdminUi', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 'admin-ui/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'AdminHeaders', {
      securityHeadersBehavior: {
        // The API is defined further down (its CORS rule needs this distribution's domain), hence Lazy.
        contentSecurityPolicy: { contentSecurityPolicy: adminCsp(`https://${Lazy.string({ produce: () => this.api.restApiId })}.execute-api.${this.region}.amazonaws.com`, this.region), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    const distribution = new cloudfront.Distribution(this, 'AdminCdn', {
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(uiBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        compress: true,
      },
      errorResponses: [{ httpStatus: 404, responseHttpStatus: 200, responsePagePath: '/index.html' }],
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cdn/',
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    });
    const adminOrigin = `https://${distribution.distributionDomainName}`;

    // ---------- functions ----------
    const env = {
      TABLE_NAME: props.table.tableName,
      USER_POOL_ID: props.userPool.userPoolId,
      USER_POOL_CLIENT_ID: props.userPoolClient.userPoolClientId,
      CORS_ORIGINS: adminOrigin,
      // Where the API reference page (GET /v1/docs) loads its script from.
      ADMIN_ORIGIN: adminOrigin,
      POWERTOOLS_SERVICE_NAME: 'hamm-stadtteilarbeit',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
    };
    const make = (name: FunctionGroup | 'authorizer', extraEnv: Record<string, string> = {}, timeout = 15) => {
      const logGroup = new logs.LogGroup(this, `${name}Logs`, { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
      const fn = new nodejs.NodejsFunction(this, `${name}Function`, {
        entry: path.join(ROOT, 'functions', name, 'handler.ts'),
        handler: 'handler',
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize: 512,
        timeout: Duration.seconds(timeout),
        tracing: lambda.Tracing.ACTIVE,
        logGroup,
        environment: { ...env, ...extraEnv },
        depsLockFilePath: path.join(ROOT, 'package-lock.json'),
        projectRoot: ROOT,
        bundling: {
          minify: true,
          sourceMap: true,
          format: nodejs.OutputFormat.ESM,
          target: 'node22',
          mainFields: ['module', 'main'],
          externalModules: ['@aws-sdk/*'],
          // CommonJS dependencies inside an ESM bundle need `require`.
          banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
          forceDockerBundling: false,
        },
      });
      const indexArns = tableDefinition.globalSecondaryIndexes.map((g) => `${props.table.tableArn}/index/${g.indexName}`);
      for (const statement of tableStatements(TABLE_ACCESS[name], props.table.tableArn, indexArns)) fn.addToRolePolicy(statement);
      this.functions[name] = fn;
      return fn;
    };
    for (const group of FUNCTION_GROUPS) {
      if (group === 'reports') make(group, { MAIL_TRANSPORT: 'ses', MAIL_FROM: cfg.mailFrom, REPORT_EXTRA_RECIPIENTS: cfg.reportRecipients.join(',') }, 120);
      else make(group);
    }
    const authorizerFn = make('authorizer');
    // Only the reports function may send e-mail, and only from the configured identity.
    this.functions.reports.addToRolePolicy(new iam.PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [props.senderIdentity.emailIdentityArn],
    }));
    // Only the organisations function manages the Cognito accounts behind users.
    this.functions.organisations.addToRolePolicy(new iam.PolicyStatement({
      actions: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminEnableUser', 'cognito-idp:AdminUserGlobalSignOut', 'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminDeleteUser'],
      resources: [props.userPool.userPoolArn],
    }));

    // ---------- API from the route table ----------
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
    this.api = new apigw.RestApi(this, 'Api', {
      restApiName: `hamm-stadtteilarbeit-${cfg.stage}`,
      deployOptions: {
        stageName: 'api',
        accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        tracingEnabled: true,
        throttlingRateLimit: 100,
        throttlingBurstLimit: 200,
      },
      cloudWatchRole: true,
      defaultCorsPreflightOptions: {
        allowOrigins: [adminOrigin],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Api-Key', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id'],
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        allowCredentials: true,
        maxAge: Duration.minutes(10),
      },
      binaryMediaTypes: [],
    });
    const authorizer = new apigw.RequestAuthorizer(this, 'Authorizer', {
      handler: authorizerFn,
      // No gateway cache: revocations must act within seconds, and without identity sources a
      // partner's bare `X-Api-Key` reaches the authorizer too. The authorizer caches principals
      // itself for PRINCIPAL_CACHE_SECONDS (docs/ARCHITECTURE.md, Authentication).
      identitySources: [],
      resultsCacheTtl: Duration.seconds(0),
    });
    const validator = new apigw.RequestValidator(this, 'Validator', { restApi: this.api, validateRequestParameters: true, validateRequestBody: false });
    const problem = (status: string, title: string, detail: string) => ({
      'application/json': JSON.stringify({ type: 'about:blank', title, status: Number(status), detail, correlationId: '$context.requestId' }),
    });
    const gatewayProblems: [apigw.ResponseType, string, string, string][] = [
      [apigw.ResponseType.UNAUTHORIZED, '401', 'Unauthorized', 'Missing, invalid, expired or revoked credentials'],
      [apigw.ResponseType.ACCESS_DENIED, '403', 'Forbidden', 'Access denied'],
      [apigw.ResponseType.AUTHORIZER_FAILURE, '503', 'Service Unavailable', 'The sign-in check is not available right now. Please retry.'],
      [apigw.ResponseType.THROTTLED, '429', 'Too Many Requests', 'Too many requests; slow down'],
      [apigw.ResponseType.REQUEST_TOO_LARGE, '413', 'Content Too Large', 'The request body is too large'],
      [apigw.ResponseType.MISSING_AUTHENTICATION_TOKEN, '404', 'Not Found', 'No such route'],
      [apigw.ResponseType.DEFAULT_5XX, '503', 'Service Unavailable', 'Please retry'],
    ];
    for (const [type, status, title, detail] of gatewayProblems)
      this.api.addGatewayResponse(`Gw${type.responseType}`, {
        type,
        statusCode: status,
        templates: problem(status, title, detail),
        responseHeaders: { 'Content-Type': "'application/problem+json'", 'Access-Control-Allow-Origin': `'${adminOrigin}'` },
      });

    const resourceFor = (routePath: string) =>
      routePath.split('/').filter(Boolean).reduce<apigw.IResource>((res, part) => res.getResource(part) ?? res.addResource(part), this.api.root);
    const integrations = new Map<string, apigw.LambdaIntegration>();
    for (const route of routes) {
      const fn = this.functions[route.fn];
      if (!integrations.has(route.fn)) integrations.set(route.fn, new apigw.LambdaIntegration(fn, { allowTestInvoke: false, scopePermissionToMethod: false }));
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [`method.request.path.${m[1]}`, true] as const);
      resourceFor(route.path).addMethod(route.method, integrations.get(route.fn)!, {
        operationName: route.operationId,
        authorizer: route.auth === 'none' ? undefined : authorizer,
        authorizationType: route.auth === 'none' ? apigw.AuthorizationType.NONE : apigw.AuthorizationType.CUSTOM,
        requestValidator: validator,
        requestParameters: Object.fromEntries(params),
      });
    }

    // ---------- WAF ----------
    const waf = new wafv2.CfnWebACL(this, 'ApiWaf', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'hammApiWaf', sampledRequestsEnabled: true },
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: cfg.wafRateLimit, aggregateKeyType: 'IP' } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'rateLimit', sampledRequestsEnabled: true },
        },
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 1,
          overrideAction: { none: {} },
          // Offers may carry long descriptions: the handler enforces 256 KB itself.
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet', ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'commonRules', sampledRequestsEnabled: true },
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'ApiWafAssociation', { resourceArn: this.api.deploymentStage.stageArn, webAclArn: waf.attrArn });

    // ---------- schedule ----------
    const dlq = new sqs.Queue(this, 'ReportDlq', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    new scheduler.Schedule(this, 'MonthlyReport', {
      description: 'Monthly goal report to leadership: 1st of the month, 07:00 Europe/Berlin',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '7', day: '1', month: '*', year: '*', timeZone: TimeZone.EUROPE_BERLIN }),
      target: new targets.LambdaInvoke(this.functions.reports, {
        input: scheduler.ScheduleTargetInput.fromObject({ source: 'schedule' }),
        deadLetterQueue: dlq,
        retryAttempts: 5,
        maxEventAge: Duration.hours(6),
      }),
    });

    // ---------- config.json beside the UI ----------
    new s3deploy.BucketDeployment(this, 'AdminUiDeployment', {
      destinationBucket: uiBucket,
      sources: [
        s3deploy.Source.asset(path.join(ROOT, 'admin', 'dist')),
        s3deploy.Source.jsonData('config.json', { apiUrl: `${this.api.url}v1`, region: this.region, userPoolId: props.userPool.userPoolId, userPoolClientId: props.userPoolClient.userPoolClientId }),
      ],
      distribution,
      distributionPaths: ['/index.html', '/config.json'],
      prune: false,
    });

    // ---------- alarms ----------
    const topic = new sns.Topic(this, 'Alarms', { masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'), enforceSSL: true });
    topic.addSubscription(new subs.EmailSubscription(cfg.alarmEmail));
    const notify = new cwActions.SnsAction(topic);
    const alarm = (id: string, metric: cloudwatch.IMetric, threshold = 1) =>
      new cloudwatch.Alarm(this, id, { metric, threshold, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING }).addAlarmAction(notify);
    for (const [name, fn] of Object.entries(this.functions)) {
      alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }));
      alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }));
    }
    alarm('ReportDlqDepth', dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }));
    alarm('Api5xx', this.api.metricServerError({ period: Duration.minutes(5) }), 5);

    new CfnOutput(this, 'ApiUrl', { value: `${this.api.url}v1` });
    new CfnOutput(this, 'AdminUrl', { value: adminOrigin });
  }
}

