/**
 * The REST API, generated from the one route table, in three parts so that no stack nears
 * CloudFormation's 500 resources as routes grow (appStack.ts places each in its nested stack):
 * - `restApi`: the API alone; `apiPaths`: the REQUEST authorizer (no gateway cache), problem+json
 *   gateway responses, and the path resources with their CORS preflights;
 * - `routeMethods`: the methods of one function group, and that function's invoke permission;
 * - `apiStage`: the deployment (named after a hash of the routes, so a changed route table
 *   redeploys), the stage with access logs and throttling, and the regional WAF.
 */
import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { createHash } from 'node:crypto';
import { CORS_ALLOWED_HEADERS, routes, type FunctionGroup } from '../../shared/contract/routes/index.ts';
import type { StageConfig } from '../config.ts';
import { UnavailableError } from '../../shared/db/errors.ts';
import { RETRY_AFTER_SECONDS } from '../../shared/dependencyLimits.ts';

export const STAGE_NAME = 'api';

export interface ApiParts {
  api: apigw.RestApi;
  authorizer: apigw.RequestAuthorizer;
  validator: apigw.RequestValidator;
  /** The path resource of a route path (`/v1/offers/{id}`), made once in `apiPaths`. */
  resourceFor: (routePath: string) => apigw.IResource;
}

/**
 * The API itself, alone in its stack: the admin site's CloudFront origin needs its id, while
 * everything that needs the site's origin (CORS) lives in the stacks after it.
 */
export function restApi(scope: Stack, cfg: StageConfig): apigw.RestApi {
  return new apigw.RestApi(scope, 'Api', {
    restApiName: `hamm-stadtteilarbeit-${cfg.stage}`,
    // Deployed by apiStage, after every group's methods exist.
    deploy: false,
    cloudWatchRole: true,
    binaryMediaTypes: [],
  });
}

/** Under `/v1`: every path of the route table with its CORS preflight, the authorizer, problem+json gateway responses. */
export function apiPaths(scope: Stack, api: apigw.RestApi, authorizerFn: lambda.IFunction, adminOrigin: string): ApiParts {
  const authorizer = new apigw.RequestAuthorizer(scope, 'Authorizer', {
    // Imported by ARN, so the invoke permission the authorizer adds lands here, not in the functions' stack.
    handler: lambda.Function.fromFunctionAttributes(scope, 'AuthorizerFunction', { functionArn: authorizerFn.functionArn, sameEnvironment: true }),
    // No gateway cache: revocations must act within seconds, and without identity sources a
    // partner's bare `X-Api-Key` reaches the authorizer too. The authorizer caches principals
    // itself for PRINCIPAL_CACHE_SECONDS (docs/ARCHITECTURE.md, Authentication).
    identitySources: [],
    resultsCacheTtl: Duration.seconds(0),
  });
  const validator = new apigw.RequestValidator(scope, 'Validator', { restApi: api, validateRequestParameters: true, validateRequestBody: false });
  // The gateway's own answers, as the functions' (functions/http/problem.ts): a 503 is the unavailable
  // problem with Retry-After, e.g. when the authorizer found no answer from DynamoDB within the deadline.
  const unavailable = new UnavailableError(undefined);
  const problem = (status: string, title: string, detail: string) => ({
    'application/json': JSON.stringify({ type: status === '503' ? unavailable.type : 'about:blank', title, status: Number(status), detail, correlationId: '$context.requestId' }),
  });
  const gatewayProblems: [apigw.ResponseType, string, string, string][] = [
    [apigw.ResponseType.UNAUTHORIZED, '401', 'Unauthorized', 'Missing, invalid, expired or revoked credentials'],
    [apigw.ResponseType.ACCESS_DENIED, '403', 'Forbidden', 'Access denied'],
    [apigw.ResponseType.AUTHORIZER_FAILURE, '503', 'Service Unavailable', unavailable.message],
    [apigw.ResponseType.THROTTLED, '429', 'Too Many Requests', 'Too many requests; slow down'],
    [apigw.ResponseType.REQUEST_TOO_LARGE, '413', 'Content Too Large', 'The request body is too large'],
    [apigw.ResponseType.MISSING_AUTHENTICATION_TOKEN, '404', 'Not Found', 'No such route'],
    [apigw.ResponseType.DEFAULT_5XX, '503', 'Service Unavailable', unavailable.message],
  ];
  for (const [type, status, title, detail] of gatewayProblems)
    new apigw.GatewayResponse(scope, `Gw${type.responseType}`, {
      restApi: api,
      type,
      statusCode: status,
      templates: problem(status, title, detail),
      responseHeaders: {
        'Content-Type': "'application/problem+json'",
        'Access-Control-Allow-Origin': `'${adminOrigin}'`,
        ...(status === '503' ? { 'Retry-After': `'${RETRY_AFTER_SECONDS}'` } : {}),
      },
    });
  // `/v1` in this stack (not under the API's root construct), so its whole tree and the preflights land here.
  const first = routes[0].path.split('/').filter(Boolean)[0];
  const base = new apigw.Resource(scope, first, {
    parent: api.root,
    pathPart: first,
    defaultCorsPreflightOptions: {
      allowOrigins: [adminOrigin],
      allowHeaders: CORS_ALLOWED_HEADERS.split(', '),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowCredentials: true,
      maxAge: Duration.minutes(10),
    },
  });
  const resourceFor = (routePath: string) => {
    const [head, ...parts] = routePath.split('/').filter(Boolean);
    if (head !== first) throw new Error(`Every route lives under /${first}: ${routePath}`);
    return parts.reduce<apigw.IResource>((res, part) => res.getResource(part) ?? res.addResource(part), base);
  };
  for (const route of routes) resourceFor(route.path);
  return { api, authorizer, validator, resourceFor };
}

/**
 * The methods of one function group, in `scope` (its own nested stack). The integration is built
 * by hand rather than with LambdaIntegration, whose invoke permission would land in the function's
 * stack and make it depend on the API's; here the one permission lives beside the methods.
 */
export function routeMethods(scope: Stack, group: FunctionGroup, fn: lambda.IFunction, parts: ApiParts): void {
  const integration = new apigw.Integration({
    type: apigw.IntegrationType.AWS_PROXY,
    integrationHttpMethod: 'POST',
    uri: `arn:${scope.partition}:apigateway:${scope.region}:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`,
  });
  for (const route of routes.filter((r) => r.fn === group)) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [`method.request.path.${m[1]}`, true] as const);
    new apigw.Method(scope, `${route.operationId}`, {
      resource: parts.resourceFor(route.path),
      httpMethod: route.method,
      integration,
      options: {
        operationName: route.operationId,
        authorizer: route.auth === 'none' ? undefined : parts.authorizer,
        authorizationType: route.auth === 'none' ? apigw.AuthorizationType.NONE : apigw.AuthorizationType.CUSTOM,
        requestValidator: parts.validator,
        requestParameters: Object.fromEntries(params),
      },
    });
  }
  new lambda.CfnPermission(scope, 'InvokeFromApi', {
    action: 'lambda:InvokeFunction',
    functionName: fn.functionArn,
    principal: new iam.ServicePrincipal('apigateway.amazonaws.com').service,
    sourceArn: parts.api.arnForExecuteApi('*', '/*', '*'),
  });
}

/** The routes and preflights as API Gateway sees them; a change of any of them names a new deployment. */
const routeTableHash = () =>
  createHash('sha256').update(JSON.stringify([CORS_ALLOWED_HEADERS, routes.map((r) => [r.method, r.path, r.fn, r.auth, r.operationId])])).digest('hex').slice(0, 16);

export function apiStage(scope: Stack, cfg: StageConfig, api: apigw.RestApi): apigw.Stage {
  const hash = routeTableHash();
  const deployment = new apigw.Deployment(scope, 'Deployment', { api, description: `routes ${hash}` });
  deployment.addToLogicalId(hash);
  const accessLogs = new logs.LogGroup(scope, 'ApiAccessLogs', { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
  const stage = new apigw.Stage(scope, 'Stage', {
    deployment,
    stageName: STAGE_NAME,
    accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
    accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
    loggingLevel: apigw.MethodLoggingLevel.ERROR,
    tracingEnabled: true,
    throttlingRateLimit: 100,
    throttlingBurstLimit: 200,
  });
  // api.url and the metrics read the stage from here.
  api.deploymentStage = stage;
  // ---------- WAF ----------
  const waf = new wafv2.CfnWebACL(scope, 'ApiWaf', {
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
        // Public reads are cached by CloudFront; what still reaches the API from one address is held tighter.
        name: 'PublicRateLimitPerIp',
        priority: 2,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            limit: Math.max(100, Math.floor(cfg.wafRateLimit / 2)),
            aggregateKeyType: 'IP',
            scopeDownStatement: {
              orStatement: {
                statements: ['/v1/public/', '/v1/hsds', '/v1/offer-confirmations/'].map((path) => ({
                  byteMatchStatement: { fieldToMatch: { uriPath: {} }, positionalConstraint: 'CONTAINS', searchString: path, textTransformations: [{ priority: 0, type: 'NONE' }] },
                })),
              },
            },
          },
        },
        visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'publicRateLimit', sampledRequestsEnabled: true },
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
  new wafv2.CfnWebACLAssociation(scope, 'ApiWafAssociation', { resourceArn: stage.stageArn, webAclArn: waf.attrArn });
  return stage;
}
