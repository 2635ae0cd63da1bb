/**
 * `npm run backup [-- --out FILE] [--table NAME] [--aws]`: the whole table into one compressed file with
 * a manifest of counts per entity type (shared/db/backup.ts). Locally from the running `npm start`.
 */
import { parseArgs } from 'node:util';
import { backupTable } from '../../shared/db/backup.ts';
import { now } from '../../shared/time/clock.ts';
import { defaultTable, tableClient } from './tableClient.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, table: { type: 'string' }, aws: { type: 'boolean', default: false } } });
const table = values.table ?? defaultTable();
const at = now();
const file = values.out ?? `backup-${table}-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.ndjson.gz`;
const { client } = await tableClient(values.aws!);
const manifest = await backupTable(client, table, file, at);
console.log(`✓ ${manifest.items} items of ${table} written to ${file}`);
for (const [type, n] of Object.entries(manifest.counts)) console.log(`  ${type}: ${n}`);
client.destroy();
