/**
 * Exactly-once delivery of the monthly report. EventBridge Scheduler delivers at least once, so:
 *  1. claim the month's report item (pattern 11) with a conditional write: only when it does not
 *     exist, when the last attempt failed, when a crashed attempt's lease ran out, or with `force`
 *     on a sent report. A concurrent or retried invocation loses the claim and does nothing.
 *  2. send; 3. record `sent` (message id) or `failed`, only if our attempt still holds the claim.
 * Every state change is one transaction with its audit entry (shared/db/reportStore.ts).
 */
import type { Transporter } from 'nodemailer';
import { ulid } from 'ulid';
import type { Repository } from '../../shared/db/repository.ts';
import { claimReport, recordReportOutcome } from '../../shared/db/reportStore.ts';
import { entities } from '../../shared/entities.ts';
import { REPORT_SETTINGS_ID } from '../../shared/schemas/reportSettings.ts';
import { computeReport, type ReportData } from './compute.ts';
import { monthLabel, renderCsv, renderHtml, renderText } from './render.ts';

export const LEASE_MS = 5 * 60 * 1000;

export interface DeliveryResult {
  month: string;
  outcome: 'sent' | 'skipped' | 'failed';
  reason?: string;
  messageId?: string;
  recipients?: string[];
}

export interface DeliveryOptions {
  month: string;
  force?: boolean;
  actor: string;
  now?: () => Date;
  transport: Transporter;
  from?: string;
  extraRecipients?: string[];
}

/** Leadership users (active, not opted out), the admin-managed list, and the deployment's fixed list. */
export async function recipientsFor(repo: Repository, extra: string[] = []): Promise<string[]> {
  const [users, settings] = await Promise.all([repo.listAll(entities.user), repo.find(entities.reportSettings, REPORT_SETTINGS_ID)]);
  extra = [...extra, ...(settings?.extraRecipients ?? [])];
  const leaders = users.filter((u) => u.active !== false && u.receivesReport !== false && u.assignments?.some((a: any) => a.role === 'leadership')).map((u) => u.email);
  return [...new Set([...leaders, ...extra.map((e) => e.trim().toLowerCase()).filter(Boolean)])].sort();
}

export async function deliverReport(repo: Repository, opts: DeliveryOptions): Promise<DeliveryResult> {
  const now = opts.now ?? (() => new Date());
  const { month } = opts;
  const data: ReportData = await computeReport(repo, month, now());
  const recipients = await recipientsFor(repo, opts.extraRecipients);
  if (!recipients.length) return { month, outcome: 'skipped', reason: 'no recipients' };
  const html = renderHtml(data);
  const at = now().toISOString();
  const attempt = ulid();

  // 1. Claim.
  const claimedVersion = await claimReport(repo, { month, attempt, actor: opts.actor, at, leaseUntil: new Date(now().getTime() + LEASE_MS).toISOString(), force: Boolean(opts.force), recipients, snapshot: data, html });
  if (claimedVersion === undefined) return { month, outcome: 'skipped', reason: 'already sent or being sent' };

  // 2. Send.
  let messageId: string | undefined;
  let failure: string | undefined;
  try {
    const from = opts.from ?? process.env.MAIL_FROM ?? 'Stadtteilarbeit Hamm <zielbericht@hamm.example>';
    // One message, every recipient in Bcc: nobody sees who else receives the report.
    const info = await opts.transport.sendMail({
      from,
      to: from,
      bcc: recipients,
      subject: `Zielbericht Stadtteilarbeit – ${monthLabel(month)}`,
      text: renderText(data),
      html,
      attachments: [{ filename: `zielbericht-${month}.csv`, content: '\ufeff' + renderCsv(data), contentType: 'text/csv; charset=utf-8' }],
    });
    messageId = info.messageId;
  } catch (err) {
    failure = String((err as Error)?.message ?? err).slice(0, 500);
  }

  // 3. Record the outcome, if this attempt still holds the claim.
  await recordReportOutcome(repo, { month, attempt, actor: opts.actor, at: now().toISOString(), claimedVersion, messageId, failure });
  return failure ? { month, outcome: 'failed', reason: failure, recipients } : { month, outcome: 'sent', messageId, recipients };
}
