/**
 * The demo operator: runs the installation for every tenant (creates, suspends, counts them) and
 * reads none of their records. Its account names the platform, not a tenant (custom:tenant =
 * `platform`), and it is kept among the operators (P4), not among any tenant's users.
 */
import { getOperator, putOperator } from '../db/platformStore.ts';
import type { RepositoryReads } from '../db/reads.ts';
import type { UserDirectory } from '../identity/directory.ts';

export const DEMO_OPERATOR = { id: 'o-betrieb', email: 'betrieb@plattform.example', name: 'Olga Betrieb' } as const;

/** An operator account and its record, unless both exist (a second start changes nothing). */
export async function ensureOperator(repo: Pick<RepositoryReads, 'baseDoc' | 'table'>, directory: UserDirectory, operator: { id: string; email: string; name: string }, password?: string): Promise<string> {
  const sub = (await directory.findSub(operator.email)) ?? (await directory.create({ email: operator.email, invite: !password, platform: true }));
  if (password) await directory.setPermanentPassword(sub, password);
  if (!(await getOperator(repo, sub))) await putOperator(repo, sub, operator);
  return sub;
}
