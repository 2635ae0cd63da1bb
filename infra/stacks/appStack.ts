/**
 * Stateless resources, split into nested stacks along the architecture so that none nears
 * CloudFormation's 500 resources as features add functions and routes (tests/infra/cdk.test.ts
 * holds each to 400):
 *
 * | nested stack     | holds                                                                     |
 * |------------------|---------------------------------------------------------------------------|
 * | `Api`            | the REST API alone (the site's CloudFront origin needs its id)            |
 * | `Backend`        | the functions (one per group, the authorizer) and their schedules (report, reminders, hourly catch-up) with their dead-letter queue |
 * | `ApiPaths`       | the path resources under /v1 with CORS preflights, the authorizer, gateway responses |
 * | `Routes<Group>`  | one function group's methods and its invoke permission                     |
 * | `ApiStage`       | the deployment, the stage (logs, throttling) and the WAF                   |
 * | `Operations`     | the alarms and their SNS topic                                             |
 *
 * This stack itself keeps what must survive a change of layout: the admin site (its CloudFront
 * domain is the address users know) and the link secret (a new one would void links in flight);
 * moving either into a nested stack would replace it. The table lives in the DataStack.
 */
import { CfnOutput, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTION_GROUPS, type FunctionGroup } from '../../shared/contract/routes/index.ts';
import type { StageConfig } from '../config.ts';
import { adminSite } from './adminSite.ts';
import { alarms } from './alarms.ts';
import { apiPaths, apiStage, restApi, routeMethods } from './api.ts';
import { lambdaFunctions } from './functions.ts';
import { reportSchedule } from './reportSchedule.ts';

export { adminCsp } from './adminSite.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppStackProps extends StackProps {
  table: dynamodb.ITableV2;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  senderIdentity: ses.EmailIdentity;
}

/** `offers` → `RoutesOffers`. */
const routesStackId = (group: FunctionGroup) => `Routes${group[0].toUpperCase()}${group.slice(1)}`;

export class AppStack extends Stack {
  readonly functions: Record<string, nodejs.NodejsFunction>;
  readonly api: apigw.RestApi;
  /** Every nested stack, for the resource count and the tests. */
  readonly nestedStacks: NestedStack[] = [];

  constructor(scope: Construct, id: string, cfg: StageConfig, props: AppStackProps) {
    super(scope, id, props);
    // The site first: the functions and the API need its origin (CORS); it learns the API's id lazily.
    const { uiBucket, photoBucket, distribution, adminOrigin } = adminSite(this, cfg, () => this.api.restApiId);
    const linkSecret = new secretsmanager.Secret(this, 'LinkSecret', {
      description: 'HMAC key of the "still current" links in offer reminders',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    const nested = (name: string) => {
      const stack = new NestedStack(this, name);
      this.nestedStacks.push(stack);
      return stack;
    };

    this.api = restApi(nested('Api'), cfg);
    const backend = nested('Backend');
    this.functions = lambdaFunctions(backend, cfg, { ...props, adminOrigin, linkSecret, photoBucket });
    const dlq = reportSchedule(backend, this.functions.reports);
    const parts = apiPaths(nested('ApiPaths'), this.api, this.functions.authorizer, adminOrigin);
    const routeStacks = FUNCTION_GROUPS.map((group) => {
      const stack = nested(routesStackId(group));
      routeMethods(stack, group, this.functions[group], parts);
      return stack;
    });
    // The deployment must see every method: its stack waits for the route stacks.
    const staging = nested('ApiStage');
    for (const r of routeStacks) staging.addStackDependency(r);
    apiStage(staging, cfg, this.api);

    alarms(nested('Operations'), cfg, this.functions, dlq, this.api);

    // config.json beside the UI, with the API URL and the Cognito ids of this stage.
    new s3deploy.BucketDeployment(this, 'AdminUiDeployment', {
      destinationBucket: uiBucket,
      sources: [
        s3deploy.Source.asset(path.join(ROOT, 'admin', 'dist')),
        s3deploy.Source.jsonData('config.json', { apiUrl: `${this.api.url}v1`, region: this.region, userPoolId: props.userPool.userPoolId, userPoolClientId: props.userPoolClient.userPoolClientId, imprintUrl: cfg.imprintUrl, privacyUrl: cfg.privacyUrl, machineTranslation: cfg.machineTranslationCharsPerMonth > 0, ...(cfg.mapTileUrl ? { mapTileUrl: cfg.mapTileUrl } : {}) }),
      ],
      distribution,
      distributionPaths: ['/index.html', '/config.json'],
      prune: false,
    });

    new CfnOutput(this, 'ApiUrl', { value: `${this.api.url}v1` });
    new CfnOutput(this, 'AdminUrl', { value: adminOrigin });
  }
}
