/**
 * Users with their Cognito accounts (shared/identity/accounts.ts keeps both in step), and the
 * lockout rules: nobody deletes or deactivates themselves, and the last active admin stays one.
 * Access patterns: 1, 2 (all users, for the last-admin check), 5 (unique e-mail and sub guards).
 */
import { ConflictError } from '../../shared/db/errors.ts';
import { entities } from '../../shared/entities.ts';
import { createUserWithAccount, deleteUserWithAccount, updateUserWithAccount } from '../../shared/identity/accounts.ts';
import type { User } from '../../shared/schemas/user.ts';
import { crudImpls, crudSchemas, ifMatchVersion, serverOwnedData, writableData } from '../http/crud.ts';
import type { Call, Impl } from '../http/types.ts';
import { logger } from '../http/logger.ts';

const def = entities.user;
const generic = crudImpls(def);

const isActiveAdmin = (u: Partial<User> | undefined) => !!u && u.active !== false && !!u.assignments?.some((a) => a.role === 'admin');

function lockout(detail: string, pointer: string) {
  const err = new ConflictError(detail, 'lockout');
  err.errors = [{ pointer, detail }];
  return err;
}

/** Refuses changes that would leave the system without anyone able to administer it. */
async function guardLockout(call: Call, current: User, next: Partial<User> | undefined) {
  const self = call.principal?.kind === 'user' && call.principal.id === current.id;
  if (self && !next) throw lockout('Das eigene Konto kann nicht gelöscht werden.', '/id');
  if (self && next?.active === false) throw lockout('Das eigene Konto kann nicht deaktiviert werden.', '/active');
  if (isActiveAdmin(current) && !isActiveAdmin(next)) {
    const others = (await call.deps.repo.listAll<User>(def)).filter((u) => u.id !== current.id && isActiveAdmin(u));
    if (others.length === 0) throw lockout('Dies ist das letzte aktive Admin-Konto; es muss Admin und aktiv bleiben.', '/assignments');
  }
}

export const userImpls: Record<string, Impl> = {
  listUsers: generic.listUsers,
  getUser: generic.getUser,
  createUser: async (call) => {
    const { repo, directory } = call.deps;
    const created = await createUserWithAccount(repo, directory, writableData(crudSchemas(call), call.body) as never, {
      actor: call.actor,
      // In AWS Cognito e-mails the invitation; a given temporary password is part of it.
      invite: !process.env.COGNITO_ENDPOINT,
      temporaryPassword: call.body.temporaryPassword,
      onCleanupFailure: (err) => logger.error('Cognito account of a refused user could not be removed', { error: err as Error }),
    });
    return { status: 201, body: created };
  },
  updateUser: async (call) => {
    const current = call.current as User;
    const data = { ...serverOwnedData(crudSchemas(call), current), ...writableData(crudSchemas(call), call.body) };
    await guardLockout(call, current, { ...current, ...data });
    return { body: await updateUserWithAccount(call.deps.repo, call.deps.directory, current, data, call.body.version, call.actor) };
  },
  deleteUser: async (call) => {
    const current = call.current as User;
    await guardLockout(call, current, undefined);
    return { body: await deleteUserWithAccount(call.deps.repo, call.deps.directory, current, ifMatchVersion(call) ?? current.version, call.actor) };
  },
};
