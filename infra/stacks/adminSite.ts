/**
 * The admin UI's and the finder's hosting: a private bucket behind CloudFront with OAC, HTTPS only,
 * compression, security headers and a Content-Security-Policy fitting the app; the public API reads
 * behind the same distribution, cached for a minute; the public pages' photos from their own private
 * bucket (`/photos/<tenant>/<key>`, cached for a minute like the pages that show them).
 */
import { Duration, Lazy, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { StageConfig } from '../config.ts';
import { STAGE_NAME } from './api.ts';
import { VIEWER_REQUEST_SOURCE } from './viewerRequest.ts';
import { PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';

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

/** The API behaviours at the main address and, after them, under a tenant's path `/t/<tenant>` (first match wins, order kept). */
function withPathForm(behaviours: Record<string, cloudfront.BehaviorOptions>): Record<string, cloudfront.BehaviorOptions> {
  return { ...behaviours, ...Object.fromEntries(Object.entries(behaviours).map(([pattern, b]) => [`/t/*${pattern}`, b])) };
}

/** `apiId` is read lazily: the API is made later, because its CORS rule needs this site's origin. */
export function adminSite(stack: Stack, cfg: StageConfig, apiId: () => string) {
  const logBucket = new s3.Bucket(stack, 'AccessLogs', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(cfg.logRetentionDays) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const uiBucket = new s3.Bucket(stack, 'AdminUi', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: 'admin-ui/',
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: false,
  });
  // Photos staff upload for the public pages (shared/media/photoStore.ts): kept when the stack goes, like the table.
  const photoBucket = new s3.Bucket(stack, 'Photos', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: 'photos/',
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const headers = new cloudfront.ResponseHeadersPolicy(stack, 'AdminHeaders', {
    securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: adminCsp(`https://${Lazy.string({ produce: apiId })}.execute-api.${stack.region}.amazonaws.com`, stack.region), override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
    },
  });
  // Every request's public address noted, the path form's `/t/<tenant>` gone, a folder's index.html (viewerRequest.ts).
  const viewer = new cloudfront.Function(stack, 'ViewerRequest', {
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    code: cloudfront.FunctionCode.fromInline(VIEWER_REQUEST_SOURCE),
  });
  const atViewer = [{ function: viewer, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }];
  // Public reads (finder, widget, calendar feeds, HSDS) through the CDN: cached for 60 s, as their Cache-Control says.
  const apiOrigin = new origins.HttpOrigin(Lazy.string({ produce: () => `${apiId()}.execute-api.${stack.region}.amazonaws.com` }), { originPath: `/${STAGE_NAME}` });
  const publicCache = new cloudfront.CachePolicy(stack, 'PublicApiCache', {
    defaultTtl: Duration.seconds(60),
    maxTtl: Duration.seconds(60),
    minTtl: Duration.seconds(0),
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
    // Whose public pages: one tenant's cached answer is never another's.
    headerBehavior: cloudfront.CacheHeaderBehavior.allowList(PUBLIC_ADDRESS_HEADER),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const publicApi: cloudfront.BehaviorOptions = {
    origin: apiOrigin,
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
    cachePolicy: publicCache,
    originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    functionAssociations: atViewer,
    compress: true,
  };
  // The "still current" links of reminders: never cached, and the page's form posts back to it.
  const linkApi: cloudfront.BehaviorOptions = {
    origin: apiOrigin,
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
    cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
    originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    functionAssociations: atViewer,
  };
  // Cached as long as the bucket's Cache-Control says (a minute, shared/media/photoStore.ts): a deleted photo leaves within it.
  const photos: cloudfront.BehaviorOptions = {
    origin: origins.S3BucketOrigin.withOriginAccessControl(photoBucket),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
    responseHeadersPolicy: headers,
    functionAssociations: atViewer,
    compress: false,
  };
  // Residents' submissions (ideas, their status pages, "me too", survey answers, sign-ups, the challenge): never cached, writes allowed.
  const participationApi: cloudfront.BehaviorOptions = { ...linkApi };
  const distribution = new cloudfront.Distribution(stack, 'AdminCdn', {
    defaultRootObject: 'index.html',
    defaultBehavior: {
      origin: origins.S3BucketOrigin.withOriginAccessControl(uiBucket),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: headers,
      compress: true,
      functionAssociations: atViewer,
    },
    // First match wins: the participation paths before the cached public reads.
    // Each twice: at the main address and in a tenant's path form (`/t/musterstadt/v1/public/…`).
    additionalBehaviors: withPathForm({ '/v1/public/idea*': participationApi, '/v1/public/challenge': participationApi, '/v1/public/surveys/*/responses': participationApi, '/v1/public/activities/*/sign-ups': participationApi, '/v1/public/sign-ups/*': participationApi, '/v1/public/*': publicApi, '/v1/hsds*': publicApi, '/v1/openapi.json': publicApi, '/v1/offer-confirmations/*': linkApi, '/photos/*': photos }),
    // No error pages: they would apply to the API behaviours too and turn its 404s into the admin's HTML. The
    // admin routes by hash (`/#/offers`), so no address of it needs its index.html served in a file's place.
    enableLogging: true,
    logBucket,
    logFilePrefix: 'cdn/',
    minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
  });
  const adminOrigin = `https://${distribution.distributionDomainName}`;
  return { uiBucket, photoBucket, distribution, adminOrigin };
}
