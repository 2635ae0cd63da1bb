/**
 * Users and their Cognito accounts, kept in step. The API's user routes and the seed both go
 * through here, so a demo user is made exactly like one an admin creates.
 *
 * Order and failure handling, so that nothing half-made is left behind:
 * - create: Cognito first (its `sub` is part of the record), then the record; if the record
 *   cannot be written, the new account is removed again;
 * - update: the record first (version-checked), then the account follows (enabled, e-mail);
 *   a retry of the same save re-syncs the account, so a Cognito hiccup heals on the next save;
 * - delete: the account first (a missing one counts as removed), then the version-checked
 *   record; if that fails the record stays and the delete can simply be repeated.
 */
import type { Repository } from '../db/repository.ts';
import { ConflictError } from '../db/errors.ts';
import { entities } from '../entities.ts';
import type { User } from '../schemas/user.ts';
import { DirectoryUnavailableError, type UserDirectory } from './directory.ts';

const def = entities.user;
type UserData = Omit<User, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'sub'>;

export interface CreateOptions {
  actor: string;
  id?: string;
  /** Cognito e-mails the invitation (AWS); locally the admin hands over the temporary password. */
  invite: boolean;
  temporaryPassword?: string;
  /** Seeding only: the demo password, set as permanent. */
  permanentPassword?: string;
  /** Seeding only: an account that already exists for the address is bound, not refused. */
  adoptExisting?: boolean;
  onCleanupFailure?: (err: unknown) => void;
}

export async function createUserWithAccount(repo: Repository, directory: UserDirectory, data: UserData, opts: CreateOptions): Promise<User> {
  let sub: string;
  let created = false;
  try {
    sub = await directory.create({ email: data.email, temporaryPassword: opts.temporaryPassword, invite: opts.invite });
    created = true;
  } catch (err) {
    const existing = opts.adoptExisting && err instanceof ConflictError ? await directory.findSub(data.email) : undefined;
    if (!existing) throw err;
    sub = existing;
  }
  try {
    if (created && opts.permanentPassword) await directory.setPermanentPassword(sub, opts.permanentPassword);
    if (data.active === false) await directory.setEnabled(sub, false);
    return await repo.create<User>(def, { ...data, sub }, { actor: opts.actor, id: opts.id });
  } catch (err) {
    if (created) await directory.remove(sub).catch((cleanupErr) => opts.onCleanupFailure?.(cleanupErr));
    throw err;
  }
}

export async function updateUserWithAccount(
  repo: Repository,
  directory: UserDirectory,
  current: User,
  data: Record<string, unknown>,
  expectedVersion: number,
  actor: string,
): Promise<User> {
  const next = await repo.update<User>(def, current.id, data, expectedVersion, { actor, current });
  if (!next.sub) return next;
  try {
    if (next.email !== current.email) await directory.setEmail(next.sub, next.email);
    await directory.setEnabled(next.sub, next.active !== false);
  } catch (err) {
    if (!(err instanceof DirectoryUnavailableError)) throw err;
    throw new DirectoryUnavailableError(err, 'Die Änderung ist gespeichert, aber das Anmeldekonto (Cognito) wurde nicht angepasst. Bitte gleich noch einmal speichern.');
  }
  return next;
}

export async function deleteUserWithAccount(repo: Repository, directory: UserDirectory, current: User, expectedVersion: number, actor: string): Promise<User> {
  if (current.sub) await directory.remove(current.sub);
  return (await repo.delete(def, current.id, expectedVersion, { actor, current })) as User;
}
