/**
 * Values a function learns at run time rather than at deploy time:
 * - the secret that signs "still current" links: `LINK_SECRET` (set by `npm start` and the tests),
 *   else the Secrets Manager secret named by `LINK_SECRET_ARN`;
 * - the public address links point to: `PUBLIC_URL`, else the SSM parameter named by
 *   `PUBLIC_URL_PARAMETER` (written by the stack after the CloudFront distribution exists, which
 *   itself depends on the functions, so it cannot be an environment variable).
 * Powertools caches both for five minutes per container.
 */
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { getParameter } from '@aws-lambda-powertools/parameters/ssm';

export async function linkSecret(): Promise<string> {
  if (process.env.LINK_SECRET) return process.env.LINK_SECRET;
  const arn = process.env.LINK_SECRET_ARN;
  if (!arn) throw new Error('LINK_SECRET or LINK_SECRET_ARN must be set');
  const secret = await getSecret<string>(arn, { maxAge: 300 });
  if (!secret) throw new Error(`secret ${arn} is empty`);
  return secret;
}

export async function publicUrl(): Promise<string> {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/$/, '');
  const name = process.env.PUBLIC_URL_PARAMETER;
  if (!name) throw new Error('PUBLIC_URL or PUBLIC_URL_PARAMETER must be set');
  const url = await getParameter(name, { maxAge: 300 });
  if (!url) throw new Error(`parameter ${name} is empty`);
  return url.replace(/\/$/, '');
}
