/**
 * The secret that signs "still current" links, learnt at run time: `LINK_SECRET` (set by `npm start`
 * and the tests), else the Secrets Manager secret named by `LINK_SECRET_ARN` (AWS), cached by
 * Powertools for five minutes per container. Never in an environment variable in AWS.
 */
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

export async function linkSecret(): Promise<string> {
  if (process.env.LINK_SECRET) return process.env.LINK_SECRET;
  const arn = process.env.LINK_SECRET_ARN;
  if (!arn) throw new Error('LINK_SECRET or LINK_SECRET_ARN must be set');
  const secret = await getSecret<string>(arn, { maxAge: 300 });
  if (!secret) throw new Error(`secret ${arn} is empty`);
  return secret;
}

/** The public address (CloudFront in AWS, the local server under `npm start`) that reminder links point to. */
export function publicUrl(): string {
  const url = process.env.PUBLIC_URL;
  if (!url) throw new Error('PUBLIC_URL must be set');
  return url.replace(/\/$/, '');
}
