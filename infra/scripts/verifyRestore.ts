/**
 * `npm run verify-restore -- --restored NAME [--live NAME] [--aws]`: after a restore drill, compares the
 * restored table with the live one, type by type (counts and content digests; shared/db/backup.ts).
 * Exits 1 and names every difference. Data written to the live table since the restore point differs
 * by design: run it against a point-in-time restore of "now", or read the differences as that.
 */
import { parseArgs } from 'node:util';
import { manifestDifferences, manifestOf } from '../../shared/db/backup.ts';
import { now } from '../../shared/time/clock.ts';
import { defaultTable, tableClient } from './tableClient.ts';

const { values } = parseArgs({ options: { restored: { type: 'string' }, live: { type: 'string' }, aws: { type: 'boolean', default: false } } });
if (!values.restored) {
  console.error('✗ Which table was restored? npm run verify-restore -- --restored NAME [--live NAME] [--aws]');
  process.exit(2);
}
const live = values.live ?? defaultTable();
const { client } = await tableClient(values.aws!);
const [expected, actual] = await Promise.all([manifestOf(client, live, now()), manifestOf(client, values.restored, now())]);
const differences = manifestDifferences(expected, actual);
client.destroy();
if (differences.length) {
  console.error(`✗ ${values.restored} differs from ${live}:\n  ${differences.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ ${values.restored} matches ${live}: ${actual.items} items, ${Object.keys(actual.counts).length} entity types, every digest equal`);
