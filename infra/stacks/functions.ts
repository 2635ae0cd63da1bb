/**
 * One NodejsFunction per function group plus the authorizer (Node 22, ARM64, local esbuild, ESM),
 * each with only the table access it needs (tableAccess.ts), for one tenant at a time (tenantAccess.ts); SES only for reports, Cognito admin
 * only for organisations.
 */
import { Duration, RemovalPolicy, TimeZone, type Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as triggers from 'aws-cdk-lib/triggers';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as ses from 'aws-cdk-lib/aws-ses';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableDefinition } from '../../shared/db/tableDefinition.ts';
import { FUNCTION_GROUPS, type FunctionGroup } from '../../shared/contract/routes/index.ts';
import type { StageConfig } from '../config.ts';
import { tenantAccess } from './tenantAccess.ts';
import { ESM_REQUIRE_BANNER, externalModules } from '../bundling.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface FunctionsProps {
  table: dynamodb.ITableV2;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  senderIdentity: ses.EmailIdentity;
  adminOrigin: string;
  /** Signs the "still current" links of reminders (reports) and checks them (offers). */
  linkSecret: secretsmanager.ISecret;
  /** The public pages' photos: the spatial function stores them, the organisations function deletes a withdrawn contact photo. */
  photoBucket: s3.IBucket;
}

/**
 * The key migration's function (functions/migrate/handler.ts), run by the deployment: the only one
 * that may Scan, and that reaches every item, because it moves every item from before tenants.
 */
function migration(stack: Stack, cfg: StageConfig, table: dynamodb.ITableV2, env: Record<string, string>, after: lambda.IFunction[]) {
  const fn = new nodejs.NodejsFunction(stack, 'migrateFunction', {
    entry: path.join(ROOT, 'functions', 'migrate', 'handler.ts'),
    handler: 'handler',
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: 512,
    timeout: Duration.minutes(15),
    tracing: lambda.Tracing.ACTIVE,
    logGroup: new logs.LogGroup(stack, 'migrateLogs', { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY }),
    environment: { TABLE_NAME: env.TABLE_NAME!, POWERTOOLS_SERVICE_NAME: env.POWERTOOLS_SERVICE_NAME!, POWERTOOLS_LOG_LEVEL: 'INFO' },
    depsLockFilePath: path.join(ROOT, 'package-lock.json'),
    projectRoot: ROOT,
    bundling: { minify: true, sourceMap: true, format: nodejs.OutputFormat.ESM, target: 'node22', mainFields: ['module', 'main'], externalModules: externalModules('migrate'), banner: ESM_REQUIRE_BANNER, forceDockerBundling: false },
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], resources: [table.tableArn] }));
  // Asynchronous: a deployment neither waits for nor rolls back over the move; the API waits for its marker.
  // After every function is updated, so no old code writes old keys behind the scan (the passes catch any that do).
  new triggers.Trigger(stack, 'migrateOnDeploy', { handler: fn, invocationType: triggers.InvocationType.EVENT, executeAfter: [fn, ...after] });
  new scheduler.Schedule(stack, 'NightlyCensus', {
    description: 'Nightly at 03:00 Europe/Berlin: each tenant\'s items and their size, for the operator\'s usage view',
    schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '3', month: '*', year: '*', timeZone: TimeZone.EUROPE_BERLIN }),
    target: new targets.LambdaInvoke(fn, { input: scheduler.ScheduleTargetInput.fromObject({ kind: 'census' }), retryAttempts: 2 }),
  });
}

export function lambdaFunctions(stack: Stack, cfg: StageConfig, props: FunctionsProps): Record<FunctionGroup | 'authorizer', nodejs.NodejsFunction> {
  const functions = {} as Record<FunctionGroup | 'authorizer', nodejs.NodejsFunction>;
  const adminOrigin = props.adminOrigin;
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
  const make = (name: FunctionGroup | 'authorizer', extraEnv: Record<string, string> = {}, timeout = 15, memorySize = 512) => {
    const logGroup = new logs.LogGroup(stack, `${name}Logs`, { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
    const fn = new nodejs.NodejsFunction(stack, `${name}Function`, {
      entry: path.join(ROOT, 'functions', name, 'handler.ts'),
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize,
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
        externalModules: externalModules(name),
        banner: ESM_REQUIRE_BANNER,
        forceDockerBundling: false,
      },
    });
    const indexArns = tableDefinition.globalSecondaryIndexes.map((g) => `${props.table.tableArn}/index/${g.indexName}`);
    tenantAccess(stack, name, fn, props.table.tableArn, indexArns);
    functions[name] = fn;
    return fn;
  };
  // The link secret is read at run time (shared/runtimeConfig.ts), never placed in an environment variable.
  const linkSecret = props.linkSecret;
  const linkEnv = { LINK_SECRET_ARN: linkSecret.secretArn };
  for (const group of FUNCTION_GROUPS) {
    if (group === 'reports') make(group, { MAIL_TRANSPORT: 'ses', MAIL_FROM: cfg.mailFrom, REPORT_EXTRA_RECIPIENTS: cfg.reportRecipients.join(','), PUBLIC_URL: adminOrigin, ...linkEnv }, 120);
    else if (group === 'participation') make(group, { MAIL_TRANSPORT: 'ses', MAIL_FROM: cfg.mailFrom, PUBLIC_URL: adminOrigin, ...linkEnv });
    else if (group === 'offers') make(group, { ...linkEnv, ...(cfg.machineTranslationCharsPerMonth > 0 ? { MACHINE_TRANSLATION_CHARS_PER_MONTH: String(cfg.machineTranslationCharsPerMonth) } : {}) });
    // An import run works through its rows for up to five minutes, then hands over to its next invocation.
    else if (group === 'imports') make(group, {}, 300);
    // A photo is decoded, scaled and encoded in JavaScript (jimp: no native binary to bundle): about 2 s at a
    // full vCPU (1769 MB), 4 s at 1024 MB, for a 6-megapixel phone photo. Its preview links are signed.
    else if (group === 'spatial') make(group, { PHOTO_BUCKET: props.photoBucket.bucketName, PUBLIC_URL: adminOrigin, ...linkEnv }, 20, 1024);
    // The public pages check a preview link's signature.
    else if (group === 'public') make(group, linkEnv);
    else if (group === 'organisations') make(group, { PHOTO_BUCKET: props.photoBucket.bucketName });
    else make(group);
  }
  linkSecret.grantRead(functions.reports);
  linkSecret.grantRead(functions.offers);
  // Participation derives its challenge and rate-limit keys from the same secret (functions/participation/abuse.ts).
  linkSecret.grantRead(functions.participation);
  linkSecret.grantRead(functions.spatial);
  linkSecret.grantRead(functions.public);
  props.photoBucket.grantPut(functions.spatial);
  props.photoBucket.grantDelete(functions.organisations);
  make('authorizer');
  // Only the reports function (reports, reminders) and the participation function (residents' sign-ups)
  // may send e-mail, and only from the configured identity.
  for (const sender of [functions.reports, functions.participation])
    sender.addToRolePolicy(new iam.PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [props.senderIdentity.emailIdentityArn],
    }));
  // Only the offers function drafts translations by machine, and may do nothing else with Amazon Translate.
  if (cfg.machineTranslationCharsPerMonth > 0)
    functions.offers.addToRolePolicy(new iam.PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] }));
  // Two functions invoke themselves asynchronously (functions/http/selfInvoke.ts): the import to continue
  // a run, the reports function to give each tenant a scheduled run of its own. A separate policy each,
  // not the role's default one: the function depends on that, so naming its own ARN there would be a
  // dependency cycle.
  for (const [id, fn] of [['importsContinueRun', functions.imports], ['reportsPerTenant', functions.reports]] as const)
    new iam.Policy(stack, id, { roles: [fn.role!], statements: [new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] })] });
  migration(stack, cfg, props.table, env, Object.values(functions));
  // Only the organisations function manages the Cognito accounts behind users.
  functions.organisations.addToRolePolicy(new iam.PolicyStatement({
    actions: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminEnableUser', 'cognito-idp:AdminUserGlobalSignOut', 'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminDeleteUser'],
    resources: [props.userPool.userPoolArn],
  }));
  return functions;
}
