/**
 * Every DynamoDB request is built in shared/db. Outside it, no module imports a value from the
 * DynamoDB SDK packages (a type is fine). The one named exception, Powertools' idempotency
 * persistence layer, builds its own requests inside its package and takes only the client.
 * Tests and the bench may reach around (they measure and inspect the real thing).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../infra/local/stack.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const SDK_IMPORT = /^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\/(lib-dynamodb|client-dynamodb)'/m;

describe('layers', () => {
  it('no module outside shared/db imports a DynamoDB command or client value', () => {
    const offenders = ['functions', 'infra', 'admin/src', 'shared']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((f) => !f.startsWith(path.join(ROOT, 'shared', 'db') + path.sep))
      .filter((f) => SDK_IMPORT.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('recognises a value import and ignores a type import', () => {
    expect(SDK_IMPORT.test("import { QueryCommand } from '@aws-sdk/lib-dynamodb';")).toBe(true);
    expect(SDK_IMPORT.test("import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';")).toBe(false);
  });
});
