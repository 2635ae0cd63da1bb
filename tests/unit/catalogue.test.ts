/**
 * Every text of the admin UI comes from the message catalogue: no label, title or choice name
 * is written in German (or any language) inside a component.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../infra/local/stack.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** label="…", title="…", name: '…' whose value is words rather than a catalogue key. */
const LITERAL = /\b(?:label|title|placeholder|helperText|emptyText)="([^"{}]*[A-Za-zÄÖÜäöüß]{2}[^"{}]*)"|name: '([^']*[äöüßÄÖÜ][^']*)'/g;
const isKey = (s: string) => /^(app|ra|resources)\.[\w.-]+$/.test(s);
/** Names, not texts: the same in every language. */
const PROPER_NAMES = new Set(['Stadtteilarbeit Hamm']);

describe('admin texts', () => {
  it('are catalogue keys, not literals, outside admin/src/i18n', () => {
    const found: string[] = [];
    for (const file of sources(path.join(ROOT, 'admin', 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(LITERAL)) {
        const text = m[1] ?? m[2];
        if (!isKey(text) && !PROPER_NAMES.has(text)) found.push(`${path.relative(ROOT, file)}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
