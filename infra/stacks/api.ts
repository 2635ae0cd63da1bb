/**
 * The REST API, generated from the one route table: the REQUEST authorizer (no gateway cache),
 * problem+json gateway responses, access logs, throttling, and a regional WAF.
 */
import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { CORS_ALLOWED_HEADERS, routes, type FunctionGroup } from '../../shared/routes.ts';
import type { StageConfig } from '../config.ts';

export function restApi(stack: Stack, cfg: StageConfig, functions: Record<FunctionGroup | 'authorizer', nodejs.NodejsFunction>, adminOrigin: string): apigw.RestApi {
  const accessLogs = new logs.LogGroup(stack, 'ApiAccessLogs', { retention: cfg.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
  const api = new apigw.RestApi(stack, 'Api', {
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
      allowHeaders: CORS_ALLOWED_HEADERS.split(', '),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowCredentials: true,
      maxAge: Duration.minutes(10),
    },
    binaryMediaTypes: [],
  });
  const authorizer = new apigw.RequestAuthorizer(stack, 'Authorizer', {
    handler: functions.authorizer,
    // No gateway cache: revocations must act within seconds, and without identity sources a
    // partner's bare `X-Api-Key` reaches the authorizer too. The authorizer caches principals
    // itself for PRINCIPAL_CACHE_SECONDS (docs/ARCHITECTURE.md, Authentication).
    identitySources: [],
    resultsCacheTtl: Duration.seconds(0),
  });
  const validator = new apigw.RequestValidator(stack, 'Validator', { restApi: api, validateRequestParameters: true, validateRequestBody: false });
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
    api.addGatewayResponse(`Gw${type.responseType}`, {
      type,
      statusCode: status,
      templates: problem(status, title, detail),
      responseHeaders: { 'Content-Type': "'application/problem+json'", 'Access-Control-Allow-Origin': `'${adminOrigin}'` },
    });

  const resourceFor = (routePath: string) =>
    routePath.split('/').filter(Boolean).reduce<apigw.IResource>((res, part) => res.getResource(part) ?? res.addResource(part), api.root);
  const integrations = new Map<string, apigw.LambdaIntegration>();
  for (const route of routes) {
    const fn = functions[route.fn];
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
  const waf = new wafv2.CfnWebACL(stack, 'ApiWaf', {
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
  new wafv2.CfnWebACLAssociation(stack, 'ApiWafAssociation', { resourceArn: api.deploymentStage.stageArn, webAclArn: waf.attrArn });
  return api;
}
