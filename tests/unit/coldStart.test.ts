/**
 * No function loads zod at its cold start. Evaluating zod's modules alone costs more than the whole
 * margin the bench allows over the SDK-only handler (issue 27: init ≤ 1.3×), so a function reaches
 * zod only through its contract, which loads with the first request (functions/http/wrapper.ts), or
 * through a dynamic import. The bundler's own import graph is the evidence: a chain of static
 * imports from a handler to zod fails this test and names every module on the way.
 */
import { build, type Metafile } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalModules } from '../../infra/bundling.ts';
import { ROOT } from '../../infra/local/stack.ts';
import { FUNCTION_GROUPS, type FunctionGroup } from '../../shared/contract/routes/groups.ts';

async function importGraph(fn: FunctionGroup | 'authorizer'): Promise<Metafile['inputs']> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'functions', fn, 'handler.ts')], absWorkingDir: ROOT, write: false, outdir: '/tmp/cold-start',
    bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], external: externalModules(fn), metafile: true, logLevel: 'silent',
  });
  return result.metafile.inputs;
}

/** The static-import chains from `entry` to a module whose path matches `target` (breadth first, so each chain is a shortest one). */
function staticChains(inputs: Metafile['inputs'], entry: string, target: RegExp): string[][] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const hits: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    for (const imp of inputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || imp.external || parent.has(imp.path)) continue;
      parent.set(imp.path, file);
      if (target.test(imp.path)) hits.push(imp.path);
      else queue.push(imp.path);
    }
  }
  return hits.map((hit) => {
    const chain = [hit];
    for (let p = parent.get(hit); p; p = parent.get(p)) chain.unshift(p);
    return chain;
  });
}

const ZOD = /node_modules\/zod\//;

describe('cold start', () => {
  it.each([...FUNCTION_GROUPS, 'authorizer' as const])('%s reaches zod only after its first request', async (fn) => {
    const chains = staticChains(await importGraph(fn), `functions/${fn}/handler.ts`, ZOD);
    expect(chains.map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a chain of static imports and ignores a dynamic one', () => {
    const inputs = {
      'a.ts': { bytes: 1, imports: [{ path: 'b.ts', kind: 'import-statement' as const, original: './b' }, { path: 'lazy.ts', kind: 'dynamic-import' as const, original: './lazy' }] },
      'b.ts': { bytes: 1, imports: [{ path: 'node_modules/zod/index.js', kind: 'import-statement' as const, original: 'zod' }] },
      'lazy.ts': { bytes: 1, imports: [{ path: 'node_modules/zod/v4/index.js', kind: 'import-statement' as const, original: 'zod' }] },
    };
    expect(staticChains(inputs, 'a.ts', ZOD)).toEqual([['a.ts', 'b.ts', 'node_modules/zod/index.js']]);
  });
});
