/** `npm run docs`: regenerates the code-derived tables in docs/ARCHITECTURE.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fillGenerated } from '../../shared/contract/docs.ts';

const file = new URL('../../docs/ARCHITECTURE.md', import.meta.url);
writeFileSync(file, fillGenerated(readFileSync(file, 'utf8')));
console.log('docs/ARCHITECTURE.md updated');
