/**
 * The command-line jobs' way to a running `npm start`: checks that DynamoDB Local and maildev
 * listen (naming the missing one), and returns the repository and the maildev inbox address.
 */
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { portInUse } from '../local/ports.ts';
import { actForScriptTenant } from './scriptTenant.ts';

export async function connectToLocalStack() {
  const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);
  const smtpPort = Number(process.env.SMTP_PORT ?? 1025);
  for (const [port, what] of [[dynamoPort, 'DynamoDB Local'], [smtpPort, 'maildev SMTP']] as const) {
    if (!(await portInUse(port))) {
      console.error(`✗ ${what} is not running on port ${port}. Start the system first: npm start`);
      process.exit(1);
    }
  }
  const raw = localDynamoClient(`http://127.0.0.1:${dynamoPort}`);
  const repo = new Repository(createDocumentClient(raw), process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT);
  // The jobs act for one tenant: TENANT names it (default: the first, Hamm).
  await actForScriptTenant(repo);
  process.env.SMTP_PORT = String(smtpPort);
  return { repo, inbox: `http://localhost:${process.env.MAILDEV_WEB_PORT ?? 1080}/`, close: () => raw.destroy() };
}
