/** GET /v1/openapi.json is valid OpenAPI 3.1 and covers every route of the route table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { routes } from '../../shared/contract/routes/index.ts';
import { startApi, type Api } from '../support/api.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi({ table: 'seeded' });
});
afterAll(() => api.close());

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and lists every route with its operationId', async () => {
    const res = await api.anonymous.get('/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    for (const r of routes) {
      const op = doc.paths[r.path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op.operationId).toBe(r.operationId);
      expect(op.security).toEqual(r.auth === 'none' ? [] : expect.arrayContaining([{ cognito: [] }]));
    }
    const count = Object.values(doc.paths).reduce((n: number, p: any) => n + Object.keys(p).length, 0);
    expect(count).toBe(routes.length);
  });

  it('derives request schemas from zod, rejecting unknown fields', async () => {
    const doc = (await api.anonymous.get('/openapi.json')).body;
    const schema = doc.paths['/v1/offers'].post.requestBody.content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'organisationId', 'socialSpaceIds', 'themes', 'targetGroups']));
    // Each tenant has its own themes: the document describes a theme, the request's tenant decides which.
    expect(schema.properties.themes.items).toMatchObject({ type: 'string', minLength: 1, maxLength: 60, description: expect.stringMatching(/tenant's themes.*GET \/v1\/public\/areas/) });
    expect(schema.properties.targetGroups.items.enum).toContain('unemployed');
  });
});
