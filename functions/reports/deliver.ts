/**
 * Exactly-once delivery of the monthly report. EventBridge Scheduler delivers at least once, so:
 *  1. claim the month's report item (pattern 11) with a conditional write: only when it does not
 *     exist, when the last attempt failed, when a crashed attempt's lease ran out, or with `force`
 *     on a sent report. A concurrent or retried invocation loses the claim and does nothing.
 *  2. send; 3. record `sent` (message id) or `failed`, only if our attempt still holds the claim.
 * Every state change is one transaction with its audit entry.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Transporter } from 'nodemailer';
import { ulid } from 'ulid';
import type { Repository } from '../../shared/db/repository.ts';
import { keys } from '../../shared/db/keys.ts';
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

type Item = Record<string, any>;

function auditPut(repo: Repository, month: string, actor: string, at: string, version: number, changes: Item) {
  const id = ulid();
  return {
    Put: {
      TableName: repo.table,
      Item: { ...keys.audit('report', month, at, id, actor), _type: 'audit', id, entityType: 'report', entityId: month, action: version === 1 ? 'create' : 'update', actor, at, version, changes },
    },
  };
}

async function transact(repo: Repository, items: TransactWriteCommandInput['TransactItems']): Promise<boolean> {
  try {
    await repo.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (err) {
    if (err instanceof TransactionCanceledException && err.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed')) return false;
    throw err;
  }
}

/** Leadership users (active, not opted out), the admin-managed list, and the deployment's fixed list. */
export async function recipientsFor(repo: Repository, extra: string[] = []): Promise<string[]> {
  const [users, settings] = await Promise.all([repo.listAll<any>(entities.user), repo.find<any>(entities.reportSettings, REPORT_SETTINGS_ID)]);
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
  const claimed = await transact(repo, [
    {
      Update: {
        TableName: repo.table,
        Key: keys.report(month),
        UpdateExpression:
          'SET #status = :sending, attemptId = :attempt, leaseUntil = :lease, #month = :month, #recipients = :recipients, #snapshot = :snapshot, #html = :html, updatedAt = :at, updatedBy = :actor, createdAt = if_not_exists(createdAt, :at), createdBy = if_not_exists(createdBy, :actor), GSI1PK = :gpk, GSI1SK = :month, #type = :type ADD #version :one, attempts :one',
        ConditionExpression: 'attribute_not_exists(PK) OR #status = :failed OR (#status = :sending AND leaseUntil < :at) OR (:force = :true AND #status = :sent)',
        ExpressionAttributeNames: { '#status': 'status', '#month': 'month', '#type': '_type', '#recipients': 'recipients', '#snapshot': 'snapshot', '#html': 'html', '#version': 'version' },
        ExpressionAttributeValues: {
          ':sending': 'sending', ':failed': 'failed', ':sent': 'sent', ':attempt': attempt, ':lease': new Date(now().getTime() + LEASE_MS).toISOString(),
          ':month': month, ':recipients': recipients, ':snapshot': data, ':html': html, ':at': at, ':actor': opts.actor, ':one': 1,
          ':force': Boolean(opts.force), ':true': true, ':gpk': keys.reportCollection().GSI1PK, ':type': 'report',
        },
      },
    },
    auditPut(repo, month, opts.actor, at, 0, { status: { to: 'sending' }, force: { to: Boolean(opts.force) } }),
  ]);
  if (!claimed) return { month, outcome: 'skipped', reason: 'already sent or being sent' };

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
  const done = now().toISOString();
  await transact(repo, [
    {
      Update: {
        TableName: repo.table,
        Key: keys.report(month),
        UpdateExpression: failure
          ? 'SET #status = :failed, #error = :error, updatedAt = :at REMOVE leaseUntil ADD #version :one'
          : 'SET #status = :sent, messageId = :mid, sentAt = :at, updatedAt = :at REMOVE leaseUntil, #error ADD #version :one',
        ConditionExpression: 'attemptId = :attempt',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error', '#version': 'version' },
        ExpressionAttributeValues: failure
          ? { ':failed': 'failed', ':error': failure, ':at': done, ':attempt': attempt, ':one': 1 }
          : { ':sent': 'sent', ':mid': messageId ?? '', ':at': done, ':attempt': attempt, ':one': 1 },
      },
    },
    auditPut(repo, month, opts.actor, done, 0, failure ? { status: { from: 'sending', to: 'failed' }, error: { to: failure } } : { status: { from: 'sending', to: 'sent' }, messageId: { to: messageId } }),
  ]);
  return failure ? { month, outcome: 'failed', reason: failure, recipients } : { month, outcome: 'sent', messageId, recipients };
}

export async function listReports(repo: Repository): Promise<Item[]> {
  const items = await repo.queryAll<Item>({ TableName: repo.table, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': keys.reportCollection().GSI1PK }, ScanIndexForward: false });
  return items.map(({ html, snapshot, attemptId, ...summary }) => ({ id: summary.month, ...summary }));
}

export async function getReport(repo: Repository, month: string): Promise<Item | undefined> {
  const item = await repo.getRaw(keys.report(month));
  if (!item) return undefined;
  const { PK, SK, GSI1PK, GSI1SK, _type, attemptId, ...rest } = item;
  return { id: month, ...rest };
}
