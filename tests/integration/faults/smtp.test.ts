/**
 * Issue 35, SMTP and scheduled work: the monthly report run (metric job, city-wide report, personal
 * reports) against a real SMTP server (maildev) behind a TCP fault proxy, and against DynamoDB Local
 * behind the HTTP fault proxy. A run the fault interrupts ends within a bound and records what failed;
 * the next run sends the rest; every mail arrives exactly once.
 */
import { nowMs } from '../../../shared/time/clock.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedMinimal, startApi, type Api } from '../../support/api.ts';
import { startFaultProxy, type FaultProxy } from '../../support/faultProxy.ts';
import { startTcpFaultProxy, type TcpFault, type TcpFaultProxy } from '../../support/tcpFaultProxy.ts';
import { startMaildev } from '../../../infra/local/maildev.ts';
import { freePort } from '../../../infra/local/ports.ts';
import { createTransport, type MailTransport } from '../../../functions/mail/mailer.ts';
import { runMonthlyReport } from '../../../functions/reports/monthly.ts';
import { LEASE_MS } from '../../../functions/reports/sendOnce.ts';
import { monthLabel } from '../../../shared/time/months.ts';
import { DEPENDENCY_DEADLINE_MS } from '../../../shared/dependencyLimits.ts';

const TRANSACT = { 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems' };

let api: Api;
let dynamo: FaultProxy;
let smtp: TcpFaultProxy;
let maildev: Awaited<ReturnType<typeof startMaildev>>;

beforeAll(async () => {
  maildev = await startMaildev({ smtp: await freePort(), web: await freePort() });
  smtp = await startTcpFaultProxy(maildev.smtpPort);
  dynamo = await startFaultProxy(inject('dynamoEndpoint'));
  api = await startApi({ table: 'fresh', dynamoVia: dynamo.url });
  await seedMinimal(api.repo);
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
});

afterAll(async () => {
  await api?.close();
  await dynamo?.stop();
  await smtp?.stop();
  await maildev?.stop();
});

/** A fresh transport per run, as each scheduled invocation has (over the proxy, to maildev). */
const smtpTransport = (): MailTransport => createTransport('smtp');

/** One report run as the schedule makes it; `laterMs` moves the run's clock (past a lease). */
async function run(month: string, transport: MailTransport, laterMs = 0) {
  const start = performance.now();
  const result = await runMonthlyReport(api.repo, { month, actor: 'system:schedule', transport, now: () => new Date(nowMs() + laterMs) });
  return { ms: performance.now() - start, outcomes: [result.cityWide, ...result.personal].map((r) => r.outcome) };
}

/** How many mails of `month`'s report maildev received, per subject and recipient. */
async function received(month: string): Promise<Record<string, number>> {
  const all = (await (await fetch(`${maildev.webUrl}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
  const counts: Record<string, number> = {};
  for (const m of all.filter((x) => x.subject.includes(monthLabel(month)))) {
    const key = `${m.subject} → ${m.to.map((t) => t.address).join(',')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** A transport to maildev that, once its first mail is accepted, makes the fault happen. */
function afterFirstMail(fault: () => Promise<void>): MailTransport {
  const inner = smtpTransport();
  let tripped = false;
  return {
    sendMail: async (m) => {
      const sent = await inner.sendMail(m);
      if (!tripped) {
        tripped = true;
        await fault();
      }
      return sent;
    },
  };
}

const everyOnce = (counts: Record<string, number>) => Object.fromEntries(Object.keys(counts).map((k) => [k, 1]));

describe('SMTP faults during the monthly report run', () => {
  it.each<[string, TcpFault, string]>([
    ['refuses connections', 'refuse', '2026-06'],
    ['accepts and never answers', 'hang', '2026-07'],
    ['resets the connection mid-session', { resetAfter: 40 }, '2026-08'],
  ])('when the mail server %s, the run ends within the deadline, and the next run sends every mail once', async (_, fault, month) => {
    await smtp.set(fault);
    const interrupted = await run(month, smtpTransport());
    expect(interrupted.outcomes.length).toBeGreaterThan(1);
    expect(interrupted.outcomes.every((o) => o === 'failed')).toBe(true);
    expect(interrupted.ms).toBeLessThan(DEPENDENCY_DEADLINE_MS + 3000);
    expect(await received(month)).toEqual({});

    await smtp.clear();
    const next = await run(month, smtpTransport());
    expect(next.outcomes.every((o) => o === 'sent')).toBe(true);
    const again = await run(month, smtpTransport(), LEASE_MS + 60_000);
    expect(again.outcomes.every((o) => o === 'skipped')).toBe(true);
    const counts = await received(month);
    expect(Object.keys(counts)).toHaveLength(next.outcomes.length);
    expect(counts).toEqual(everyOnce(counts));
  });
});

describe('DynamoDB faults during the monthly report run', () => {
  it('a database that fails right after the mail server accepted a mail does not send it twice', async () => {
    const month = '2026-09';
    // The first mail goes out; at that moment the database starts failing, for 1.5 s.
    const transport = afterFirstMail(async () => {
      await dynamo.set('internal', { only: TRANSACT });
      setTimeout(() => void dynamo.clear(), 1500);
    });
    const first = await run(month, transport).catch((err: Error) => ({ ms: 0, outcomes: [`threw: ${err.message}`] }));
    await dynamo.clear();
    // The next scheduled run, after any claim's lease ran out.
    const next = await run(month, smtpTransport(), LEASE_MS + 60_000);
    expect({ first: first.outcomes.every((o) => o === 'sent'), next: next.outcomes.every((o) => o === 'skipped') }).toEqual({ first: true, next: true });
    const counts = await received(month);
    expect(Object.keys(counts)).toHaveLength(next.outcomes.length);
    expect(counts).toEqual(everyOnce(counts));
  });

  it('a database that fails before a claim interrupts the run; the next run completes it, each mail once', async () => {
    const month = '2026-10';
    // Reads hang from now on (the outcome of this mail is a write, and goes through): the run
    // stops before its next claim, with what it sent recorded.
    const transport = afterFirstMail(() => dynamo.set('hang', { only: { 'x-amz-target': 'DynamoDB_20120810.GetItem' } }));
    const start = performance.now();
    const first = await run(month, transport).then(() => 'completed', (err: Error) => `threw: ${err.constructor.name}`);
    const ms = performance.now() - start;
    await dynamo.clear();
    const next = await run(month, smtpTransport());
    const counts = await received(month);
    expect({ first, bounded: ms < 3 * DEPENDENCY_DEADLINE_MS, nextSent: next.outcomes.includes('sent') }).toEqual({ first: 'threw: UnavailableError', bounded: true, nextSent: true });
    expect(Object.keys(counts)).toHaveLength(next.outcomes.length);
    expect(counts).toEqual(everyOnce(counts));
  }, 40000);
});
