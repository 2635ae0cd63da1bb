/**
 * `npm run bench`: measures the system on this machine and writes docs/BENCHMARKS.md.
 * Every figure is a ratio measured in the same run (machines here are noisy), with absolute
 * medians for context. Bounded: well under 5 minutes on 2 cores.
 */
import { takeCensus } from '../../shared/db/census.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BatchWriteCommand, GetCommand, TransactWriteCommand, BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { freePort } from '../../infra/local/ports.ts';
import { ROOT, startStack } from '../../infra/local/stack.ts';
import { signIn } from '../../infra/local/cognito.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../infra/local/stack.ts';
import { ensureTable } from '../../infra/local/dynamodb.ts';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { accessPatterns } from '../../shared/db/accessPatterns.ts';
import { INTERNAL_ATTRIBUTES, itemKeys, keys, projectionItems } from '../../shared/db/keys.ts';
import { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';
import { FUNCTION_GROUPS, type FunctionGroup } from '../../shared/contract/routes/index.ts';
import { ESM_REQUIRE_BANNER, externalModules } from '../../infra/bundling.ts';
import { periodsNeeded } from '../../shared/domain/scorecard.ts';
import { computeReport } from '../../functions/reports/compute.ts';
import { computeClosingMonth } from '../../shared/metrics/job.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { faultTable } from './faults.ts';
import { roomRows } from './rooms.ts';
import { now } from '../../shared/time/clock.ts';
import { setProcessTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

setProcessTenant(FIRST_TENANT);

const OUT = path.join(ROOT, '.bench');
/** Node processes per bundle for the module-init figures (and as many for the SDK-only handler beside them). */
const INIT_ROUNDS = 15;
mkdirSync(OUT, { recursive: true });
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const r2 = (x: number) => x.toFixed(2);
async function timeIt(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const lines: string[] = [];
const log = (s = '') => {
  console.log(s);
  lines.push(s);
};

/**
 * Module init of every function's bundle, as table rows. Measured before the local stack starts:
 * DynamoDB Local's JVM and the other stand-ins beside it would share the two cores with the `node`
 * processes being timed, and their noise is larger than the differences the figures are to show.
 */
async function measureModuleInit(): Promise<string[]> {
  const rows: string[] = [];
  const emptyDir = path.join(OUT, 'empty');
  mkdirSync(emptyDir, { recursive: true });
  writeFileSync(path.join(emptyDir, 'index.mjs'), 'export const handler = async () => ({});\n');
  // The fair floor: an empty handler that loads only the DynamoDB clients every function needs.
  writeFileSync(path.join(emptyDir, 'sdk.mjs'), "import '@aws-sdk/client-dynamodb';\nimport '@aws-sdk/lib-dynamodb';\nexport const handler = async () => ({});\n");
  const initOnce = (file: string) => {
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, TABLE_NAME: 'x', AWS_REGION: 'eu-central-1' } });
    const v = Number(res.stdout.trim().split('\n').pop());
    if (!v) throw new Error(`init measurement failed for ${file}: ${res.stderr.slice(0, 400)}`);
    return v;
  };
  const sdkFile = path.join(emptyDir, 'sdk.mjs');
  /**
   * Median init of `file`, of the SDK-only handler measured alternately with it, and the median of
   * the pairs' ratios: the machine's speed drifts between runs, and a pair shares its moment.
   */
  const initPaired = (file: string) => {
    const [mine, sdk, ratios]: number[][] = [[], [], []];
    for (let i = 0; i < INIT_ROUNDS; i++) {
      mine.push(initOnce(file));
      sdk.push(initOnce(sdkFile));
      ratios.push(mine[i] / sdk[i]);
    }
    return { init: q(mine, 50), sdk: q(sdk, 50), ratio: q(ratios, 50) };
  };
  const emptyInit = q([0, 1, 2, 3, 4].map(() => initOnce(path.join(emptyDir, 'index.mjs'))), 50);
  const sdkInits: number[] = [];
  for (const fn of [...FUNCTION_GROUPS, 'authorizer']) {
    const outfile = path.join(OUT, fn, 'index.mjs');
    await build({ entryPoints: [path.join(ROOT, 'functions', fn, 'handler.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, sourcemap: false, mainFields: ['module', 'main'], external: externalModules(fn as FunctionGroup | 'authorizer'), banner: { js: ESM_REQUIRE_BANNER }, logLevel: 'silent' });
    const bytes = readFileSync(outfile);
    const { init, sdk, ratio } = initPaired(outfile);
    sdkInits.push(sdk);
    rows.push(`| ${fn} | ${(bytes.length / 1024).toFixed(0)} KiB | **${(gzipSync(bytes).length / 1024).toFixed(0)} KiB** | ≤ ${fn === 'authorizer' ? 40 : 100} KiB | ${ms(init)} | ${r2(init / emptyInit)}× | **${r2(ratio)}×** |`);
  }
  const sdkInit = q(sdkInits, 50);
  rows.push(`| (empty handler) | – | – | – | ${ms(emptyInit)} | 1.00× | – |`);
  rows.push(`| (SDK-only handler) | – | – | – | ${ms(sdkInit)} | ${r2(sdkInit / emptyInit)}× | 1.00× |`);
  return rows;
}

async function main() {
  const started = performance.now();
  const initRows = await measureModuleInit();
  const stack = await startStack({
    ports: { api: await freePort(), dynamo: await freePort(), cognito: await freePort() },
    tableName: 'bench',
    seed: true,
    today: SEED_TODAY,
    staticDir: path.join(ROOT, 'admin', 'dist'),
  });
  try {
    const token = await signIn(stack.cognitoEndpoint, stack.pool.userPoolClientId, 'admin@hamm.example', DEFAULT_DEMO_PASSWORD);
    const auth = { Authorization: `Bearer ${token}` };
    const api = (p: string, init: RequestInit = {}) => fetch(`${stack.apiUrl}${p}`, { ...init, headers: { ...auth, 'Content-Type': 'application/json', ...(init.headers as any) } }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const { repo } = stack;
    const doc = repo.doc;
    const T = repo.table;

    log(`# Benchmarks`);
    log();
    log(`Measured ${now().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, DynamoDB Local (Java) on loopback. Regenerate with \`npm run bench\`.`);
    log();
    log('Ratios compare two things measured in the same run; absolute times are for context only.');
    log();
    // Both demo tenants share the table, as every installation's tenants do: the figures below are Hamm's requests among them.
    const census = await takeCensus(createDocumentClient(localDynamoClient(stack.dynamoEndpoint)), T);
    log(`Tenants loaded: ${[...census].map(([t, c]) => `${t} (${c.items.toLocaleString('en')} items, ${(c.bytes / 2 ** 20).toFixed(1)} MiB)`).join(', ')}.`);
    log();

    // ---------- API overhead ----------
    // Issue 19 measures our code: the offers handler as API Gateway invokes it (the authorizer's
    // principal in the request context), against the raw calls the route makes, interleaved so
    // both see the same machine. The local server's HTTP hop stands in for API Gateway and is shown apart.
    const N = 400;
    const offerId = 'offer-002';
    const { resolvePrincipal } = await import('../../functions/authorizer/handler.ts');
    const { handler: offersHandler } = await import('../../functions/offers/handler.ts');
    const principal = await resolvePrincipal({ headers: auth } as any);
    const lambdaContext = { getRemainingTimeInMillis: () => 10000, functionName: 'offers', awsRequestId: 'bench' } as any;
    const invoke = (method: string, resource: string, pathParameters: Record<string, string> | null, query: Record<string, string> | null, body?: unknown) =>
      offersHandler({
        httpMethod: method, resource, path: resource.replace('{id}', pathParameters?.id ?? ''), pathParameters, queryStringParameters: query,
        headers: { 'content-type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body),
        requestContext: { requestId: 'bench', authorizer: { principalId: principal!.id, principal: JSON.stringify(principal) } },
      } as any, lambdaContext);
    /** Alternates a and b, n times each, after a warm-up; returns both samples. */
    const paired = async (n: number, a: () => Promise<unknown>, b: () => Promise<unknown>) => {
      for (let i = 0; i < 30; i++) { await a(); await b(); }
      const [ta, tb]: number[][] = [[], []];
      for (let i = 0; i < n; i++) {
        const order = i % 2 ? [[a, ta], [b, tb]] as const : [[b, tb], [a, ta]] as const;
        for (const [fn, out] of order) { const t = performance.now(); await fn(); out.push(performance.now() - t); }
      }
      return [ta, tb];
    };
    const rawGetOne = () => doc.send(new GetCommand({ TableName: T, Key: keys.entity('offer', offerId), ConsistentRead: true }));
    const [apiGet, rawGet] = await paired(N, () => invoke('GET', '/v1/offers/{id}', { id: offerId }, null), rawGetOne);
    const listQuery = { sort: '["title","ASC"]', range: '[0,24]' };
    // The default view reads one page of pattern 23 and its counter (24): the raw baseline sends the same two reads.
    const sortedInput = { TableName: T, ...accessPatterns.sorted(entities.offer) };
    const rawSortedPage = () => Promise.all([doc.send(new QueryCommand({ ...sortedInput, Limit: 25 })), doc.send(new GetCommand({ TableName: T, Key: keys.sortedCount('offer'), ConsistentRead: true }))]);
    const [apiList, rawList] = await paired(N, () => invoke('GET', '/v1/offers', null, listQuery), rawSortedPage);

    // PUT: the route reads the record once (policy check, reused by the repository), checks the
    // quarters, and writes one transaction (record, audit entry, its copies per social space).
    // The raw baseline sends the same three calls with the same transaction items.
    let current = (await repo.get(entities.offer, offerId)) as Record<string, any>;
    const putOnce = async () => {
      const res = await invoke('PUT', '/v1/offers/{id}', { id: offerId }, null, { ...current, description: `bench ${performance.now()}` });
      if (res.statusCode !== 200) throw new Error(`PUT answered ${res.statusCode}: ${res.body}`);
      current = JSON.parse(res.body);
    };
    let v = 0;
    const rawWrite = async () => {
      const record = { ...current, description: `raw ${performance.now()}` };
      v = Math.max(v + 1, current.version + 1000);
      await doc.send(new TransactWriteCommand({ TransactItems: [
        { Update: { TableName: T, Key: { PK: 'bench#raw', SK: '#' }, UpdateExpression: 'SET description = :d, #v = :n', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':d': record.description, ':n': v } } },
        { Put: { TableName: T, Item: { PK: `audit#bench#${v}`, SK: String(performance.now()), x: 1 }, ConditionExpression: 'attribute_not_exists(PK)' } },
        // The same number and size of copies, under keys no list reads.
        ...projectionItems(entities.offer, record).map((Item) => ({ Put: { TableName: T, Item: { ...Item, PK: `bench#${Item.PK}` } } })),
      ] }));
    };
    const rawPutCalls = async () => {
      await rawGetOne();
      await doc.send(new BatchGetCommand({ RequestItems: { [T]: { Keys: (current.quarterIds ?? ['x']).map((id: string) => keys.entity('quarter', id)) } } }));
      await rawWrite();
    };
    const [apiPut, rawPut] = await paired(N / 2, putOnce, rawPutCalls);
    // Context: the same requests through the local server (HTTP, then the authorizer as API Gateway runs it).
    for (let i = 0; i < 30; i++) await api(`/offers/${offerId}`);
    const httpGet = await timeIt(N / 2, () => api(`/offers/${offerId}`));

    log('## API overhead (handler → middy → policy → repository → DynamoDB Local)');
    log();
    log(`The offers handler invoked as API Gateway invokes it, with the authorizer's principal in the request context, alternating with the raw DynamoDB calls the route makes (${N} each, after a warm-up).`);
    log();
    log('| request | handler p50 | handler p99 | raw p50 | raw p99 | ratio p50 (goal ≤ 1.3) | ratio p99 (goal ≤ 1.5) | raw baseline |');
    log('|---|---|---|---|---|---|---|---|');
    const row = (name: string, a: number[], b: number[], what: string) =>
      log(`| ${name} | ${ms(q(a, 50))} | ${ms(q(a, 99))} | ${ms(q(b, 50))} | ${ms(q(b, 99))} | **${r2(q(a, 50) / q(b, 50))}** | **${r2(q(a, 99) / q(b, 99))}** | ${what} |`);
    row('`GET /v1/offers/:id`', apiGet, rawGet, 'one GetItem');
    row('`GET /v1/offers` (25 of 60, sorted by title)', apiList, rawList, 'one page of pattern 23 and its counter (24)');
    row('`PUT /v1/offers/:id`', apiPut, rawPut, 'the same 3 calls: GetItem, BatchGet, TransactWrite (record, audit entry, copies per space)');
    log();
    log(`For context, \`GET /v1/offers/:id\` through the local server (HTTP to the local stand-in for API Gateway, which runs the authorizer with its 3-second principal cache): p50 ${ms(q(httpGet, 50))}, ${r2(q(httpGet, 50) / q(rawGet, 50))}× the raw call. That hop is API Gateway's in AWS, not the function's.`);
    log();

    // ---------- throughput ----------
    log('## Throughput');
    log();
    log('Closed loop through the local server, 2.5 s per cell, each cell the better of two rounds (1, 8, 32 clients, then again: the load generator shares the machine and its two cores with the server and DynamoDB Local). Read: `GET /v1/offers/:id`. Mixed: 80 % reads, 20 % `PUT` (each client edits its own offer, so no 409s). Goal (issue 19): read at 32 clients ≥ 1.5× read at 1 client.');
    log();
    log('| workload | 1 client | 8 clients | 32 clients | errors | scaling 32 / 1 |');
    log('|---|---|---|---|---|---|');
    const own = await Promise.all(Array.from({ length: 32 }, async (_, i) => JSON.parse((await api('/offers', { method: 'POST', body: JSON.stringify({ title: `Bench ${i}`, organisationId: 'caritas', socialSpaceIds: ['mitte'], themes: ['Bildung'], targetGroups: ['everyone'] }) })).body)));
    for (const mixed of [false, true]) {
      const rps: number[] = [0, 0, 0];
      let errors = 0;
      for (const [cell, c] of [1, 8, 32, 1, 8, 32].map((c, i) => [i % 3, c] as const)) {
        let count = 0;
        const until = performance.now() + 2500;
        await Promise.all(
          Array.from({ length: c }, async (_, k) => {
            let mine = own[k];
            while (performance.now() < until) {
              const write = mixed && count % 5 === 4;
              const res = write ? await api(`/offers/${mine.id}`, { method: 'PUT', body: JSON.stringify({ ...mine, description: String(count) }) }) : await api(`/offers/${offerId}`);
              if (res.status >= 400) errors++;
              else if (write) own[k] = mine = JSON.parse(res.body);
              count++;
            }
          }),
        );
        rps[cell] = Math.max(rps[cell], count / 2.5);
      }
      log(`| ${mixed ? 'mixed' : 'read'} | ${rps[0].toFixed(0)} req/s | ${rps[1].toFixed(0)} req/s | ${rps[2].toFixed(0)} req/s | ${errors} | ${r2(rps[2] / rps[0])}× |`);
    }
    log();

    // ---------- residents' submissions ----------
    await residentsSubmissions(stack.apiUrl);

    // ---------- rooms ----------
    for (const line of await roomRows(stack.apiUrl, token)) log(line);

    // ---------- report cost growth ----------
    log('## Monthly report: cost growth with data volume');
    log();
    log('The seeded data, then 10× and 100× as many offers and indicators (and so targets and measurements in the compared periods), written in bulk. DynamoDB calls and items are counted by a client middleware in the first run (Scans would be counted too); the time is the median of the three runs after it. Goal (issue 19): time at 100× ≤ 110× the time at 1×.');
    log();
    log('| volume | offers | indicators | items read | DynamoDB calls | Scan calls | time | items / 1× | calls / 1× | time / 1× (goal ≤ 110) | the same queries, raw | raw / 1× | time / raw |');
    log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    let base: { t: number; calls: number; items: number; raw: number } | undefined;
    /** The queries the report sent (as recorded in its first run), replayed straight through the client page by page: the engine's own cost. */
    const replay = (d: ReturnType<typeof createDocumentClient>, queries: Record<string, unknown>[]) =>
      Promise.all(queries.map(async (input) => {
        let key: Record<string, unknown> | undefined;
        do key = (await d.send(new QueryCommand({ ...(input as any), ExclusiveStartKey: key }))).LastEvaluatedKey;
        while (key);
      }));
    for (const k of [1, 10, 100]) {
      const table = `report-x${k}`;
      await ensureTable(stack.dynamoEndpoint, table);
      const { raw, d, counter } = countedClient(stack.dynamoEndpoint);
      const r = new Repository(d, table, () => SEED_TODAY);
      const items = await bulkData(k);
      await bulkWrite(d, table, items);
      counter.calls = 0;
      counter.items = 0;
      counter.queries = [];
      await computeReport(r, '2026-10', SEED_TODAY);
      const [calls, read] = [counter.calls, counter.items];
      const sent = counter.queries.filter((input) => !input.ExclusiveStartKey);
      // Median of three runs after that first one: one run at 1× is a few milliseconds, and noise would decide the ratios.
      const t = q(await timeIt(3, () => computeReport(r, '2026-10', SEED_TODAY)), 50);
      const rawT = q(await timeIt(3, () => replay(d, sent)), 50);
      counter.calls = calls;
      counter.items = read;
      base ??= { t, calls: counter.calls, items: counter.items, raw: rawT };
      log(`| ${k}× | ${items.filter((i) => i._type === 'offer').length} | ${items.filter((i) => i._type === 'indicator').length} | ${counter.items} | ${counter.calls} | ${counter.scans} | ${t.toFixed(0)} ms | ${r2(counter.items / base.items)} | ${r2(counter.calls / base.calls)} | **${r2(t / base.t)}** | ${rawT.toFixed(0)} ms | ${r2(rawT / base.raw)} | ${r2(t / rawT)} |`);
      raw.destroy();
    }
    log();
    log('DynamoDB calls grow with the number of 1 MB query pages, not with history: pattern 4 reads only the periods compared, never a Scan. Items read grow linearly with the volume. *The same queries, raw* sends the report\'s queries straight through the client without any of our code: DynamoDB Local (SQLite behind a JVM) costs more per item the larger a partition is, so at 100× the engine alone grows by more than the items do (*raw / 1×* against *items / 1×*). *time / raw* is what our code adds on top of the engine; it staying flat across the sizes is the linear part this table is about.');
    log();

    // ---------- metric computation cost growth ----------
    log('## Computed indicators: cost growth with meetings and activities');
    log();
    log('The metric job for one closing month (2026-10): every computed demo indicator, every social space. The seeded networks\' meetings and the activities, then 10× and 100× as many (with their projection items), written in bulk. The first run writes the measurements; the second finds every value unchanged and writes nothing.');
    log();
    log('| volume | meetings | activities | items read | DynamoDB calls | Scan calls | time (first run) | time (rerun) | items / 1× | calls / 1× | time / 1× |');
    log('|---|---|---|---|---|---|---|---|---|---|---|');
    let metricBase: { t: number; calls: number; items: number } | undefined;
    for (const k of [1, 10, 100]) {
      const table = `metrics-x${k}`;
      await ensureTable(stack.dynamoEndpoint, table);
      const { raw, d, counter } = countedClient(stack.dynamoEndpoint);
      const r = new Repository(d, table, () => SEED_TODAY);
      const items = await bulkWorkData(k);
      await bulkWrite(d, table, items);
      counter.calls = 0;
      counter.items = 0;
      const t0 = performance.now();
      await computeClosingMonth(r, '2026-10');
      const t = performance.now() - t0;
      const [calls, read] = [counter.calls, counter.items];
      const t1 = performance.now();
      await computeClosingMonth(r, '2026-10');
      const rerun = performance.now() - t1;
      metricBase ??= { t, calls, items: read };
      const count = (type: string) => items.filter((i) => i._type === type).length;
      log(`| ${k}× | ${count('meeting')} | ${count('activity')} | ${read} | ${calls} | ${counter.scans} | ${t.toFixed(0)} ms | ${rerun.toFixed(0)} ms | ${r2(read / metricBase.items)} | ${r2(calls / metricBase.calls)} | ${r2(t / metricBase.t)} |`);
      raw.destroy();
    }
    log();
    log('Items read grow with the meetings and activities of the months computed (pattern 14: one partition per social space and month), never with the rest of the table; calls grow only with 1 MB query pages. 0 Scans.');
    log();

    // ---------- public search and HSDS at scale ----------
    log('## Public search and HSDS at 60, 600 and 6,000 published offers');
    log();
    log('The public handler invoked through its middy wrapper (as API Gateway does), 200 requests per cell after one warm-up. A container loads the catalogue at most once a minute (`functions/public/catalogue.ts`), from its stored snapshot and the audited changes since. *First ever* is the first request on a table without a snapshot: it reads every offer and stores the snapshot. *First after expiry* is the first request of a container (or after its minute) once 20 offers were changed through the repository: the snapshot, the audit since, the 20 offers read again (p50 of 20 loads).');
    log();
    log('| offers | search p50 | search p99 | HSDS page p50 | first ever (builds the snapshot) | first after expiry p50 | search p50 / 60 |');
    log('|---|---|---|---|---|---|---|');
    const { handler: publicHandler } = await import('../../functions/public/handler.ts');
    const { getDeps, setDeps } = await import('../../functions/http/deps.ts');
    const before = getDeps();
    let searchBase: number | undefined;
    const firstAfterExpiry = new Map<number, number>();
    const areaPageRows: string[] = [];
    for (const k of [1, 10, 100]) {
      const table = `public-x${k}`;
      await ensureTable(stack.dynamoEndpoint, table);
      const { raw, d } = countedClient(stack.dynamoEndpoint);
      // …and what the quarter's public page reads besides the catalogue (issue 33).
      const items = (await bulkData(k)).filter((i) => ['offer', 'organisation', 'centre', 'socialSpace', 'quarter', 'user', 'goal', 'indicator', 'measurement', 'target', 'areaProfile', 'indicatorPublication'].includes(i._type)).map((i) => (i._type === 'offer' ? { ...i, status: 'published' } : i));
      await bulkWrite(d, table, items);
      // The repository on the deps' clock: the audit entries of the changes below and the loads agree on "since".
      const repo = new Repository(d, table, before.now);
      setDeps({ ...before, repo });
      const call = (path: string, query: Record<string, string>) =>
        publicHandler({ httpMethod: 'GET', path, resource: path, pathParameters: {}, queryStringParameters: query, headers: {}, body: null, requestContext: { requestId: 'bench' } } as any, { getRemainingTimeInMillis: () => 10000 } as any);
      const t0 = performance.now();
      await call('/v1/public/offers', { theme: 'Bildung', age: '8' });
      const first = performance.now() - t0;
      const search = await timeIt(200, () => call('/v1/public/offers', { theme: 'Bildung', age: '8', q: 'treff' }));
      const hsds = await timeIt(200, () => call('/v1/hsds/services', { page: '2', per_page: '50' }));
      const changed = items.filter((i) => i._type === 'offer').slice(0, 20);
      for (const o of changed) await repo.update(entities.offer, o.id, { ...Object.fromEntries(Object.entries(o).filter(([f]) => !(INTERNAL_ATTRIBUTES as readonly string[]).includes(f))), title: `${o.title} (neu)` }, o.version, { actor: 'bench' });
      process.env.PUBLIC_CACHE_SECONDS = '0';
      const afterExpiry = await timeIt(20, () => call('/v1/public/offers', { theme: 'Bildung', age: '8' }));
      delete process.env.PUBLIC_CACHE_SECONDS;
      firstAfterExpiry.set(k, q(afterExpiry, 50));
      // The quarter's public page: warm (catalogue and area data held), and as a container's first request of its minute.
      const pageEvent = { httpMethod: 'GET', path: '/v1/public/quarters/hamm-norden/page', resource: '/v1/public/quarters/{id}/page', pathParameters: { id: 'hamm-norden' }, queryStringParameters: {}, headers: {}, body: null, requestContext: { requestId: 'bench' } };
      const pageCall = () => publicHandler(pageEvent as any, { getRemainingTimeInMillis: () => 10000 } as any) as Promise<{ statusCode: number; body: string }>;
      const pageBody = Buffer.from((await pageCall()).body);
      const pageWarm = await timeIt(200, pageCall);
      process.env.PUBLIC_CACHE_SECONDS = '0';
      const pageCold = await timeIt(20, pageCall);
      delete process.env.PUBLIC_CACHE_SECONDS;
      areaPageRows.push(`| ${items.filter((i) => i._type === 'offer').length} | ${ms(q(pageWarm, 50))} | ${ms(q(pageWarm, 99))} | **${ms(q(pageCold, 50))}** | ${(pageBody.length / 1024).toFixed(1)} KiB (${(gzipSync(pageBody).length / 1024).toFixed(1)} KiB gzip) |`);
      searchBase ??= q(search, 50);
      log(`| ${items.filter((i) => i._type === 'offer').length} | ${ms(q(search, 50))} | ${ms(q(search, 99))} | ${ms(q(hsds, 50))} | ${ms(first)} | **${ms(q(afterExpiry, 50))}** | **${r2(q(search, 50) / searchBase)}** |`);
      raw.destroy();
    }
    setDeps(before);
    log();
    log(`Goals: the search p50 at 6,000 offers ≤ 3× the p50 at 60; the first request after expiry at 6,000 offers ≤ 300 ms (measured: ${ms(firstAfterExpiry.get(100)!)}).`);
    log();
    log('### The quarter\'s public page (`GET /v1/public/quarters/hamm-norden/page`)');
    log();
    log('Through the same wrapper and tables: warm (200 requests), and as the first request of a container\'s minute (catalogue and area data read again; p50 of 20), with the answer\'s size.');
    log();
    log('| offers | page p50 | page p99 | first of its minute p50 | answer |');
    log('|---|---|---|---|---|');
    for (const row of areaPageRows) log(row);
    log();
    log('Goal: the first request of its minute at 6,000 offers within the goal for the first public request (≤ 300 ms).');
    log();

    // ---------- offers listed by social space ----------
    log('## Offers listed by social space at 60, 600 and 6,000 offers');
    log();
    log('`GET /v1/offers?filter={"socialSpaceId":"norden"}` (first 25 by title, the admin\'s filter), the offers handler invoked as API Gateway invokes it. The list reads the space\'s copies (pattern 20), not the collection; the unfiltered list of the same page is shown beside it.');
    log();
    log('| offers | of them in the space | by space p50 | by space p99 | by space p50 / 60 | unfiltered p50 | unfiltered p99 | unfiltered p50 / 60 |');
    log('|---|---|---|---|---|---|---|---|');
    let bySpaceBase: number | undefined;
    let unfilteredBase: number | undefined;
    for (const k of [1, 10, 100]) {
      const table = `space-x${k}`;
      await ensureTable(stack.dynamoEndpoint, table);
      const { raw, d } = countedClient(stack.dynamoEndpoint);
      const items = (await bulkData(k)).filter((i) => ['offer', 'organisation', 'centre', 'socialSpace', 'quarter', 'user'].includes(i._type));
      // The named space keeps the seeded offers at every size; the added ones serve the other spaces.
      // So the figure shows whether listing one space depends on the rest of the data.
      const offers = items.filter((i) => i._type === 'offer');
      for (const o of offers) if (!o.id.endsWith('-0')) o.socialSpaceIds = o.socialSpaceIds.filter((x: string) => x !== 'norden').concat(o.socialSpaceIds.length === 1 && o.socialSpaceIds[0] === 'norden' ? ['uentrop'] : []);
      const copies = offers.flatMap((o) => projectionItems(entities.offer, Object.fromEntries(Object.entries(o).filter(([f]) => !(INTERNAL_ATTRIBUTES as readonly string[]).includes(f)))));
      await bulkWrite(d, table, [...items, ...copies, ...(['bySpace', 'sorted'] as const).map((pattern) => ({ ...keys.backfill(pattern, 'offer'), _type: 'backfill', records: offers.length })), { ...keys.sortedCount('offer'), _type: 'sortedCount', count: offers.length }]);
      setDeps({ ...before, repo: new Repository(d, table, () => SEED_TODAY) });
      const list = (filter?: object) => invoke('GET', '/v1/offers', null, { sort: '["title","ASC"]', range: '[0,24]', ...(filter ? { filter: JSON.stringify(filter) } : {}) });
      const first = await list({ socialSpaceId: 'norden' });
      const inSpace = Number(String(first.headers?.['Content-Range']).split('/')[1]);
      for (let i = 0; i < 10; i++) await list({ socialSpaceId: 'norden' });
      const bySpace = await timeIt(100, () => list({ socialSpaceId: 'norden' }));
      for (let i = 0; i < 10; i++) await list();
      const unfiltered = await timeIt(100, () => list());
      bySpaceBase ??= q(bySpace, 50);
      unfilteredBase ??= q(unfiltered, 50);
      log(`| ${offers.length} | ${inSpace} | ${ms(q(bySpace, 50))} | ${ms(q(bySpace, 99))} | **${r2(q(bySpace, 50) / bySpaceBase)}** | ${ms(q(unfiltered, 50))} | ${ms(q(unfiltered, 99))} | **${r2(q(unfiltered, 50) / unfilteredBase)}** |`);
      raw.destroy();
    }
    setDeps(before);
    log();
    log('Goals: each p50 at 6,000 offers ≤ 3× its p50 at 60. The space has the same offers at every size (the added offers serve the other spaces), so the figure shows that listing one space no longer reads the others. The unfiltered list (the admin\'s default view, by title) reads one page of pattern 23 and its total from the collection\'s counter (24), so neither grows with the collection.');
    log();

    // ---------- cold start ----------
    log('## Function bundles and module init');
    log();
    log('Bundled like CDK bundles them (esbuild, ESM, minified, node22, the externals of `infra/bundling.ts`: the AWS SDK, here resolved from node_modules so init includes loading it as Lambda would, and nodemailer for the reports function, which only the local transports import). Measured before the local stack starts, so no DynamoDB Local or other stand-in shares the cores. Init = median of ' + INIT_ROUNDS + ' `node` processes importing the bundle; *init / SDK only* is the median ratio of ' + INIT_ROUNDS + ' pairs, each the bundle\'s init over the SDK-only handler\'s measured right after it (the machine\'s speed drifts between runs; a pair shares its moment).');
    log();
    log('| function | raw | gzip | gzip goal | init p50 | init / empty | init / SDK only (goal ≤ 1.3×) |');
    log('|---|---|---|---|---|---|---|');
    for (const row of initRows) log(row);
    log();

    // ---------- admin UI ----------
    const dist = path.join(ROOT, 'admin', 'dist');
    if (statSync(path.join(dist, 'assets'), { throwIfNoEntry: false })) {
      const admin = initialJs(path.join(dist, 'index.html'));
      const finder = initialJs(path.join(dist, 'angebote', 'index.html'));
      const widget = readFileSync(path.join(dist, 'angebote', 'widget.js'));
      log('## Admin UI, finder and widget');
      log();
      log('Initial JavaScript: the module script of each page and the chunks it preloads.');
      log();
      log('| page | files | raw | gzip | goal |');
      log('|---|---|---|---|---|');
      log(`| admin (\`/\`) | ${admin.files} | ${admin.raw} KiB | **${admin.gzip} KiB** | ≤ 350 KiB (issue 19) |`);
      log(`| finder (\`/angebote/\`) | ${finder.files} | ${finder.raw} KiB | **${finder.gzip} KiB** | ≤ 60 KiB |`);
      log(`| widget (\`/angebote/widget.js\`) | 1 | ${(widget.length / 1024).toFixed(1)} KiB | **${(gzipSync(widget).length / 1024).toFixed(1)} KiB** | ≤ 15 KiB |`);
      log();
      // Mitmachen (issue 28): its pages and the proof of work are one chunk, loaded when one of them opens.
      const joinChunk = readdirSync(path.join(dist, 'assets')).filter((f) => /^participation-.*\.js$/.test(f)).map((f) => readFileSync(path.join(dist, 'assets', f)));
      const joinInInitial = finder.names.some((n) => /participation/.test(n));
      log(`Mitmachen (ideas, surveys, sign-ups, status and manage pages, the proof of work): ${joinChunk.length} lazy chunk, ${kib(joinChunk.reduce((n, b) => n + gzipSync(b).length, 0))} KiB gzip, in the finder's initial JavaScript: **${joinInInitial ? 'yes' : 'no'}** (with it on a Mitmachen page: ${(Number(finder.gzip) + Number(kib(joinChunk.reduce((n, b) => n + gzipSync(b).length, 0)))).toFixed(1)} KiB of the 60 KiB budget).`);
      log();
      // The languages (issue 29): each catalogue is a chunk of its own, loaded when its language is chosen.
      const catalogues = LANGUAGE_CODES.map((code) => {
        const file = readdirSync(path.join(dist, 'assets')).find((f) => new RegExp(`^${code}-[\\w-]{8}\\.js$`).test(f));
        return { code, gzip: file ? gzipSync(readFileSync(path.join(dist, 'assets', file))).length : 0, file };
      });
      const largest = catalogues.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      const inInitialJs = catalogues.filter((c) => c.code !== SOURCE_LANGUAGE && c.file && finder.names.some((n) => n.includes(c.file!)));
      log(`Language catalogues (${catalogues.filter((c) => c.file).length} of ${LANGUAGE_CODES.length} built as chunks): the largest is \`${largest.code}\` with **${(largest.gzip / 1024).toFixed(1)} KiB** gzip; other languages than German in the finder's initial JavaScript: **${inInitialJs.length ? inInitialJs.map((c) => c.code).join(', ') : 'none'}**.`);
      log();
      // The maps (issue 18): Leaflet is a chunk of its own, loaded by the pages that show a map only.
      const mapChunk = readdirSync(path.join(dist, 'assets')).filter((f) => /^leafletCore-.*\.js$/.test(f)).map((f) => readFileSync(path.join(dist, 'assets', f)));
      const inInitial = admin.names.concat(finder.names).some((n) => /leaflet/i.test(n)) || admin.bytes.concat(finder.bytes).some((b) => b.includes('leaflet-container'));
      log(`Map code (Leaflet, \`leafletCore\`): ${mapChunk.length} lazy chunk, ${kib(mapChunk.reduce((n, b) => n + gzipSync(b).length, 0))} KiB gzip; in the initial JavaScript of the admin or the finder: **${inInitial ? 'yes' : 'no'}**.`);
      log();
      const signInForm = await timeToSignInForm(stack.apiUrl.replace(/\/v1$/, ''));
      log('Time to the visible sign-in form in headless Chromium (median of 3, fresh browser context each):');
      log();
      log('| opened | median | ÷ `#/login` directly |');
      log('|---|---|---|');
      for (const [start, t] of Object.entries(signInForm)) log(`| \`${start}\` | ${t.toFixed(0)} ms | ${r2(t / signInForm['/#/login'])}× |`);
      log();
    }
    // ---------- Import (issue 30) ----------
    // Organisations from CSV as the admin, through the job's preview and run (each row through the
    // organisations route in process): last, because it adds thousands of records to the table.
    {
      const { previewJob, runJob, saveJob } = await import('../../functions/imports/jobs.ts');
      const importRows = async (n: number, tag: string) => {
        const csv = `Name;Art;Beschreibung\n${Array.from({ length: n }, (_, i) => `Bench-Träger ${tag} ${String(i).padStart(5, '0')};Verein;Zeile ${i}`).join('\n')}\n`;
        let t = performance.now();
        const job = await previewJob(repo, principal!, { type: 'organisations', fileName: `bench-${tag}.csv`, bytes: Buffer.from(csv) });
        const preview = performance.now() - t;
        const running = await saveJob(repo, job, { status: 'running', runner: 'bench' }, `user:${principal!.id}`);
        t = performance.now();
        await runJob(repo, running.id, principal!, () => Number.POSITIVE_INFINITY, 'bench');
        const run = performance.now() - t;
        const done = await repo.get(entities.importJob, job.id);
        if (done.progress.created !== n) throw new Error(`import of ${n} rows created ${done.progress.created}`);
        return { n, previewRate: n / (preview / 1000), runRate: n / (run / 1000), run };
      };
      const small = await importRows(1000, 'a');
      const large = await importRows(5000, 'b');
      log('## Import (spreadsheet rows through the records\' own routes)');
      log();
      log('Organisations from a CSV file as the admin: the preview (read, plan every row) and the run (each row through `POST /v1/organisations` in process, with its audit entry), one part of 250 rows after another.');
      log();
      log('| rows | preview rows/s | run rows/s | run time |');
      log('|---|---|---|---|');
      for (const m of [small, large]) log(`| ${m.n.toLocaleString('en')} | ${m.previewRate.toFixed(0)} | **${m.runRate.toFixed(0)}** | ${(m.run / 1000).toFixed(1)} s |`);
      log();
      log(`Run rate at 5,000 rows ÷ at 1,000 rows: **${r2(large.runRate / small.runRate)}** (goal ≥ 0.8: the run stays linear, no row reads all others). At this rate 10,000 rows take about ${Math.ceil(10000 / large.runRate)} s; in AWS a run hands over to its next invocation before five minutes.`);
      log();
    }
    // ---------- Faults (issue 35) ----------
    // Last: it points the handlers' DynamoDB traffic through a fault proxy while it runs.
    for (const line of await faultTable(stack, token)) log(line);
    log(`Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await stack.stop();
  }
  writeFileSync(path.join(ROOT, 'docs', 'BENCHMARKS.md'), lines.join('\n') + '\n');
  console.log('\nwrote docs/BENCHMARKS.md');
}

/**
 * Residents' submissions (issue 28): `POST /v1/public/ideas` through the local server, alternating with
 * a public read of the same server (`GET /v1/public/areas`), 30 each. The challenges are fetched and
 * solved beforehand and are older than the 3-second minimum when sent, as a person's would be; each
 * submission comes from its own client address, so the daily limit does not refuse them.
 */
async function residentsSubmissions(apiUrl: string) {
  const { solveChallenge } = await import('altcha-lib');
  const { deriveKey } = await import('altcha-lib/algorithms/sha');
  const N = 30;
  const proofs = await Promise.all(Array.from({ length: N + 5 }, async () => {
    const challenge = await (await fetch(`${apiUrl}/public/challenge`)).json();
    return { challenge, solution: await solveChallenge({ challenge, deriveKey }) };
  }));
  await new Promise((resolve) => setTimeout(resolve, 3500));
  const submit = (i: number) => fetch(`${apiUrl}/public/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.18.${i >> 8}.${i & 255}, 198.51.100.7` },
    body: JSON.stringify({ text: `Ein Anliegen aus dem Bench, Nummer ${i}.`, theme: 'Teilhabe', quarterId: 'hamm-norden', altcha: proofs[i] }),
  }).then(async (r) => { if (r.status !== 201) throw new Error(`submission ${i}: ${r.status} ${await r.text()}`); });
  const read = () => fetch(`${apiUrl}/public/areas`).then((r) => r.text());
  for (let i = 0; i < 5; i++) (await submit(N + i), await read());
  const [sub, get]: number[][] = [[], []];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    await submit(i);
    const t1 = performance.now();
    await read();
    sub.push(t1 - t0);
    get.push(performance.now() - t1);
  }
  log('## Residents\' submissions');
  log();
  log(`\`POST /v1/public/ideas\` through the local server (challenge checked, the idea with its used challenge and the client's count of the day in one transaction), alternating with \`GET /v1/public/areas\` on the same server, ${N} each after 5 of each to warm up. The proof of work is solved beforehand, as the finder does while a person writes.`);
  log();
  log('| request | p50 | p99 | ÷ public read p50 |');
  log('|---|---|---|---|');
  log(`| submit an idea | ${ms(q(sub, 50))} | ${ms(q(sub, 99))} | **${r2(q(sub, 50) / q(get, 50))}×** |`);
  log(`| public read (areas) | ${ms(q(get, 50))} | ${ms(q(get, 99))} | 1.00× |`);
  log();
}

/** Median time from navigation to the visible login form, per start address. */
async function timeToSignInForm(base: string): Promise<Record<string, number>> {
  const { launchChromium } = await import('../support/browser.ts');
  const browser = await launchChromium();
  const out: Record<string, number> = {};
  try {
    for (const start of ['/#/login', '/', '/#/offers']) {
      const times: number[] = [];
      for (let i = 0; i < 4; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const t = performance.now();
        await page.goto(`${base}${start}`);
        await page.locator('input[name=username]').waitFor();
        if (i > 0) times.push(performance.now() - t); // the first visit warms the server's compressed copies
        await context.close();
      }
      out[start] = q(times, 50);
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** k× the seeded offers and indicators, with targets and the measurements of the compared periods. */
async function bulkData(k: number) {
  const { allSeedItems, seedData } = await import('../../shared/seed/seed.ts');
  const seed = allSeedItems(SEED_TODAY);
  const wanted = new Set(periodsNeeded('2026-10'));
  const out: Record<string, any>[] = [];
  const meta = { version: 1, createdAt: SEED_TODAY.toISOString(), updatedAt: SEED_TODAY.toISOString(), createdBy: 'bench', updatedBy: 'bench' };
  const put = (type: string, id: string, data: Record<string, any>) => {
    const def = (entities as any)[type];
    const e = { ...seedData(def, data), id, ...meta };
    out.push({ ...e, ...itemKeys(def, e), _type: type });
  };
  for (const s of seed.filter((i) => ['district', 'socialSpace', 'quarter', 'goal', 'organisation', 'user', 'centre', 'areaProfile', 'indicatorPublication'].includes(i.type))) put(s.type, s.id, s.data);
  for (let c = 0; c < k; c++) {
    for (const s of seed.filter((i) => i.type === 'offer')) put('offer', `${s.id}-${c}`, s.data);
    for (const s of seed.filter((i) => i.type === 'indicator')) put('indicator', `${s.id}-${c}`, s.data);
    for (const s of seed.filter((i) => i.type === 'target')) put('target', `${s.id}-${c}`, { ...s.data, indicatorId: `${s.data.indicatorId}-${c}` });
    for (const s of seed.filter((i) => i.type === 'measurement' && wanted.has(String(i.data.period)))) put('measurement', `${s.id}-${c}`, { ...s.data, indicatorId: `${s.data.indicatorId}-${c}` });
  }
  return out;
}

/** The JavaScript a page loads first: its module script and the chunks it preloads, in KiB. */
const kib = (n: number) => (n / 1024).toFixed(0);

function initialJs(htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const files = names.map((n) => readFileSync(path.join(ROOT, 'admin', 'dist', n)));
  return { files: files.length, names, bytes: files, raw: kib(files.reduce((n, b) => n + b.length, 0)), gzip: kib(files.reduce((n, b) => n + gzipSync(b).length, 0)) };
}

/** A document client that counts DynamoDB calls, items returned, and Scans. */
function countedClient(endpoint: string) {
  const raw = localDynamoClient(endpoint);
  const d = createDocumentClient(raw);
  const counter = { calls: 0, scans: 0, items: 0, queries: [] as Record<string, any>[] };
  d.middlewareStack.add((next, ctx) => async (args) => {
    counter.calls++;
    if (ctx.commandName === 'QueryCommand') counter.queries.push({ ...(args.input as Record<string, any>) });
    if (ctx.commandName === 'ScanCommand') counter.scans++;
    const out: any = await next(args);
    counter.items += out.output?.Count ?? (Object.values(out.output?.Responses ?? {}) as any[]).reduce((n: number, r: any[]) => n + r.length, 0) ?? 0;
    return out;
  }, { step: 'initialize', name: 'count' });
  return { raw, d, counter };
}

/** The seeded structure, offers, indicators and networks, with k× the seeded meetings and activities and their projection items. */
async function bulkWorkData(k: number) {
  const { allSeedItems, seedData } = await import('../../shared/seed/seed.ts');
  const seed = allSeedItems(SEED_TODAY);
  const out: Record<string, any>[] = [];
  const meta = { version: 1, createdAt: SEED_TODAY.toISOString(), updatedAt: SEED_TODAY.toISOString(), createdBy: 'bench', updatedBy: 'bench' };
  const put = (type: string, id: string, data: Record<string, any>) => {
    const def = (entities as any)[type];
    const e = { ...seedData(def, data), id, ...meta };
    out.push({ ...e, ...itemKeys(def, e), _type: type }, ...projectionItems(def, e));
  };
  for (const s of seed.filter((i) => ['district', 'socialSpace', 'quarter', 'goal', 'organisation', 'user', 'centre', 'offer', 'indicator', 'network'].includes(i.type))) put(s.type, s.id, s.data);
  for (let c = 0; c < k; c++) for (const s of seed.filter((i) => i.type === 'meeting' || i.type === 'activity')) put(s.type, `${s.id}-${c}`, s.data);
  return out;
}

async function bulkWrite(doc: ReturnType<typeof createDocumentClient>, table: string, items: Record<string, any>[]) {
  const chunks: Record<string, any>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < chunks.length) {
      let req: any = { [table]: chunks[next++].map((Item) => ({ PutRequest: { Item } })) };
      while (req && Object.keys(req).length) req = (await doc.send(new BatchWriteCommand({ RequestItems: req }))).UnprocessedItems;
    }
  }));
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});

