/**
 * `npm start`: the whole system locally, data persisted under .data/.
 * Ports: PORT (API + admin UI, 3000), DYNAMODB_PORT (8000), COGNITO_PORT (9229).
 * CLOCK_AT (an instant, e.g. 2027-01-04T08:00:00+01:00) runs the API as if it were then (shared/time/clock.ts).
 */
import path from 'node:path';
import { assertJava } from './dynamodb.ts';
import { DEFAULT_DEMO_PASSWORD, ROOT, startStack } from './stack.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { DEMO_USERS } from '../../shared/seed/users.ts';
import { MUSTERSTADT_USERS } from '../../shared/seed/musterstadt.ts';
import { DEMO_OPERATOR } from '../../shared/seed/operator.ts';
import { SECOND_TENANT } from '../../shared/seed/tenants.ts';
import { previousMonth } from '../../shared/time/months.ts';
import { clockOffsetMs, now, setClock } from '../../shared/time/clock.ts';

const previousMonthLabel = () => previousMonth(now());
const num = (v: string | undefined, d: number) => (v ? Number(v) : d);

async function main() {
  try {
    assertJava();
  } catch (err) {
    console.error(`\n✗ ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (process.env.CLOCK_AT) setClock(process.env.CLOCK_AT);
  const password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  const stack = await startStack({
    ports: { api: num(process.env.PORT, 3000), dynamo: num(process.env.DYNAMODB_PORT, 8000), cognito: num(process.env.COGNITO_PORT, 9229), smtp: num(process.env.SMTP_PORT, 1025), mailWeb: num(process.env.MAILDEV_WEB_PORT, 1080) },
    dataDir: path.join(ROOT, '.data'),
    tableName: process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT,
    seed: true,
    catchUp: true,
    password,
    staticDir: path.join(ROOT, 'admin', 'dist'),
    log: (l) => console.log(`  ${l}`),
  });
  // With CLOCK_AT the admin UI runs on the moved clock too (admin/src/config.ts reads this).
  if (process.env.CLOCK_AT) stack.config.clockOffsetMs = clockOffsetMs();
  const ui = stack.apiUrl.replace(/\/v1$/, '/').replace('127.0.0.1', 'localhost');
  const finderOf = (host: string) => `${ui.replace('localhost', host)}angebote/`;
  console.log(`
Stadtteilarbeit is running locally for two municipalities: Hamm and Musterstadt (fiktiv).

  Admin UI        ${ui}   (the account you sign in with decides the municipality)
  Offer finder    ${finderOf('localhost')}   (Hamm)   ${finderOf(`${SECOND_TENANT}.localhost`)}   (Musterstadt)
                  ${ui}t/${SECOND_TENANT}/angebote/   (Musterstadt, the path form at the main address)
  API             ${stack.apiUrl.replace('127.0.0.1', 'localhost')}   (OpenAPI: ${stack.apiUrl}/openapi.json)
  DynamoDB Local  ${stack.dynamoEndpoint}   (data in .data/dynamodb; the JVM listens on all interfaces)
  cognito-local   ${stack.cognitoEndpoint}   (pool ${stack.pool.userPoolId}, client ${stack.pool.userPoolClientId})
  Mail outbox     ${stack.mailUrl}   (maildev; the monthly report lands here: npm run report -- --month ${previousMonthLabel()})

  Demo users (password: ${password}):
${[...DEMO_USERS, ...MUSTERSTADT_USERS].map((u) => `    ${u.email.padEnd(40)} ${u.assignments.map((a) => a.role + (a.socialSpaceIds.length ? ` (${a.socialSpaceIds.join(', ')})` : '')).join(', ')}`).join('\n')}
    ${DEMO_OPERATOR.email.padEnd(40)} operator (all municipalities' tenants, none of their records)

Press Ctrl+C to stop.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping …');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`\n✗ Could not start: ${err?.message ?? err}\n`);
  process.exit(1);
});
