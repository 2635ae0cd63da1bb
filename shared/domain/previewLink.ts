/**
 * The preview of an unpublished area profile: a link staff open to see the public page exactly as
 * the public will, with the draft in place of the published copy. The token is `<claims>.<signature>`
 * (base64url), HMAC-SHA256 with a key derived from the link secret per tenant and purpose, so a
 * preview token is neither an offer link nor valid at another municipality's address. It expires
 * after PREVIEW_VALID_MINUTES; it only shows, never changes anything.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PREVIEW_VALID_MINUTES = 60;

const keyOf = (secret: string, tenant: string) => createHmac('sha256', secret).update(`area-preview:${tenant}`).digest('base64url');
const mac = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function signPreview(profileId: string, secret: string, now: Date, tenant: string): { token: string; expiresAt: string } {
  const expiresAt = new Date(now.getTime() + PREVIEW_VALID_MINUTES * 60000).toISOString();
  const payload = Buffer.from(JSON.stringify({ p: profileId, e: expiresAt })).toString('base64url');
  return { token: `${payload}.${mac(payload, keyOf(secret, tenant))}`, expiresAt };
}

/** The profile id the token was made for, if its signature holds and it has not expired. */
export function verifyPreview(token: string, secret: string, now: Date, tenant: string): string | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return undefined;
  const expected = Buffer.from(mac(payload, keyOf(secret, tenant)));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { p, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof p === 'string' && typeof e === 'string' && Date.parse(e) > now.getTime() ? p : undefined;
  } catch {
    return undefined;
  }
}
