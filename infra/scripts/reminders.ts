/**
 * `npm run reminders -- --date 2026-11-26`: the daily reminder run the schedule does, as if it were
 * that day, against the data of a running `npm start`, into maildev. Reminders go out from five days
 * before the report day (the first working day of the next month); other days send nothing.
 */
import { parseArgs } from 'node:util';
import { REMINDER_LEAD_DAYS, runReminders } from '../../functions/reports/reminders.ts';
import { createTransport } from '../../functions/mail/mailer.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, reportDay } from '../../shared/time/workingDays.ts';
import { LOCAL_LINK_SECRET } from '../local/stack.ts';
import { connectToLocalStack } from './localRepo.ts';
import { now as clockNow } from '../../shared/time/clock.ts';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
const day = values.date ?? berlinToday(clockNow());
if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  console.error(`✗ --date must look like 2026-11-26 (got ${day})`);
  process.exit(2);
}
const { repo, inbox, close } = await connectToLocalStack();
const baseUrl = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const run = await runReminders(repo, { day, actor: 'system:cli', now: clockNow, transport: createTransport('smtp'), secret: process.env.LINK_SECRET ?? LOCAL_LINK_SECRET, baseUrl });
if (!run.month) console.log(`${day}: no reminders today. Those before the report of ${day.slice(0, 7)} (sent ${reportDay(day.slice(0, 7))}) go out from ${addDays(reportDay(day.slice(0, 7)), -REMINDER_LEAD_DAYS)}.`);
else {
  console.log(`Reminders before the report of ${run.month} (report day ${reportDay(run.month)}):`);
  for (const d of run.digests) console.log(`  ${d.recipient}: ${d.outcome === 'skipped' ? 'already sent this month' : d.outcome} (${d.kinds.join(', ')})`);
  if (!run.digests.length) console.log('  nothing open.');
  console.log(`Read them at ${inbox}`);
}
close();
