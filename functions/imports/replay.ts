/**
 * Writes one planned row through the API route that writes such records by hand, in this process:
 * the route's own handler (functions/<group>/handler.ts) with its validation, hooks, permission
 * check, version check and audit entry, exactly as a clerk's POST or PUT. The importing person is
 * the principal; `via` names the file and row in the audit entry. Nothing of this reaches the
 * network, and API Gateway never passes `via` (only our authorizer's context gets there).
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { API_BASE, matchRoute, type FunctionGroup } from '../../shared/contract/routes/index.ts';
import type { Item } from '../../shared/entities.ts';
import type { Principal } from '../../shared/policy.ts';
import type { Write } from './plan.ts';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** The groups whose records a spreadsheet fills (listed, so that the bundler includes exactly these). */
const GROUP_HANDLERS: Partial<Record<FunctionGroup, () => Promise<{ handler: Handler }>>> = {
  offers: () => import('../offers/handler.ts'),
  organisations: () => import('../organisations/handler.ts'),
  spatial: () => import('../spatial/handler.ts'),
  networks: () => import('../networks/handler.ts'),
  planning: () => import('../planning/handler.ts'),
  indicators: () => import('../indicators/handler.ts'),
};

export interface Replayed {
  status: number;
  body: Item;
}

function context(): Context {
  return {
    functionName: 'import-replay',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:import-replay',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: 'import-replay',
    logStreamName: 'import-replay',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export async function replay(resource: string, write: Write, principal: Principal, via: string): Promise<Replayed> {
  const path = write.method === 'POST' ? `${API_BASE}/${resource}` : `${API_BASE}/${resource}/${encodeURIComponent(write.id)}`;
  const match = matchRoute(write.method, path);
  const load = match && GROUP_HANDLERS[match.route.fn];
  if (!match || !load) throw new Error(`No importable route ${write.method} ${path}`);
  const { handler } = await load();
  const event = {
    resource: match.route.path,
    path,
    httpMethod: write.method,
    headers: { 'content-type': 'application/json' },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: Object.keys(match.params).length ? match.params : null,
    stageVariables: null,
    body: JSON.stringify(write.body),
    isBase64Encoded: false,
    requestContext: { authorizer: { principal: JSON.stringify(principal), via }, requestId: randomUUID(), httpMethod: write.method, path, resourcePath: match.route.path, stage: 'import' },
  } as unknown as APIGatewayProxyEvent;
  const res = await handler(event, context());
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : {} };
}
