/**
 * Issue 35: every AWS client the functions build (Secrets Manager, SES, Translate, Cognito's admin
 * API, S3, Lambda) gives up within the dependency deadline when its service accepts the connection
 * and never answers. Against a real socket that hangs (AWS_ENDPOINT_URL points every client at it),
 * not a look at the config: an option that is set but not honoured would pass that.
 */
import { now } from '../../shared/time/clock.ts';
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits.ts';

let server: net.Server;
const sockets = new Set<net.Socket>();
let endpoint = '';

beforeAll(async () => {
  // Accepts, reads, never answers: the service hangs with the connection open.
  server = net.createServer((s) => {
    sockets.add(s);
    s.on('data', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    LINK_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:000000000000:secret:link',
    PHOTO_BUCKET: 'photos',
    AWS_LAMBDA_FUNCTION_NAME: 'self',
  });
  delete process.env.LINK_SECRET;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
  for (const k of ['AWS_ENDPOINT_URL', 'LINK_SECRET_ARN', 'PHOTO_BUCKET', 'AWS_LAMBDA_FUNCTION_NAME']) delete process.env[k];
});

/** How the call ended and when; 'hung' past twice the deadline (so a failure names every client at once). */
async function timed(call: () => Promise<unknown>): Promise<{ ms: number; settled: 'resolved' | 'rejected' | 'hung' }> {
  const start = performance.now();
  const hung = new Promise<'hung'>((r) => setTimeout(() => r('hung'), 2 * DEPENDENCY_DEADLINE_MS).unref());
  const settled = await Promise.race([call().then(() => 'resolved' as const, () => 'rejected' as const), hung]);
  return { ms: Math.round(performance.now() - start), settled };
}

it('every client gives up within the deadline when its service hangs', async () => {
  const { linkSecret } = await import('../../shared/runtimeConfig.ts');
  const { sesTransport, mailFrom } = await import('../../functions/mail/mailer.ts');
  const { machineDraft } = await import('../../functions/offers/machineTranslation.ts');
  const { cognitoDirectory } = await import('../../shared/identity/directory.ts');
  const { getPhoto } = await import('../../shared/media/photoStore.ts');
  const { invokeSelf } = await import('../../functions/http/selfInvoke.ts');
  // The budget's transaction is DynamoDB's (bounded in shared/db/client.ts); here it passes at once.
  const budgetOnly = { table: 't', doc: { send: async () => ({}) } } as any;
  const offer = { title: 'Elterncafé', description: 'Jeden Dienstag' } as any;
  const calls: Record<string, () => Promise<unknown>> = {
    secretsManager: () => linkSecret(),
    ses: () => sesTransport().sendMail({ from: mailFrom('a@hamm.example'), to: 'b@hamm.example', subject: 's', text: 't', html: 'h' }),
    translate: () => machineDraft(budgetOnly, offer, { code: 'en', machine: 'en' } as any, now(), 1000),
    cognito: () => cognitoDirectory({ userPoolId: 'pool', endpoint }).findSub('a@hamm.example'),
    s3: () => getPhoto('hamm', `${'a'.repeat(64)}.jpg`),
    lambda: () => invokeSelf({ kind: 'x' }),
  };
  const results = Object.fromEntries(await Promise.all(Object.entries(calls).map(async ([name, call]) => [name, await timed(call)] as const)));
  const bounded = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.settled === 'rejected' && r.ms < DEPENDENCY_DEADLINE_MS + 1000]));
  expect(bounded, JSON.stringify(results)).toEqual(Object.fromEntries(Object.keys(calls).map((n) => [n, true])));
}, 30000);
