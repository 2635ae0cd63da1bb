/**
 * `npm run create-admin -- --email a@b.de --name "…" --user-pool <id> [--table T]`: the first admin,
 * made exactly like every other user (shared/identity/accounts.ts): the Cognito account first
 * (Cognito e-mails the invitation with a temporary password), then the User record bound to its `sub`.
 * Runs with your AWS credentials against the deployed pool and table, for one tenant (`--tenant`, default hamm),
 * or makes the installation's operator (`--operator`), who creates and suspends tenants and reads none of their records.
 */
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { ensureOperator } from '../../shared/seed/operator.ts';
import { createDocumentClient, createDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { createUserWithAccount } from '../../shared/identity/accounts.ts';
import { cognitoDirectory } from '../../shared/identity/directory.ts';
import { UserCreateBody } from '../../shared/schemas/user.ts';
import { setProcessTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, table: { type: 'string' }, 'user-pool': { type: 'string' }, tenant: { type: 'string' }, operator: { type: 'boolean' } } });
const userPoolId = values['user-pool'] ?? process.env.USER_POOL_ID;
if (!values.email || !values.name || !userPoolId) {
  console.error('usage: npm run create-admin -- --email admin@stadt.hamm.de --name "Vorname Nachname" --user-pool <UserPoolId> [--table TableName] [--tenant hamm | --operator]');
  process.exit(2);
}
setProcessTenant(values.tenant ?? FIRST_TENANT);
const data = UserCreateBody.parse({ email: values.email, name: values.name, assignments: [{ role: 'admin', socialSpaceIds: [] }] });
const repo = new Repository(createDocumentClient(createDynamoClient()), values.table ?? process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT);
const directory = cognitoDirectory({ userPoolId, endpoint: process.env.COGNITO_ENDPOINT });
if (values.operator) {
  // The installation's operator: belongs to no tenant, runs them all (npm run create-admin -- --operator …).
  const sub = await ensureOperator(repo, directory, { id: `o-${randomUUID().slice(0, 8)}`, email: data.email, name: data.name });
  console.log(`Created operator ${data.email} (Cognito sub ${sub}) in ${repo.table}; Cognito has sent the invitation.`);
} else {
  const user = await createUserWithAccount(repo, directory, data, { actor: 'system:create-admin', invite: true });
  console.log(`Created admin ${user.email} (${user.id}, Cognito sub ${user.sub}) of tenant ${values.tenant ?? FIRST_TENANT} in ${repo.table}; Cognito has sent the invitation.`);
}
