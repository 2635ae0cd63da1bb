/**
 * Partner API keys: `hsk_<8-char prefix>_<32 random bytes, base64url>`. Only the SHA-256 of
 * the whole key is stored (as the key of a guard item, access pattern 9); the plaintext is
 * shown once, at creation.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_PATTERN = /^hsk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

export function generateApiKey(): { plaintext: string; prefix: string; hash: string } {
  const prefix = `hsk_${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8)}`;
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
