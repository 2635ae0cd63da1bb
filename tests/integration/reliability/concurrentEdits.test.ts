/** 20 clients edit the same offer: exactly one wins per version, and with retries no update is lost. */
import { describe, expect, it } from 'vitest';
import { offerBody, useAdminApi } from '../../support/api.ts';

const ctx = useAdminApi();

describe('concurrent edits', () => {
  it('exactly one of 20 writers with the same version wins', async () => {
    const offer = (await ctx.admin.post('/offers', offerBody())).body;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => ctx.admin.put(`/offers/${offer.id}`, { ...offer, title: `Schreiber ${i}` })));
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    const stored = (await ctx.admin.get(`/offers/${offer.id}`)).body;
    expect(stored.version).toBe(2);
    expect(stored.title).toBe(won[0].body.title);
  });

  it('read-modify-write with retry on 409: all 19 concurrent changes survive (the offer allows 20 languages)', async () => {
    const offer = (await ctx.admin.post('/offers', offerBody({ languages: ['de'] }))).body;
    const codes = ['en', 'fr', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'it', 'es', 'pt', 'el', 'fa', 'ku', 'sq', 'bs', 'hr', 'sr', 'bg'];
    await Promise.all(
      codes.map(async (code) => {
        for (let attempt = 0; attempt < 200; attempt++) {
          const current = (await ctx.admin.get(`/offers/${offer.id}`)).body;
          const res = await ctx.admin.put(`/offers/${offer.id}`, { ...current, languages: [...current.languages, code] });
          if (res.status === 200) return;
          expect(res.status).toBe(409);
        }
        throw new Error(`${code} never got through`);
      }),
    );
    const stored = (await ctx.admin.get(`/offers/${offer.id}`)).body;
    expect([...stored.languages].sort()).toEqual(['de', ...codes].sort());
    expect(stored.version).toBe(codes.length + 1);
    const audit = await ctx.admin.get('/audit-events', { filter: { entityType: 'offer', entityId: offer.id }, range: [0, 99] });
    expect(audit.body.map((e: any) => e.version).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: codes.length + 1 }, (_, i) => i + 1));
  });
});
