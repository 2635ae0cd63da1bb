/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas
 * (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import { routes, type Route } from './routes.ts';

const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
});

function schema(s: z.ZodType, io: 'input' | 'output') {
  const { $schema, ...json } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return json;
}

function parameters(route: Route) {
  const out: Record<string, unknown>[] = [];
  for (const [where, obj] of [['path', route.params], ['query', route.query]] as const) {
    if (!obj) continue;
    for (const [name, s] of Object.entries(obj.shape)) {
      out.push({ name, in: where, required: where === 'path' || !(s as z.ZodType).safeParse(undefined).success, schema: schema(s as z.ZodType, 'input') });
    }
  }
  if (route.idempotent) out.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'Partner writes: a retry with the same key returns the first response.' });
  return out;
}

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

export function buildOpenApi(serverUrl = '/'): Record<string, any> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path;
    const ok = route.response
      ? { description: 'OK', content: { 'application/json': { schema: route.list ? { type: 'array', items: schema(route.response, 'output') } : schema(route.response, 'output') } }, ...(route.list ? { headers: { 'Content-Range': { schema: { type: 'string' }, description: 'e.g. `offers 0-24/319`' } } } : {}) }
      : { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } };
    const responses: Record<string, unknown> = { [String(route.status ?? 200)]: ok, '400': problemResponse('Invalid request'), '500': problemResponse('Unexpected error'), '503': problemResponse('Database unavailable') };
    if (route.auth !== 'none') Object.assign(responses, { '401': problemResponse('Not signed in'), '403': problemResponse('Missing permission') });
    if (route.params) responses['404'] = problemResponse('Unknown id');
    if (route.method === 'POST' || route.method === 'PUT' || route.method === 'DELETE') responses['409'] = problemResponse('Stale version, duplicate or integrity rule');
    if (route.body) Object.assign(responses, { '413': problemResponse('Body over 256 KB'), '415': problemResponse('Body is not JSON') });
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.fn],
      ...(route.auth === 'none' ? { security: [] } : { security: route.auth === 'clerk' ? [{ cognito: [] }] : [{ cognito: [] }, { apiKey: [] }] }),
      parameters: parameters(route),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Stadtteilarbeit Hamm API', version: '1.0.0', description: 'Neighbourhood work (Stadtteilarbeit) of the city of Hamm: spatial structure, offers, goal indicators.' },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Problem: schema(Problem, 'output') },
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Cognito ID token' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Partner organisation key' },
      },
    },
  };
}
