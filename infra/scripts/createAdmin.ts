/**
 * `npm run create-admin -- --email a@b.de --name "…" [--table T]`: writes the first admin's User record
 * (audited, conditional) into the deployed table with your AWS credentials. The matching Cognito account
 * is created with `aws cognito-idp admin-create-user` (README, "Deploy to AWS").
 */
import { parseArgs } from 'node:util';
import { createDocumentClient, createDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { entities } from '../../shared/entities.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, table: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: npm run create-admin -- --email admin@stadt.hamm.de --name "Vorname Nachname" [--table TableName]');
  process.exit(2);
}
const data = entities.user.schemas.input.parse({ email: values.email, name: values.name, assignments: [{ role: 'admin', socialSpaceIds: [] }] }) as Record<string, unknown>;
const repo = new Repository(createDocumentClient(createDynamoClient()), values.table ?? process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT);
const user = await repo.create<any>(entities.user, data, { actor: 'system:create-admin' });
console.log(`Created admin user ${user.email} (${user.id}) in ${repo.table}`);
