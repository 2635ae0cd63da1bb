/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas
 * (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses). It is a contract:
 * tests/integration/contract.test.ts sends what it allows and checks every answer against it.
 */
import * as z from 'zod';
import { entityByResource, type Item } from '../entities.ts';
import { JSON_PARAM_MAX, MAX_PAGE, routes, type Route } from './routes/index.ts';
import { Id } from '../schemas/common.ts';
import { schemasOf } from '../schemas/index.ts';
import { EXAMPLES } from './openapiExamples.ts';

const FieldError = z.object({
  pointer: z.string().meta({ description: 'JSON Pointer into the request, e.g. `/body/title`' }),
  detail: z.string(),
  code: z.string().optional().meta({ description: 'zod issue code for shape errors; `custom` marks a cross-field rule' }),
});
const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(FieldError).optional(),
  currentVersion: z.number().int().optional().meta({ description: '409 stale-version: the version now stored' }),
  permission: z.string().optional().meta({ description: '403: the permission that is missing, e.g. `offers:update`' }),
});

function schema(s: z.ZodType, io: 'input' | 'output') {
  const { $schema, ...json } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return json;
}


/** The JSON-encoded list parameters (react-admin conventions), described as JSON content. */
function listParameters(route: Route) {
  const def = route.permission ? entityByResource[route.permission.resource] : undefined;
  const fields = Object.keys((((def && schemasOf[def.type].entity) ?? route.response) as z.ZodObject | undefined)?.shape ?? {});
  const filter = route.filter
    ? schema(route.filter, 'input')
    : {
        type: 'object',
        additionalProperties: false,
        properties: {
          q: { type: 'string', maxLength: 200, description: `Free text in ${def?.searchFields.join(', ') || 'no field'}` },
          id: { type: 'array', items: schema(Id, 'input'), maxItems: MAX_PAGE, description: 'These records only (react-admin getMany)' },
          ...Object.fromEntries(fields.filter((f) => f !== 'id').map((f) => [f, { type: ['string', 'number', 'boolean'], maxLength: 100, description: `Equals (or, for a list field, contains) this value` }])),
          ...Object.fromEntries(Object.entries(route.specialFilters ?? {}).map(([k, f]) => [k, schema(f.value, 'input')])),
        },
      };
  const json = (name: string, s: unknown, description: string, example: unknown) => ({ name, in: 'query', required: false, description: `${description} At most ${JSON_PARAM_MAX} characters once JSON-encoded.`, content: { 'application/json': { schema: s, example } } });
  return [
    json('sort', { type: 'array', prefixItems: [{ enum: fields }, { enum: ['ASC', 'DESC'] }], items: { type: 'string' }, minItems: 2, maxItems: 2 }, 'JSON `[field, "ASC"|"DESC"]`', [fields.includes('name') ? 'name' : fields[0], 'ASC']),
    json('range', { type: 'array', prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }], items: { type: 'integer' }, minItems: 2, maxItems: 2 }, `JSON \`[start, end]\`, both inclusive; end ≥ start and at most ${MAX_PAGE} items (cross-field rule). The answer's Content-Range gives the total.`, [0, 24]),
    json('filter', filter, 'JSON object; unknown fields are refused (400).', route.filter ? {} : { q: 'Eltern' }),
  ];
}

function parameters(route: Route) {
  const out: Record<string, unknown>[] = [];
  const jsonParams = new Set(route.list && route.query?.shape.filter ? ['sort', 'range', 'filter'] : route.query?.shape.range && route.list ? ['range'] : []);
  for (const [where, obj] of [['path', route.params], ['query', route.query]] as const) {
    if (!obj) continue;
    for (const [name, s] of Object.entries(obj.shape)) {
      if (where === 'query' && jsonParams.has(name)) continue;
      out.push({ name, in: where, required: where === 'path' || !(s as z.ZodType).safeParse(undefined).success, schema: schema(s as z.ZodType, 'input') });
    }
  }
  if (jsonParams.size === 3) out.push(...listParameters(route));
  else if (jsonParams.has('range')) out.push(listParameters(route)[1]);
  if (route.idempotent) out.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'Partner writes: a retry with the same key returns the first response.' });
  return out;
}

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

function description(route: Route): string | undefined {
  const parts = [route.rules?.length ? `Rules beyond the schema (answered with 400, or 409 where noted):\n${route.rules.map((r) => `- ${r}`).join('\n')}` : '', route.list ? 'Lists answer with `Content-Range: <resource> <start>-<end>/<total>`.' : ''].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

export function buildOpenApi(serverUrl = '/'): Item {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const body = route.response ? (route.list ? { type: 'array', items: schema(route.response, 'output') } : schema(route.response, 'output')) : { type: 'object' };
    // A JSON media type of its own (GeoJSON) keeps the response schema; HTML and iCalendar are text.
    const ok = { description: 'OK', content: route.produces ? { [route.produces]: { schema: route.produces.endsWith('json') ? body : { type: 'string' } } } : { 'application/json': { schema: body } }, ...(route.list ? { headers: { 'Content-Range': { schema: { type: 'string' }, description: 'e.g. `offers 0-24/319`' } } } : {}) };
    const responses: Record<string, unknown> = {};
    for (const status of [route.status ?? 200, ...(route.alsoStatus ?? [])]) responses[String(status)] = { ...ok, description: status === 201 ? 'Created' : 'OK' };
    Object.assign(responses, {
      '400': problemResponse('Invalid request, field by field'),
      '431': { description: 'Request headers or query string too large' },
      '500': problemResponse('Unexpected error'),
      '503': problemResponse('Database or user directory unavailable; retry'),
    });
    if (route.auth !== 'none') Object.assign(responses, { '401': problemResponse('Not signed in, or the credentials were revoked'), '403': problemResponse('Missing permission') });
    if (route.params) responses['404'] = problemResponse('Unknown id');
    if (route.method === 'POST' || route.method === 'PUT' || route.method === 'DELETE') responses['409'] = problemResponse('Stale version, duplicate, integrity or lockout rule');
    if (route.body) Object.assign(responses, { '413': problemResponse('Body over 256 KB'), '415': problemResponse('Body is not JSON') });
    if (route.limited) responses['429'] = problemResponse('The client\'s submissions of the day are used up (ideas, survey answers and sign-ups together); a German reason in `errors`');
    for (const [status, what] of Object.entries(route.problemStatuses ?? {})) responses[status] = problemResponse(what);
    for (const status of route.pageStatuses ?? []) {
      const known = responses[String(status)] as { content?: Item } | undefined;
      responses[String(status)] = { description: 'A page saying why nothing changed', content: { ...known?.content, [route.produces!]: { schema: { type: 'string' } } } };
    }
    const example = EXAMPLES[route.operationId];
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(description(route) ? { description: description(route) } : {}),
      tags: [route.fn],
      // Alternatives: a Cognito ID token, or (partner routes) an API key in either header.
      security: route.auth === 'none' ? [] : route.auth === 'clerk' ? [{ cognito: [] }] : [{ cognito: [] }, { apiKey: [] }, { apiKeyAuthorization: [] }],
      parameters: parameters(route),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body, 'input'), ...(example ? { example } : {}) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stadtteilarbeit Hamm API',
      version: '1.0.0',
      description: [
        'Neighbourhood work (Stadtteilarbeit) of the city of Hamm: spatial structure, offers, goal indicators.',
        'Errors are RFC 9457 `application/problem+json`, field by field in `errors`. Every record carries a `version`: send the one you read with PUT; a stale one gets 409.',
        'Partner organisations authenticate with their API key (`X-Api-Key: hsk_…` or `Authorization: ApiKey hsk_…`) and may send `Idempotency-Key` on writes.',
      ].join('\n\n'),
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Problem: schema(Problem, 'output') },
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Cognito ID token of a signed-in clerk' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Partner organisation key `hsk_…`' },
        apiKeyAuthorization: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'The same partner key as `ApiKey hsk_…`' },
      },
    },
  };
}
