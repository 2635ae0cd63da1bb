/**
 * A partner's create that carries an `Idempotency-Key` makes its record once, even when its first
 * answer was lost (issue 35). Powertools idempotency (./idempotency.ts) replays a completed reply, but
 * when the write committed and its answer did not arrive in time (503), Powertools drops its record
 * and the retry would run again: a second record. So the create writes, in its own transaction, a
 * guard item (pattern 5, type `idempotentCreate`) naming the record it made; a re-run meets the
 * guard and answers with that record instead of making another.
 */
import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { ConflictError, type StorageError } from '../../shared/db/errors.ts';
import { keys } from '../../shared/db/keys.ts';
import type { ExtraGuard } from '../../shared/db/repository.ts';
import type { Call } from './types.ts';

/** How long a key is remembered: Powertools' records and the guard alike. */
export const IDEMPOTENCY_SECONDS = 24 * 3600;

/** The caller's key when the route runs under idempotency (idempotent route, partner, header given). */
export function idempotencyKeyOf(call: Pick<Call, 'route' | 'principal' | 'headers'>): string | undefined {
  return call.route.idempotent && call.principal?.kind === 'partner' ? call.headers?.['idempotency-key'] : undefined;
}

class MadeBefore extends ConflictError {
  constructor() {
    super('a record was already made with this Idempotency-Key', 'duplicate');
  }
}

/** For a create under a key: the id to use and the guard to write with it; `undefined` without a key. */
export function createOnce(call: Call): { id: string; guard: ExtraGuard; key: { PK: string; SK: string } } | undefined {
  const given = idempotencyKeyOf(call);
  if (!given) return undefined;
  const hash = createHash('sha256').update(`${call.actor}|${call.route.method}|${call.event.path}|${given}`).digest('base64url');
  const key = keys.unique('idempotentCreate', { key: hash });
  const id = ulid();
  const ttl = Math.floor(call.deps.now().getTime() / 1000) + IDEMPOTENCY_SECONDS;
  return { id, key, guard: { key, attributes: { entityId: id, ttl }, onConflict: (): StorageError => new MadeBefore() } };
}

/** The id of the record an earlier run under the same key made, when `err` says there was one. */
export async function madeBefore(call: Call, once: ReturnType<typeof createOnce>, err: unknown): Promise<string | undefined> {
  if (!once || !(err instanceof MadeBefore)) return undefined;
  const guard = await call.deps.repo.getRaw(once.key);
  return typeof guard?.entityId === 'string' ? guard.entityId : undefined;
}

/**
 * Runs a create under the caller's Idempotency-Key, if any: `create` gets the id and guard to write
 * with; when an earlier run under the key made the record, that record is read and returned instead.
 */
export async function createdOnce<T>(call: Call, create: (write: { id?: string; guards: ExtraGuard[] }) => Promise<T>, read: (id: string) => Promise<T>): Promise<T> {
  const once = createOnce(call);
  try {
    return await create(once ? { id: once.id, guards: [once.guard] } : { guards: [] });
  } catch (err) {
    const earlier = await madeBefore(call, once, err);
    if (earlier) return read(earlier);
    throw err;
  }
}
