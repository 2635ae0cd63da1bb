/**
 * The whole system on one machine: DynamoDB Local, cognito-local, (maildev) and the local
 * API server over the real handlers. `npm start`, the end-to-end tests and the bench use it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { seedDemoTenants } from '../../shared/seed/seed.ts';
import { migrateToTenantKeys } from '../../shared/db/tenantMigration.ts';
import { forEachTenant } from '../../shared/tenancy/forEachTenant.ts';
import { runBackfills } from '../../shared/db/backfill.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { cognitoDirectory } from '../../shared/identity/directory.ts';
import { setDeps } from '../../functions/http/deps.ts';
import { ensurePool, startCognitoLocal, type CognitoLocal, type LocalPool } from './cognito.ts';
import { ensureTable, startDynamoLocal, type DynamoLocal } from './dynamodb.ts';
import { portInUse } from './ports.ts';
import { startLocalServer } from './server.ts';
import { startMaildev } from './maildev.ts';
import { now as clockNow } from '../../shared/time/clock.ts';
import { catchUp } from '../../functions/reports/catchUp.ts';
import { createTransport } from '../../functions/mail/mailer.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export { DEFAULT_DEMO_PASSWORD };
export const REGION = 'eu-central-1';

export interface StackOptions {
  ports: { api: number; dynamo: number; cognito: number; smtp?: number; mailWeb?: number };
  /** Persist under this folder (npm start); in memory when absent (tests, bench). */
  dataDir?: string;
  tableName: string;
  seed: boolean;
  /** The day the demo data is laid out around (default: the clock's now). */
  today?: Date;
  /**
   * Make up for missed schedules on start, as the hourly catch-up does in AWS (functions/reports/catchUp.ts):
   * the metric runs of closed months and a report whose day has passed. `npm start` does; tests choose.
   */
  catchUp?: boolean;
  password?: string;
  staticDir?: string;
  log?: (line: string) => void;
}

export interface Stack {
  apiUrl: string;
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  /** maildev's web inbox, when the stack runs one. */
  mailUrl?: string;
  pool: LocalPool;
  repo: Repository;
  config: Record<string, unknown>;
  stop(): Promise<void>;
}

async function assertFree(port: number, what: string) {
  if (await portInUse(port))
    throw new Error(`Port ${port} (${what}) is already in use. Stop whatever listens there, or choose another port (see README: environment variables).`);
}

/** Points the handlers of this process at the local services (what CDK sets in AWS). */
/**
 * Signs the "still current" links under `npm start` (and verifies them in the local API). Fixed, so
 * `npm run reminders` in another process signs what the running API accepts; AWS uses a generated
 * Secrets Manager secret instead (infra/stacks/functions.ts).
 */
export const LOCAL_LINK_SECRET = 'local-only-link-secret-never-used-in-aws';

export function configureHandlers(env: { dynamoEndpoint: string; tableName: string; pool: LocalPool; cognitoEndpoint: string }) {
  process.env.LINK_SECRET ??= LOCAL_LINK_SECRET;
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: env.dynamoEndpoint,
    TABLE_NAME: env.tableName,
    AWS_REGION: process.env.AWS_REGION ?? REGION,
    USER_POOL_ID: env.pool.userPoolId,
    USER_POOL_CLIENT_ID: env.pool.userPoolClientId,
    LOCAL_COGNITO_ISSUER: env.pool.issuer,
    ALLOW_LOCAL_ISSUER: 'true',
    COGNITO_ENDPOINT: env.cognitoEndpoint,
    // The keys by the endpoint the handlers use (the issuer names cognito-local itself; the fault suite puts a proxy between).
    LOCAL_COGNITO_JWKS_URI: `${env.cognitoEndpoint}/${env.pool.userPoolId}/.well-known/jwks.json`,
  });
  const raw = localDynamoClient(env.dynamoEndpoint);
  const repo = new Repository(createDocumentClient(raw), env.tableName);
  setDeps({ raw, repo, now: clockNow, directory: cognitoDirectory({ userPoolId: env.pool.userPoolId, endpoint: env.cognitoEndpoint }) });
  return repo;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const password = opts.password ?? DEFAULT_DEMO_PASSWORD;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    await assertFree(opts.ports.dynamo, 'DynamoDB Local');
    await assertFree(opts.ports.cognito, 'cognito-local');
    await assertFree(opts.ports.api, 'API and admin UI');

    log('Starting DynamoDB Local …');
    const dynamo: DynamoLocal = await startDynamoLocal({ port: opts.ports.dynamo, dbPath: opts.dataDir && path.join(opts.dataDir, 'dynamodb') });
    stops.push(dynamo.stop);
    const created = await ensureTable(dynamo.endpoint, opts.tableName);
    log(created ? `Created table ${opts.tableName}` : `Table ${opts.tableName} exists`);

    log('Starting cognito-local …');
    const cognito: CognitoLocal = await startCognitoLocal({ port: opts.ports.cognito, dataDir: path.join(opts.dataDir ?? path.join(ROOT, '.data', `tmp-cognito-${opts.ports.cognito}`), 'cognito') });
    stops.push(cognito.stop);
    const pool = await ensurePool(cognito.endpoint);

    let mailUrl: string | undefined;
    if (opts.ports.smtp && opts.ports.mailWeb) {
      await assertFree(opts.ports.smtp, 'maildev SMTP');
      await assertFree(opts.ports.mailWeb, 'maildev web inbox');
      log('Starting maildev …');
      const mail = await startMaildev({ smtp: opts.ports.smtp, web: opts.ports.mailWeb });
      stops.push(mail.stop);
      mailUrl = mail.webUrl;
      Object.assign(process.env, { MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(opts.ports.smtp) });
    } else process.env.MAIL_TRANSPORT ??= 'json';

    const repo = configureHandlers({ dynamoEndpoint: dynamo.endpoint, tableName: opts.tableName, pool, cognitoEndpoint: cognito.endpoint });
    // Data kept from before tenants (.data of an older version) becomes Hamm's, as the deploy does in AWS.
    const migrated = await migrateToTenantKeys(repo.baseDoc, opts.tableName);
    if (migrated.ran && migrated.moved) log(`Migration to tenant keys: ${migrated.moved} items are now Hamm's`);
    if (opts.seed) {
      log('Seeding (only what is missing) …');
      const directory = cognitoDirectory({ userPoolId: pool.userPoolId, endpoint: cognito.endpoint });
      for (const r of await seedDemoTenants(repo, opts.today ?? clockNow(), { directory, password }))
        log(`Seed of ${r.tenant}: ${r.created} created, ${r.existing} already present (demo data laid out around ${r.anchoredAt.toISOString().slice(0, 10)})`);
    }
    // As the hourly schedule does in AWS (infra/stacks/reportSchedule.ts), for each tenant: projection
    // items for records older than their pattern, and the schedules missed while the system was off.
    await forEachTenant(repo, async (tenant) => {
      for (const b of await runBackfills(repo)) if (b.ran) log(`Backfill of ${tenant}'s ${b.type} (${b.pattern === 'sorted' ? 'list order' : 'by social space'}): ${b.records} records${b.skipped ? `, ${b.skipped} changed meanwhile` : ''}`);
      if (!opts.catchUp) return;
      const caught = await catchUp(repo, { actor: 'system:catch-up', now: clockNow, transport: createTransport(), extraRecipients: [] });
      for (const m of caught.metrics) log(`Catch-up of ${tenant}: metric run for ${m.month}: ${m.outcome === 'sent' ? 'computed' : m.outcome}`);
      if (caught.report) log(`Catch-up of ${tenant}: report for ${caught.report.month}: ${caught.report.outcome}`);
    });

    const config = { apiUrl: '/v1', region: REGION, userPoolId: pool.userPoolId, userPoolClientId: pool.userPoolClientId, cognitoEndpoint: cognito.endpoint, ...(process.env.MAP_TILE_URL ? { mapTileUrl: process.env.MAP_TILE_URL } : {}) };
    const server = await startLocalServer({ port: opts.ports.api, staticDir: opts.staticDir, config });
    stops.push(server.close);
    // Where reminder links point: this server.
    process.env.PUBLIC_URL ??= server.url;
    return { apiUrl: `${server.url}/v1`, dynamoEndpoint: dynamo.endpoint, cognitoEndpoint: cognito.endpoint, mailUrl, pool, repo, config, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
