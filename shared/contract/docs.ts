/**
 * Tables in docs/ARCHITECTURE.md that are generated from code (so the doc cannot drift):
 * the permission matrix, the access-pattern table and the list size bounds.
 * `npm run docs` rewrites them; a unit test fails when they are stale.
 */
import { readFileSync } from 'node:fs';
import { entities } from '../entities.ts';
import { PERMISSIONS, type Grantee } from '../policy.ts';

const GRANTEES: Grantee[] = ['admin', 'leadership', 'coordination', 'neighbourhood-management', 'prevention', 'partner'];
const SHORT: Record<string, string> = { all: 'all', space: 'own spaces', 'space-prevention': 'own spaces, prevention groups', 'own-org': 'own org', self: 'self' };

export function permissionMatrix(): string {
  const head = `| resource | action | ${GRANTEES.join(' | ')} |\n|---|---|${GRANTEES.map(() => '---').join('|')}|`;
  const rows = Object.entries(PERMISSIONS).flatMap(([resource, actions]) =>
    Object.entries(actions).map(([action, grants]) => `| ${resource} | ${action} | ${GRANTEES.map((g) => (grants?.[g] ? SHORT[grants[g]!] : '–')).join(' | ')} |`),
  );
  return [head, ...rows].join('\n');
}

export function accessPatternTable(keysSource: string = readFileSync(new URL('../db/keys.ts', import.meta.url), 'utf8')): string {
  return keysSource
    .split('\n')
    .filter((l) => /^ \* \|/.test(l))
    .map((l) => l.replace(/^ \* /, ''))
    .join('\n');
}

export function sizeBounds(): string {
  const rows = Object.values(entities).map((e) => `| /v1/${e.resource} | ${e.patterns.byParent ? `collection (2), or parent \`${e.patterns.byParent}\` (3)` : 'collection (2)'}${e.patterns.byPeriod ? `, or \`${e.patterns.byPeriod.field}\` (4)` : ''}${e.patterns.bySpaceMonth ? ', or `socialSpaceId` + `month` (14)' : ''}${e.patterns.bySpace ? ', or `socialSpaceId` (20)' : ''} | ${e.sizeBound.toLocaleString('en')} |`);
  return ['| list | partition read | designed size bound |', '|---|---|---|', ...rows].join('\n');
}

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function fillGenerated(doc: string): string {
  const parts: Record<string, string> = { permissions: permissionMatrix(), 'access-patterns': accessPatternTable(), 'size-bounds': sizeBounds() };
  return doc.replace(/<!-- generated:([\w-]+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (_m, name) => `<!-- generated:${name} -->\n${parts[name]}\n<!-- /generated:${name} -->`);
}
