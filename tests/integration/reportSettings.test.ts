/** Report settings over HTTP: admins edit the extra recipients (versioned); others may not. */
import { describe, expect, it } from 'vitest';
import { LEITUNG, useAdminApi } from '../support/api.ts';

const ctx = useAdminApi({ table: 'fresh' });

describe('report settings', () => {
  it('first save with version 0, then optimistic updates; leadership reads but cannot write', async () => {
    const { seedMinimal } = await import('../support/api.ts');
    await seedMinimal(ctx.api.repo);
    const first = await ctx.admin.get('/report-settings/default');
    expect(first.body).toMatchObject({ id: 'default', extraRecipients: [], version: 0 });
    const saved = await ctx.admin.put('/report-settings/default', { ...first.body, extraRecipients: ['dezernat@hamm.example'] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(1);
    expect((await ctx.admin.put('/report-settings/default', { ...first.body, extraRecipients: [] })).status).toBe(409);
    expect((await ctx.admin.put('/report-settings/default', { ...saved.body, extraRecipients: ['kein-mail'] })).status).toBe(400);
    const leitung = await ctx.api.as(LEITUNG);
    expect((await leitung.get('/report-settings/default')).body.extraRecipients).toEqual(['dezernat@hamm.example']);
    expect((await leitung.put('/report-settings/default', { ...saved.body, extraRecipients: [] })).status).toBe(403);
    expect((await ctx.admin.get('/report-settings/other')).status).toBe(404);
  });
});
