/**
 * `npm run report -- --month 2026-10 [--force]`: computes the computed indicators, then computes and sends the monthly report through
 * the same code the schedule runs, against the data of a running `npm start`, into maildev.
 */
import { parseArgs } from 'node:util';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { isMonth, previousMonth } from '../../shared/months.ts';
import { deliverReport } from '../../functions/reports/deliver.ts';
import { computeClosingMonth } from '../../shared/metrics/job.ts';
import { createTransport } from '../../functions/reports/mailer.ts';
import { portInUse } from '../local/ports.ts';

const { values } = parseArgs({ options: { month: { type: 'string' }, force: { type: 'boolean', default: false } } });
const month = values.month ?? previousMonth(new Date());
if (!isMonth(month)) {
  console.error(`✗ --month must look like 2026-10 (got ${month})`);
  process.exit(2);
}
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);
const smtpPort = Number(process.env.SMTP_PORT ?? 1025);
for (const [port, what] of [[dynamoPort, 'DynamoDB Local'], [smtpPort, 'maildev SMTP']] as const) {
  if (!(await portInUse(port))) {
    console.error(`✗ ${what} is not running on port ${port}. Start the system first: npm start`);
    process.exit(1);
  }
}
const endpoint = `http://127.0.0.1:${dynamoPort}`;
const raw = localDynamoClient(endpoint);
const repo = new Repository(createDocumentClient(raw), process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT);
process.env.SMTP_PORT = String(smtpPort);
// As the schedule does: computed indicators first.
const computed = await computeClosingMonth(repo, month);
console.log(`Computed ${Object.keys(computed).length} indicator(s) for ${month}`);
const result = await deliverReport(repo, { month, force: values.force, actor: 'system:cli', transport: createTransport('smtp'), extraRecipients: (process.env.REPORT_EXTRA_RECIPIENTS ?? '').split(',').filter(Boolean) });
console.log(`Report ${month}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}${result.recipients ? ` → ${result.recipients.join(', ')}` : ''}`);
if (result.outcome === 'skipped') console.log('Already sent for this month; add --force to send it again.');
console.log(`Read it at http://localhost:${process.env.MAILDEV_WEB_PORT ?? 1080}/`);
raw.destroy();
