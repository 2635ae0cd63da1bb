/**
 * The "still current" link of a stale-offer reminder: confirms one offer without signing in.
 * The token is `<claims>.<signature>`, both base64url: the claims name the offer, the version the
 * reminder saw, the expiry and a nonce; the signature is HMAC-SHA256 over the claims with a secret
 * kept in Secrets Manager (a local secret under `npm start`). It is
 *  - bound to the offer and its version: a changed offer refuses it;
 *  - valid for LINK_VALID_DAYS;
 *  - usable once: the first use writes a guard item keyed by the nonce (keys.ts, pattern 5).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

export const LINK_VALID_DAYS = 14;

/** Built with the first link checked, not at the cold start of the functions that sign or check links. */
const claimsSchema = () => z.strictObject({ offerId: z.string().min(1).max(64), version: z.number().int().min(1), expiresAt: z.iso.datetime(), nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
let claimsCheck: ReturnType<typeof claimsSchema> | undefined;
export type LinkClaims = z.infer<ReturnType<typeof claimsSchema>>;

const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signOfferLink(offer: { id: string; version: number }, secret: string, now: Date): string {
  const claims: LinkClaims = { offerId: offer.id, version: offer.version, expiresAt: new Date(now.getTime() + LINK_VALID_DAYS * 86400000).toISOString(), nonce: randomBytes(16).toString('base64url') };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'tampered' | 'expired' };

/** Checks the signature first (nothing unsigned is parsed), then the expiry. */
export function verifyOfferLink(token: string, secret: string, now: Date): LinkCheck {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return { ok: false, reason: 'tampered' };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'tampered' };
  let claims: LinkClaims;
  try {
    claims = (claimsCheck ??= claimsSchema()).parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'tampered' };
  }
  if (Date.parse(claims.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
