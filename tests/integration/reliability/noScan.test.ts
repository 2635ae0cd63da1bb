/** No Scan in any request path: every GET route runs behind the guard, which itself is shown to bite. */
import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { routes } from '../../../shared/contract/routes/index.ts';
import { scanAttempts, useAdminApi } from '../../support/api.ts';

const ctx = useAdminApi();

describe('no Scan', () => {
  it('the guard refuses a Scan on the handlers’ client', async () => {
    await expect(ctx.api.repo.doc.send(new ScanCommand({ TableName: ctx.api.table }))).rejects.toThrow(/Scan is not allowed/);
    scanAttempts.length = 0;
  });

  it('no read route issues a Scan, with and without filters', async () => {
    const ids: Record<string, string> = { '/v1/indicators/{id}/series': 'ind-participation', '/v1/reports/{month}': '2026-10', '/v1/public/offers/{id}': 'offer-002' };
    for (const r of routes.filter((x) => x.method === 'GET')) {
      const path = r.path.replace('/v1', '').replace('{id}', ids[r.path] ?? 'norden').replace('{month}', '2026-10');
      for (const q of [{}, { filter: { q: 'a' }, sort: ['id', 'ASC'] }]) {
        const res = await ctx.admin.get(path, r.list ? q : undefined);
        expect(res.status, `${r.path} ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(500);
      }
    }
    expect((await ctx.admin.get('/scorecard', { month: '2026-10' })).status).toBe(200);
    expect(scanAttempts).toEqual([]);
  });
});
