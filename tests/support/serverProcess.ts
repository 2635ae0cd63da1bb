/**
 * The local API server as a process of its own, for the crash test (tests/integration/faults/crash.test.ts):
 * the same handlers through the same route table as `npm start`, on a table and endpoints given as
 * JSON in argv[2]; it prints `listening <url>` once it answers. A SIGKILL ends it mid-request.
 */
import { startLocalServer } from '../../infra/local/server.ts';
import { configureHandlers } from '../../infra/local/stack.ts';
import type { LocalPool } from '../../infra/local/cognito.ts';

const env = JSON.parse(process.argv[2]) as { dynamoEndpoint: string; tableName: string; pool: LocalPool; cognitoEndpoint: string; port: number };
configureHandlers(env);
const server = await startLocalServer({ port: env.port, config: {} });
console.log(`listening ${server.url}`);
