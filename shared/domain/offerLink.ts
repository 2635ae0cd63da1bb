/**
 * The "still current" link of a stale-offer reminder: confirms one offer without signing in.
 * The token is `<claims>.<signature>`, both base64url: the claims name the offer, the version the
 * reminder saw, the expiry and a nonce; the signature is HMAC-SHA256 over the claims with a secret
 * kept in Secrets Manager (a local secret under `npm start`). It is
 *  - bound to the offer and its version: a changed offer refuses it;
 *  - valid for LINK_VALID_DAYS;
 *  - usable once: the first use writes a guard item keyed by the nonce (keys.ts, pattern 5);
 *  - bound to its tenant: each tenant's links are signed with a key of its own, derived from the
 *    secret, so a link of one municipality opens nothing at another's address (ids repeat across
 *    tenants). The first tenant keeps the secret itself, so its links from before tenants still work.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { FIRST_TENANT } from '../tenancy/tenant.ts';

export const LINK_VALID_DAYS = 14;

export interface LinkClaims { offerId: string; version: number; expiresAt: string; nonce: string }

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The claims' shape, checked by hand: four fields do not justify loading zod at the cold start of
 * the offers function, which checks links (its request schemas load with the first request).
 */
function claimsOf(value: unknown): LinkClaims | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { offerId, version, expiresAt, nonce, ...rest } = value as Record<string, unknown>;
  const valid = Object.keys(rest).length === 0
    && typeof offerId === 'string' && offerId.length >= 1 && offerId.length <= 64
    && Number.isInteger(version) && (version as number) >= 1
    && typeof expiresAt === 'string' && ISO_INSTANT.test(expiresAt) && !Number.isNaN(Date.parse(expiresAt))
    && typeof nonce === 'string' && NONCE.test(nonce);
  return valid ? { offerId, version: version as number, expiresAt, nonce } : undefined;
}

/** The signing key of one tenant's links. */
const keyOf = (secret: string, tenant: string) => (tenant === FIRST_TENANT ? secret : createHmac('sha256', secret).update(`offer-link:${tenant}`).digest('base64url'));
const mac = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function signOfferLink(offer: { id: string; version: number }, secret: string, now: Date, tenant: string): string {
  const claims: LinkClaims = { offerId: offer.id, version: offer.version, expiresAt: new Date(now.getTime() + LINK_VALID_DAYS * 86400000).toISOString(), nonce: randomBytes(16).toString('base64url') };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, keyOf(secret, tenant))}`;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'tampered' | 'expired' };

/** Checks the signature with the tenant's key first (nothing unsigned is parsed), then the expiry. */
export function verifyOfferLink(token: string, secret: string, now: Date, tenant: string): LinkCheck {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return { ok: false, reason: 'tampered' };
  const expected = Buffer.from(mac(payload, keyOf(secret, tenant)));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'tampered' };
  let claims: LinkClaims | undefined;
  try {
    claims = claimsOf(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    claims = undefined;
  }
  if (!claims) return { ok: false, reason: 'tampered' };
  if (Date.parse(claims.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
