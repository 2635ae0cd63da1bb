/**
 * Partner API keys: the plaintext is returned once by create; only its SHA-256 is stored,
 * as the key of a guard item (access pattern 9) written in the same transaction as the key.
 * DELETE revokes (sets `revokedAt`) so the key's history stays visible.
 */
import { ulid } from 'ulid';
import { generateApiKey } from '../../shared/identity/apiKeys.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import { crudImpls, crudSchemas, writableData } from '../http/crud.ts';
import type { Impl } from '../http/types.ts';

const def = entities.apiKey;
const generic = crudImpls(def);

export const apiKeyImpls: Record<string, Impl> = {
  listApiKeys: generic.listApiKeys,
  getApiKey: generic.getApiKey,
  createApiKey: async (call) => {
    const { plaintext, prefix, hash } = generateApiKey(currentTenant());
    const { repo } = call.deps;
    const id = ulid();
    const created = await repo.create(def, { ...writableData(crudSchemas(call), call.body), prefix }, {
      actor: call.actor,
      guards: [{ key: keys.apiKeyHash(hash), attributes: { _type: 'apiKeyHash', hash, apiKeyId: id }, onConflict: () => new ConflictError('key collision, please retry', 'duplicate') }],
      id,
    });
    return { status: 201, body: { ...created, key: plaintext } };
  },
  deleteApiKey: async (call) => {
    const current = call.current!;
    if (current.revokedAt) return { body: current };
    return { body: await call.deps.repo.update(def, current.id, { ...current, revokedAt: call.deps.now().toISOString() }, current.version, { actor: call.actor, current }) };
  },
};
