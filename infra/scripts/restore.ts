/**
 * `npm run restore -- FILE [--table NAME] [--aws]`: a backup (npm run backup) into an empty table, never
 * into one with data. Locally the table is created when it does not exist; then the counts are checked.
 */
import { parseArgs } from 'node:util';
import { manifestDifferences, manifestOf, RestoreRefused, restoreTable } from '../../shared/db/backup.ts';
import { now } from '../../shared/time/clock.ts';
import { ensureTable } from '../local/dynamodb.ts';
import { defaultTable, tableClient } from './tableClient.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { table: { type: 'string' }, aws: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) {
  console.error('✗ Which backup? npm run restore -- FILE [--table NAME] [--aws]');
  process.exit(2);
}
const table = values.table ?? defaultTable();
const { client, endpoint } = await tableClient(values.aws!);
if (endpoint) await ensureTable(endpoint, table);
try {
  const manifest = await restoreTable(client, table, file);
  const differences = manifestDifferences(manifest, await manifestOf(client, table, now()));
  if (differences.length) {
    console.error(`✗ Restored into ${table}, but it differs from the backup:\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`✓ ${manifest.items} items of ${manifest.table} (backup of ${manifest.takenAt}) restored into ${table}; counts and digests match`);
} catch (err) {
  if (!(err instanceof RestoreRefused)) throw err;
  console.error(`✗ ${err.message}`);
  process.exit(1);
} finally {
  client.destroy();
}
