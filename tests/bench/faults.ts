/**
 * The fault table of `npm run bench` (issue 35): the running API with its DynamoDB traffic through
 * the fault proxy (tests/support/faultProxy.ts), one fault class at a time. Per class a burst of staff
 * reads, public reads and staff writes, all at once; then, with the fault gone, every write is looked
 * up directly: an acknowledged (201) one that is missing is lost, a title found twice is doubled.
 * A few seconds per class (a hang holds each request up to the deadline).
 */
import { randomUUID } from 'node:crypto';
import { configureHandlers, type Stack } from '../../infra/local/stack.ts';
import { startFaultProxy, type Fault, type FaultScope } from '../support/faultProxy.ts';
import { entities } from '../../shared/entities.ts';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits.ts';

const TRANSACT = { 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems' };
const UNAVAILABLE_TYPE = 'https://hamm.example/problems/unavailable';

/** Each class, and what a documented answer is under it (503 problem+json with Retry-After is always one). */
const CLASSES: { name: string; fault: Fault; scope?: FaultScope }[] = [
  { name: 'hang (connection open, no answer)', fault: 'hang' },
  { name: 'throttle (`ThrottlingException`)', fault: 'throttle' },
  { name: 'internal (`InternalServerError`)', fault: 'internal' },
  { name: 'refused connection', fault: 'refuse' },
  { name: 'reset before the request arrives', fault: 'reset' },
  { name: 'latency 2 s', fault: { latencyMs: 2000 } },
  { name: 'lost answer (every write committed, its answer reset)', fault: 'lost-response', scope: { only: TRANSACT } },
];

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

export async function faultTable(stack: Stack, token: string): Promise<string[]> {
  const proxy = await startFaultProxy(stack.dynamoEndpoint);
  // From here on the handlers' DynamoDB traffic goes through the proxy; the bench's own repo stays direct.
  configureHandlers({ dynamoEndpoint: proxy.url, tableName: stack.repo.table, pool: stack.pool, cognitoEndpoint: stack.cognitoEndpoint });
  const call = async (path: string, init: RequestInit = {}) => {
    const start = performance.now();
    const res = await fetch(`${stack.apiUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });
    const body = await res.json().catch(() => undefined);
    const ms = performance.now() - start;
    const problem = res.status === 503 && /^application\/problem\+json/.test(res.headers.get('content-type') ?? '') && Number(res.headers.get('retry-after')) > 0 && body?.type === UNAVAILABLE_TYPE;
    return { ms, status: res.status, documented: problem || res.ok, body };
  };
  const rows: string[] = [];
  try {
    // Warm: the admin's principal, the tenant, the migration gate, as in a running system.
    await call('/offers');
    for (const c of CLASSES) {
      await proxy.set(c.fault, c.scope);
      const titles = Array.from({ length: 4 }, () => `Störungsprobe ${randomUUID().slice(0, 8)}`);
      const answers = await Promise.all([
        ...Array.from({ length: 3 }, () => call('/offers')),
        ...Array.from({ length: 3 }, (_, i) => call(`/public/offers?q=${i}${randomUUID().slice(0, 4)}`)),
        ...titles.map((title) =>
          call('/offers', { method: 'POST', body: JSON.stringify({ title, description: 'Probe des Fehlerverhaltens', organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['children'], status: 'published' }) }).then((a) => ({ ...a, title })),
        ),
      ]);
      await proxy.clear();
      const offers = await stack.repo.listAll<{ title: string }>(entities.offer);
      const writes = answers.filter((a): a is (typeof answers)[number] & { title: string } => 'title' in a);
      const found = (title: string) => offers.filter((o) => o.title === title).length;
      const lost = writes.filter((w) => w.status === 201 && found(w.title) === 0).length;
      const doubled = writes.filter((w) => found(w.title) > 1).length;
      const times = answers.map((a) => a.ms);
      const statuses = [...new Set(answers.map((a) => a.status))].sort().join(', ');
      const documented = answers.filter((a) => a.documented).length;
      rows.push(`| ${c.name} | ${(q(times, 0.5) / 1000).toFixed(2)} s | ${(Math.max(...times) / 1000).toFixed(2)} s | ${statuses} | ${documented}/${answers.length} | ${writes.filter((w) => w.status === 201).length}/${writes.length} | **${lost}** | **${doubled}** |`);
    }
  } finally {
    await proxy.stop();
    configureHandlers({ dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.repo.table, pool: stack.pool, cognitoEndpoint: stack.cognitoEndpoint });
  }
  return [
    '## Faults (DynamoDB behind a fault proxy)',
    '',
    `The running API with its DynamoDB traffic through the fault proxy of the fault suite (\`tests/support/faultProxy.ts\`), one fault class at a time: 3 staff reads, 3 public reads and 4 staff writes at once. A documented answer is the right one (2xx) or \`503\` problem+json of type \`unavailable\` with \`Retry-After\`. With the fault gone every write is looked up directly: lost = acknowledged with \`201\` and not there; doubled = there twice. The dependency deadline is ${DEPENDENCY_DEADLINE_MS / 1000} s; the promise is an answer within 6 s.`,
    '',
    '| fault | p50 to an answer | max | statuses | documented answers | writes acknowledged | acknowledged writes lost (goal 0) | writes doubled (goal 0) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** `npx tsx tests/bench/faults.ts`: the table alone, on a seeded stack of its own (the whole bench runs it too). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const [{ freePort }, { startStack, DEFAULT_DEMO_PASSWORD }, { signIn }, { SEED_TODAY }, { setProcessTenant }, { FIRST_TENANT }] = await Promise.all([
    import('../../infra/local/ports.ts'), import('../../infra/local/stack.ts'), import('../../infra/local/cognito.ts'), import('../support/constants.ts'), import('../../shared/tenancy/scope.ts'), import('../../shared/tenancy/tenant.ts'),
  ]);
  setProcessTenant(FIRST_TENANT);
  const stack = await startStack({ ports: { api: await freePort(), dynamo: await freePort(), cognito: await freePort() }, tableName: 'faults', seed: true, today: SEED_TODAY });
  try {
    const token = await signIn(stack.cognitoEndpoint, stack.pool.userPoolClientId, 'admin@hamm.example', DEFAULT_DEMO_PASSWORD);
    console.log((await faultTable(stack, token)).join('\n'));
  } finally {
    await stack.stop();
  }
}
