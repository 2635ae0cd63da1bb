/**
 * The secret that signs "still current" links, learnt at run time: `LINK_SECRET` (set by `npm start`
 * and the tests), else the Secrets Manager secret named by `LINK_SECRET_ARN` (AWS), kept for five
 * minutes per container. Never in an environment variable in AWS.
 *
 * Read with the SDK client, loaded on the first link: Powertools Parameters imports the Secrets
 * Manager client at module load, which every cold start of the offers and reports functions paid
 * (issue 19); its cache is the five lines below.
 */
import { nowMs } from './time/clock.ts';
import { boundedClientConfig, withDeadline } from './boundedClients.ts';
import { currentTenant, tenantFacts } from './tenancy/scope.ts';
import { FIRST_TENANT } from './tenancy/tenant.ts';
const MAX_AGE_MS = 5 * 60 * 1000;
let cached: { value: string; until: number } | undefined;

export async function linkSecret(now = nowMs()): Promise<string> {
  if (process.env.LINK_SECRET) return process.env.LINK_SECRET;
  const arn = process.env.LINK_SECRET_ARN;
  if (!arn) throw new Error('LINK_SECRET or LINK_SECRET_ARN must be set');
  if (cached && cached.until > now) return cached.value;
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const { SecretString } = await withDeadline(new SecretsManagerClient(boundedClientConfig())).send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error(`secret ${arn} is empty`);
  cached = { value: SecretString, until: now + MAX_AGE_MS };
  return SecretString;
}

/** The tenant of the installation's main address (a host no tenant names): `DEFAULT_TENANT`, else the first. */
export function defaultTenant(): string {
  return process.env.DEFAULT_TENANT ?? FIRST_TENANT;
}

/**
 * The public address that links in mails point to, so that a link reaches the tenant it was made
 * for: the tenant's own host where its registry entry names one (same scheme and port); else the
 * installation's (CloudFront in AWS, the local server under `npm start`), for the default tenant
 * as it is and for any other in the path form `/t/<tenant>` (infra/stacks/viewerRequest.ts).
 */
export function publicUrl(): string {
  const url = process.env.PUBLIC_URL;
  if (!url) throw new Error('PUBLIC_URL must be set');
  const { host } = tenantFacts();
  const tenant = currentTenant();
  if (!host) return `${url.replace(/\/$/, '')}${tenant === defaultTenant() ? '' : `/t/${tenant}`}`;
  const own = new URL(url);
  own.hostname = host;
  return own.toString().replace(/\/$/, '');
}
