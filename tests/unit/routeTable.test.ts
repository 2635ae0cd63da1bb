/**
 * The route table names each operation once: a function's implementations are keyed by operationId,
 * so two routes with one name would run the same code (a generic CRUD name can hide a route of its own).
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../shared/contract/routes/index.ts';

describe('the route table', () => {
  it('has no operationId twice', () => {
    const seen = new Map<string, string>();
    const twice = routes.flatMap((r) => {
      const other = seen.get(r.operationId);
      seen.set(r.operationId, `${r.method} ${r.path}`);
      return other ? [`${r.operationId}: ${other} and ${r.method} ${r.path}`] : [];
    });
    expect(twice).toEqual([]);
  });
});
