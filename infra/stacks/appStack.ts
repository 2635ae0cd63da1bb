/**
 * Stateless resources, composed from small builders: the admin site, the functions, the REST API
 * from the one route table, the monthly report schedule, and alarms.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StageConfig } from '../config.ts';
import { adminSite } from './adminSite.ts';
import { alarms } from './alarms.ts';
import { restApi } from './api.ts';
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

export class AppStack extends Stack {
  readonly functions: Record<string, nodejs.NodejsFunction>;
  readonly api: apigw.RestApi;

  constructor(scope: Construct, id: string, cfg: StageConfig, props: AppStackProps) {
    super(scope, id, props);
    // The site first: the functions and the API need its origin (CORS); it learns the API's id lazily.
    const { uiBucket, distribution, adminOrigin } = adminSite(this, cfg, () => this.api.restApiId);
    this.functions = lambdaFunctions(this, cfg, { ...props, adminOrigin });
    this.api = restApi(this, cfg, this.functions, adminOrigin);
    const dlq = reportSchedule(this, this.functions.reports);

    // config.json beside the UI, with the API URL and the Cognito ids of this stage.
    new s3deploy.BucketDeployment(this, 'AdminUiDeployment', {
      destinationBucket: uiBucket,
      sources: [
        s3deploy.Source.asset(path.join(ROOT, 'admin', 'dist')),
        s3deploy.Source.jsonData('config.json', { apiUrl: `${this.api.url}v1`, region: this.region, userPoolId: props.userPool.userPoolId, userPoolClientId: props.userPoolClient.userPoolClientId, imprintUrl: cfg.imprintUrl, privacyUrl: cfg.privacyUrl, ...(cfg.mapTileUrl ? { mapTileUrl: cfg.mapTileUrl } : {}) }),
      ],
      distribution,
      distributionPaths: ['/index.html', '/config.json'],
      prune: false,
    });


    alarms(this, cfg, this.functions, dlq, this.api);
    new CfnOutput(this, 'ApiUrl', { value: `${this.api.url}v1` });
    new CfnOutput(this, 'AdminUrl', { value: adminOrigin });
  }
}
