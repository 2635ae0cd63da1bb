/** Every error status of the API is RFC 9457 problem+json, field by field where it can be. */
import { describe, expect, it } from 'vitest';
import { offerBody, useAdminApi, type Res } from '../support/api.ts';

const ctx = useAdminApi();

function expectProblem(res: Res, status: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
}

describe('problem+json errors', () => {
  it('400 for invalid JSON', async () => {
    const res = await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title": ' });
    expectProblem(res, 400);
    expect(res.body.detail).toMatch(/Invalid JSON/);
  });

  it('400 with field errors for a schema violation, and unknown fields rejected', async () => {
    const res = await ctx.admin.post('/offers', offerBody({ minAge: 10, maxAge: 5, themes: ['Astrologie'], colour: 'blau' }));
    expectProblem(res, 400);
    const pointers = res.body.errors.map((e: any) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/themes/0', '/body/colour']));
    // the cross-field rule runs only once the shape is valid
    const ages = await ctx.admin.post('/offers', offerBody({ minAge: 10, maxAge: 5 }));
    expect(ages.body.errors).toEqual([{ pointer: '/body/maxAge', detail: 'Höchstalter liegt unter dem Mindestalter', code: 'custom' }]);
  });

  it('400 for a missing body, a body on GET-like routes, and bad list parameters', async () => {
    expectProblem(await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'application/json' } }), 400);
    expectProblem(await ctx.admin.get('/offers', { sort: '["title","UP"]' }), 400);
    expectProblem(await ctx.admin.get('/offers', { range: '[10,2]' }), 400);
    expectProblem(await ctx.admin.get('/offers', { filter: '{"colour":"blau"}' }), 400);
    expectProblem(await ctx.admin.get('/offers', { filter: 'nope' }), 400);
    expectProblem(await ctx.admin.get('/offers', { sort: '["colour","ASC"]' }), 400);
    expectProblem(await ctx.admin.get('/offers', { page: '2' }), 400);
  });

  it('401 without or with bad credentials', async () => {
    expectProblem(await ctx.api.anonymous.get('/offers'), 401);
    expectProblem(await ctx.api.withKey('hsk_nonsense').get('/offers'), 401);
    const forged = { Authorization: 'Bearer aaa.bbb.ccc' };
    expectProblem(await ctx.api.anonymous.raw('/offers', { headers: forged }), 401);
  });

  it('404 for an unknown id and an unknown route; 405 for a known path with another method', async () => {
    expectProblem(await ctx.admin.get('/offers/nicht-da'), 404);
    expectProblem(await ctx.admin.put('/offers/nicht-da', { ...offerBody(), version: 1 }), 404);
    expectProblem(await ctx.admin.get('/nirgendwo'), 404);
    expectProblem(await ctx.admin.raw('/health', { method: 'DELETE' }), 405);
  });

  it('409 for a stale version, with the current version, and nothing is overwritten', async () => {
    const created = (await ctx.admin.post('/offers', offerBody())).body;
    const first = await ctx.admin.put(`/offers/${created.id}`, { ...created, title: 'Erste Änderung' });
    expect(first.status).toBe(200);
    const stale = await ctx.admin.put(`/offers/${created.id}`, { ...created, title: 'Verlorene Änderung' });
    expectProblem(stale, 409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await ctx.admin.get(`/offers/${created.id}`)).body.title).toBe('Erste Änderung');
  });

  it('409 for a duplicate natural key and for integrity rules', async () => {
    const dup = await ctx.admin.post('/users', { email: 'ADMIN@hamm.example', name: 'Doppelt' });
    expectProblem(dup, 409);
    expect(dup.body.errors).toEqual([{ pointer: '/body/email', detail: 'bereits vergeben' }]);
    const spaceWithQuarters = await ctx.admin.del('/social-spaces/norden');
    expectProblem(spaceWithQuarters, 409);
    const missingRef = await ctx.admin.post('/offers', offerBody({ organisationId: 'gibt-es-nicht' }));
    expectProblem(missingRef, 409);
    expect(missingRef.body.errors[0].pointer).toBe('/body/organisationId');
    const wrongQuarter = await ctx.admin.post('/offers', offerBody({ quarterIds: ['city'] }));
    expectProblem(wrongQuarter, 409);
    const wrongDistrict = await ctx.admin.post('/quarters', { name: 'X', socialSpaceId: 'norden', districtId: 'rhynern' });
    expectProblem(wrongDistrict, 409);
  });

  it('413 for a body over 256 KB', async () => {
    const res = await ctx.admin.post('/offers', offerBody({ description: 'x'.repeat(300 * 1024) }));
    expectProblem(res, 413);
  });

  it('415 for a non-JSON body', async () => {
    expectProblem(await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'title=x' }), 415);
    expectProblem(await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'title=x' }), 415);
  });

  it('400 for invalid UTF-8 and for JSON nested too deep', async () => {
    const bad = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expectProblem(await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bad }), 400);
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expectProblem(await ctx.admin.raw('/offers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep }), 400);
  });

  it('measurements must fit their indicator: period form and bounds', async () => {
    const res = await ctx.admin.post('/measurements', { indicatorId: 'ind-kita-rate', socialSpaceId: 'mitte', period: '2031-05', value: 140 });
    expectProblem(res, 400);
    expect(res.body.errors.map((e: any) => e.pointer).sort()).toEqual(['/body/period', '/body/value']);
  });

  it('every response carries a correlation id, echoed when the caller sends one', async () => {
    const res = await ctx.admin.raw('/offers/nicht-da', { headers: { 'X-Correlation-Id': 'trace-123' } });
    expect(res.headers.get('x-correlation-id')).toBe('trace-123');
    expect(res.body.correlationId).toBe('trace-123');
  });
});
