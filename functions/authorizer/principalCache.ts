/**
 * A short in-memory cache of resolved principals, keyed by the SHA-256 of the credential
 * (never the credential itself). Refusals are not cached: a fixed typo signs in at once.
 */
import { createHash } from 'node:crypto';
import type { Principal } from '../../shared/policy.ts';
import { PRINCIPAL_CACHE_SECONDS } from './cacheTtl.ts';
import { nowMs } from '../../shared/time/clock.ts';

const MAX_ENTRIES = 5000;
const entries = new Map<string, { until: number; principal: Principal }>();

export const credentialKey = (credential: string) => createHash('sha256').update(credential).digest('base64url');

export function cached(key: string, now = nowMs()): Principal | undefined {
  const hit = entries.get(key);
  if (hit && hit.until > now) return hit.principal;
  if (hit) entries.delete(key);
  return undefined;
}

export function remember(key: string, principal: Principal, now = nowMs(), ttlMs = ttl()) {
  if (ttlMs <= 0) return;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { until: now + ttlMs, principal });
}

/** PRINCIPAL_CACHE_SECONDS; the environment may only lower it (0 turns the cache off). */
function ttl() {
  const fromEnv = Number(process.env.PRINCIPAL_CACHE_SECONDS);
  return (Number.isFinite(fromEnv) ? Math.min(fromEnv, PRINCIPAL_CACHE_SECONDS) : PRINCIPAL_CACHE_SECONDS) * 1000;
}
