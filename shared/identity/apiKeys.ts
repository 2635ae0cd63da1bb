/**
 * Partner API keys: `hsk_<tenant>_<8-char prefix>_<32 random bytes, base64url>`. Only the SHA-256
 * of the whole key is stored (as the key of a guard item, access pattern 9, under the tenant's
 * keys); the plaintext is shown once, at creation.
 *
 * The tenant in the key only says where to look: the key is valid only if its hash is found among
 * that tenant's keys, so naming another tenant finds nothing. Keys made before tenants have no
 * tenant part; they were made for the first tenant.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { FIRST_TENANT } from '../tenancy/tenant.ts';
import { API_KEY_PATTERN } from './apiKeyFormat.ts';

export { API_KEY_PATTERN };

/** The tenant whose keys to search for a presented key, or `undefined` if it is no key of ours. */
export function apiKeyTenant(plaintext: string): string | undefined {
  const match = API_KEY_PATTERN.exec(plaintext);
  return match ? (match[1] ?? FIRST_TENANT) : undefined;
}

export function generateApiKey(tenant: string): { plaintext: string; prefix: string; hash: string } {
  const prefix = `hsk_${tenant}_${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8)}`;
  const plaintext = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { plaintext, prefix, hash: hashApiKey(plaintext) };
}

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
