/** docs/ARCHITECTURE.md prints the permission matrix and access patterns exactly as the code has them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillGenerated } from '../../shared/contract/docs.ts';

describe('architecture doc', () => {
  it('is up to date with the code (run `npm run docs` if not)', () => {
    const doc = readFileSync(new URL('../../docs/ARCHITECTURE.md', import.meta.url), 'utf8');
    expect(doc).toContain('<!-- generated:permissions -->');
    expect(doc).toContain('<!-- generated:access-patterns -->');
    expect(doc).toContain('<!-- generated:size-bounds -->');
    expect(fillGenerated(doc)).toBe(doc);
  });
});
