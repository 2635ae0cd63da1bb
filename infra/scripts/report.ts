/**
 * `npm run report -- --month 2026-10 [--force]`: the monthly report run the schedule does (metric
 * job, city-wide report, personal reports), against the data of a running `npm start`, into maildev.
 */
import { parseArgs } from 'node:util';
import { isMonth, previousMonth } from '../../shared/time/months.ts';
import { runMonthlyReport } from '../../functions/reports/monthly.ts';
import { createTransport } from '../../functions/mail/mailer.ts';
import { connectToLocalStack } from './localRepo.ts';
import { now } from '../../shared/time/clock.ts';

const { values } = parseArgs({ options: { month: { type: 'string' }, force: { type: 'boolean', default: false } } });
const month = values.month ?? previousMonth(now());
if (!isMonth(month)) {
  console.error(`✗ --month must look like 2026-10 (got ${month})`);
  process.exit(2);
}
const { repo, inbox, close } = await connectToLocalStack();
const { cityWide, personal } = await runMonthlyReport(repo, { month, force: values.force, actor: 'system:cli', transport: createTransport('smtp'), extraRecipients: (process.env.REPORT_EXTRA_RECIPIENTS ?? '').split(',').filter(Boolean) });
console.log(`Report ${month}: ${cityWide.outcome}${cityWide.reason ? ` (${cityWide.reason})` : ''}${cityWide.recipients ? ` → ${cityWide.recipients.join(', ')}` : ''}`);
console.log(`Personal reports: ${personal.filter((p) => p.outcome === 'sent').length} sent, ${personal.filter((p) => p.outcome === 'skipped').length} already sent, ${personal.filter((p) => p.outcome === 'failed').length} failed`);
if (cityWide.outcome === 'skipped') console.log('Already sent for this month; add --force to send it again.');
console.log(`Read it at ${inbox}`);
close();
