/**
 * The local stand-in for API Gateway. For each request it finds the route in the one route
 * table, runs the one authorizer (as API Gateway would), builds the same REST proxy event the
 * Lambda gets and calls the same function handler. It also serves /config.json and the built
 * admin UI. There is no second implementation of any route here.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { handler as authorizer } from '../../functions/authorizer/handler.ts';
import { problemHeaders, toProblem } from '../../functions/http/problem.ts';
import { CORS_ORIGINS } from '../../functions/http/wrapper.ts';
import { API_BASE, CORS_ALLOWED_HEADERS, FUNCTION_GROUPS, matchRoute, methodsOf, type FunctionGroup, type Route } from '../../shared/contract/routes/index.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';
import { querystringOf, viewerRequest } from '../stacks/viewerRequest.ts';
import { PHOTO_PATH } from '../../shared/media/photoUrl.ts';
import { getPhoto, PHOTO_CACHE_CONTROL } from '../../shared/media/photoStore.ts';

type LambdaHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface LocalServerOptions {
  port: number;
  host?: string;
  /** Built admin UI (admin/dist); served with an SPA fallback. */
  staticDir?: string;
  /** Served as /config.json (the same file CDK deploys beside the UI). */
  config: Record<string, unknown>;
}

/** Bodies above this never reach a handler: API Gateway's own limit. Each route's is checked by the wrapper. */
const HARD_BODY_LIMIT = 10 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const handlers = new Map<FunctionGroup, Promise<LambdaHandler>>();

function handlerOf(fn: FunctionGroup): Promise<LambdaHandler> {
  if (!handlers.has(fn)) handlers.set(fn, import(`../../functions/${fn}/handler.ts`).then((m) => m.handler as LambdaHandler));
  return handlers.get(fn)!;
}

function context(fn: string): Context {
  const start = performance.now();
  return {
    functionName: `local-${fn}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:local-${fn}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/local-${fn}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, 29000 - (performance.now() - start)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function problemResponse(res: http.ServerResponse, err: unknown, instance: string, headers: http.OutgoingHttpHeaders = {}) {
  const { body } = toProblem(err);
  body.instance = instance;
  res.writeHead(body.status, { ...problemHeaders(body.status), ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > HARD_BODY_LIMIT) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function setOwn<T>(target: Record<string, T>, key: string, value: T) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function toEvent(req: http.IncomingMessage, url: URL, route: Route, params: Record<string, string>, body: Buffer): APIGatewayProxyEvent {
  // Own properties only, as API Gateway's JSON gives them: a parameter named `toString` or
  // `__proto__` is data, never the prototype's.
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const [k, v] = [req.rawHeaders[i], req.rawHeaders[i + 1]];
    setOwn(headers, k, v);
    setOwn(multiValueHeaders, k, [...(Object.hasOwn(multiValueHeaders, k) ? multiValueHeaders[k] : []), v]);
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) {
    setOwn(query, k, v);
    setOwn(multiQuery, k, [...(Object.hasOwn(multiQuery, k) ? multiQuery[k] : []), v]);
  }
  let text: string | null = null;
  let isBase64Encoded = false;
  if (body.length) {
    try {
      text = utf8.decode(body);
    } catch {
      text = body.toString('base64');
      isBase64Encoded = true;
    }
  }
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: req.method!,
    headers,
    multiValueHeaders,
    queryStringParameters: Object.keys(query).length ? query : null,
    multiValueQueryStringParameters: Object.keys(multiQuery).length ? multiQuery : null,
    pathParameters: Object.keys(params).length ? params : null,
    stageVariables: null,
    body: text,
    isBase64Encoded,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: null,
      httpMethod: req.method!,
      identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1' } as any,
      path: url.pathname,
      protocol: 'HTTP/1.1',
      requestId: randomUUID(),
      requestTimeEpoch: nowMs(),
      resourceId: 'local',
      resourcePath: route.path,
      stage: 'local',
    },
  };
}

async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  if (req.method === 'OPTIONS') {
    const origin = req.headers.origin;
    // A preflight from anywhere else gets no CORS headers, so the browser refuses the call.
    if (!origin || !CORS_ORIGINS.includes(origin)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Origin' });
      return res.end('Origin not allowed');
    }
    res.writeHead(204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      Vary: 'Origin',
      'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
      'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    return res.end();
  }
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (!match) {
    const { problems } = await import('../../functions/http/problem.ts');
    const allowed = methodsOf(url.pathname);
    if (!allowed.length) return problemResponse(res, problems.notFound(`No route ${req.method} ${url.pathname}`), url.pathname);
    const allow = [...allowed, 'OPTIONS'].join(', ');
    return problemResponse(res, problems.methodNotAllowed(`${req.method} is not supported on ${url.pathname}; allowed: ${allow}`), url.pathname, { Allow: allow });
  }
  const body = await readBody(req);
  if (body === 'too-large') {
    const { problems } = await import('../../functions/http/problem.ts');
    return problemResponse(res, problems.tooLarge(HARD_BODY_LIMIT), url.pathname);
  }
  const event = toEvent(req, url, match.route, match.params, body);
  // Like API Gateway with TTL 0: the authorizer runs for every protected request (it keeps its
  // own short principal cache, the same code in AWS).
  if (match.route.auth !== 'none') {
    try {
      const result = await authorizer({ type: 'REQUEST', methodArn: `arn:aws:execute-api:local:000000000000:local/local/${req.method}${match.route.path}`, headers: event.headers, resource: match.route.path, path: event.path, httpMethod: event.httpMethod } as any);
      event.requestContext.authorizer = { principalId: result.principalId, ...result.context };
    } catch (err) {
      if (err instanceof Error && err.message === 'Unauthorized') {
        const { problems } = await import('../../functions/http/problem.ts');
        return problemResponse(res, problems.unauthorized('Missing, invalid, expired or revoked credentials'), url.pathname);
      }
      return problemResponse(res, err, url.pathname);
    }
  }
  const fn = await handlerOf(match.route.fn);
  const result = await fn(event, context(match.route.fn));
  res.writeHead(result.statusCode, result.headers as http.OutgoingHttpHeaders);
  res.end(result.body);
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2' };

/** Built files in memory with their brotli and gzip forms (made once per file and process). */
const staticCache = new Map<string, { raw: Buffer; br: Buffer; gzip: Buffer }>();
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.ico']);

function encoded(file: string) {
  let hit = staticCache.get(file);
  if (!hit) {
    const raw = readFileSync(file);
    // Brotli quality 5: a fraction of a second for the whole bundle, most of quality 11's gain.
    hit = { raw, br: brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }), gzip: gzipSync(raw, { level: 6 }) };
    staticCache.set(file, hit);
  }
  return hit;
}

/**
 * The built admin UI, as CloudFront serves it in AWS: compressed (brotli or gzip, as the browser
 * accepts), hashed assets cached for a year, index.html always revalidated, the SPA's index.html
 * for app routes, and a plain 404 for a missing file (never the app's HTML in place of an icon).
 */
function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL, dir: string | undefined) {
  if (!dir || !existsSync(path.join(dir, 'index.html'))) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('The admin UI is not built. Run `npm run build:admin` (npm start does this).');
  }
  const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(dir, rel);
  // A folder with its own page (the finder at /angebote/), as CloudFront serves it.
  if (file.startsWith(dir) && existsSync(path.join(file, 'index.html')) && rel !== path.sep && rel !== '.') {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = path.join(file, 'index.html');
  }
  const found = file.startsWith(dir) && existsSync(file) && !statSync(file).isDirectory();
  if (!found && path.extname(rel)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  if (!found) file = path.join(dir, 'index.html');
  const ext = path.extname(file);
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  };
  const body = encoded(file);
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accepts)) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'br' });
    return res.end(body.br);
  }
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accepts)) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
    return res.end(body.gzip);
  }
  res.writeHead(200, headers);
  res.end(body.raw);
}

/**
 * The public pages' photos, as CloudFront serves them from their bucket in AWS: from the photo
 * folder, through the one store (shared/media/photoStore.ts), which refuses any other path.
 */
async function servePhoto(res: http.ServerResponse, url: URL) {
  const [, , tenant, key] = url.pathname.split('/');
  const photo = await getPhoto(tenant ?? '', key ?? '').catch(() => undefined);
  if (!photo) return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  res.writeHead(200, { 'Content-Type': photo.contentType, 'Cache-Control': PHOTO_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' });
  res.end(photo.bytes);
}

/**
 * What CloudFront does before any origin sees the request, by the very function it runs
 * (infra/stacks/viewerRequest.ts): a redirect, or the request with its public address noted and the
 * `/t/<tenant>` prefix gone. Returns false when it has answered.
 */
function atEdge(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
  const result = viewerRequest({ request: { uri: url.pathname, headers: { host: { value: req.headers.host ?? '' } }, querystring: querystringOf(url.search) } });
  if ('statusCode' in result) {
    res.writeHead(result.statusCode, { Location: result.headers.location.value });
    res.end();
    return false;
  }
  url.pathname = result.uri;
  const address = result.headers[PUBLIC_ADDRESS_HEADER].value;
  // The viewer's own value never passes (as at the CDN); the handlers read the raw headers.
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() !== PUBLIC_ADDRESS_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw, PUBLIC_ADDRESS_HEADER, address);
  req.headers[PUBLIC_ADDRESS_HEADER] = address;
  return true;
}

export async function startLocalServer(opts: LocalServerOptions): Promise<{ url: string; server: http.Server; close(): Promise<void> }> {
  // Warm the handlers so the first request is not a cold import.
  await Promise.all(FUNCTION_GROUPS.map((fn) => handlerOf(fn).catch(() => undefined)));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!atEdge(req, res, url)) return;
    const work =
      url.pathname === API_BASE || url.pathname.startsWith(`${API_BASE}/`)
        ? serveApi(req, res, url)
        : url.pathname.startsWith(`${PHOTO_PATH}/`)
          ? servePhoto(res, url)
        : url.pathname === '/config.json'
          ? Promise.resolve(res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(JSON.stringify(opts.config)))
          : Promise.resolve(serveStatic(req, res, url, opts.staticDir));
    work.catch((err) => {
      if (!res.headersSent) problemResponse(res, err, url.pathname);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const url = `http://${opts.host ?? '127.0.0.1'}:${(server.address() as any).port}`;
  return {
    url,
    server,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
