/**
 * Data-subject requests (GDPR Art. 15–17) in storage: the records holding one person's e-mail or
 * phone (pattern 30), the contact items of ideas found there (27), and the redaction of values that
 * audit entries written before a field was personal still copy (6). The erasure of the records
 * themselves goes through the repository and ideaStore like every change; this module only reads,
 * and rewrites old audit entries' copies of the person's values.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { holds, isSubject, subjectHash, type Subject } from '../domain/subjects.ts';
import { entities, type Item } from '../entities.ts';
import { NotFoundError } from './errors.ts';
import { getRowPart, replaceRowPart } from './importStore.ts';
import { accessPatterns } from './accessPatterns.ts';
import { keys } from './keys.ts';
import { auditItem, commitTx, Tx } from './transaction.ts';
import type { Repository } from './repository.ts';

/** A record holding the subject, as pattern 30 names it: its type (or `ideaContact`), id, and the fields holding it. */
export interface SubjectRef {
  entityType: string;
  entityId: string;
  fields: string[];
}

/** Every record pattern 30 lists for the subject. */
export async function subjectRefs(repo: Repository, subject: Subject): Promise<SubjectRef[]> {
  const items = await repo.queryAll<Item>(accessPatterns.subject(subjectHash(subject)));
  return items.map((i) => ({ entityType: i.entityType, entityId: i.entityId, fields: i.fields ?? [] }));
}

/** What an audit entry shows instead of a person's value. */
export const REDACTED = '[redacted]';

/**
 * Replaces, in one entity's audit trail (6), every change whose value before or after holds the
 * subject by `[redacted]` (entries written before the field was personal copied the values).
 * Each entry is rewritten only if it still reads as read. Returns the number of entries changed.
 */
export async function redactAuditTrail(repo: Repository, entityType: string, entityId: string, subject: Subject): Promise<number> {
  const entries = await repo.queryAll<Item>(accessPatterns.auditOfEntity(entityType, entityId));
  let changed = 0;
  for (const entry of entries) {
    const fields = Object.entries((entry.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>).filter(([, c]) => holds(c, subject));
    if (!fields.length) continue;
    const names: Record<string, string> = { '#changes': 'changes' };
    const values: Record<string, unknown> = {};
    const sets = fields.map(([field, c], i) => {
      names[`#f${i}`] = field;
      values[`:c${i}`] = { ...(c.from !== undefined ? { from: REDACTED } : {}), ...(c.to !== undefined ? { to: REDACTED } : {}) };
      return `#changes.#f${i} = :c${i}`;
    });
    await repo.doc.send(
      new UpdateCommand({
        TableName: repo.table,
        Key: { PK: keys.auditOfEntity(entityType, entityId).PK, SK: `${entry.at}#${entry.id}` },
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    changed++;
  }
  return changed;
}

/**
 * Removes an e-mail address from the recipients stored with each monthly report (patterns 11, 12; a
 * handful of items), each only if its recipients are still as read. Returns the number of reports changed.
 */
export async function redactReportRecipients(repo: Repository, subject: Subject): Promise<number> {
  if (subject.kind !== 'email') return 0;
  let changed = 0;
  for (const report of await repo.queryAll<Item>(accessPatterns.reports())) {
    const recipients = (report.recipients ?? []) as string[];
    const kept = recipients.filter((r) => !isSubject(r, subject));
    if (kept.length === recipients.length) continue;
    await repo.doc.send(
      new UpdateCommand({
        TableName: repo.table,
        Key: keys.report(report.month),
        UpdateExpression: 'SET recipients = :kept',
        ConditionExpression: 'recipients = :read',
        ExpressionAttributeValues: { ':kept': kept, ':read': recipients },
      }),
    );
    changed++;
  }
  return changed;
}

/** What an import row says once the person's data was erased from it (the run leaves it out as wrong). */
export const ERASED_ROW = 'Auf Wunsch der betroffenen Person gelöscht';

/**
 * Erases the subject from the rows import jobs still keep (pattern 31: a preview's cells until it runs,
 * error texts quoting a cell): each such row loses its cells and its label and becomes wrong, so no run
 * writes it. Reads the jobs (2, bounded) and their parts. Returns the number of rows changed.
 */
export async function redactImportRows(repo: Repository, subject: Subject): Promise<number> {
  let changed = 0;
  for (const job of await repo.listAll(entities.importJob)) {
    for (let part = 0; part < (job.parts ?? 0); part++) {
      let rows: Item[];
      try {
        rows = await getRowPart(repo, job.id, part);
      } catch (err) {
        if (err instanceof NotFoundError) continue; // expired
        throw err;
      }
      let touched = false;
      const kept = rows.map((r) => {
        if (!holds(r, subject)) return r;
        touched = true;
        changed++;
        const { changes: _c, errors: _e, outcomeError: _o, ...rest } = r;
        return { ...rest, values: {}, label: REDACTED, status: 'error', cellErrors: [{ column: '', message: ERASED_ROW }], errors: [{ column: '', message: ERASED_ROW }] };
      });
      if (touched) await replaceRowPart(repo, job.id, part, kept);
    }
  }
  return changed;
}

/**
 * The audit entry of a data-subject request (an export or an erasure): who, when, what was done, and
 * the value's hash, never the value. Of type `dataSubjectRequest`, so the audit trail lists it.
 */
export async function auditSubjectRequest(repo: Repository, entry: { id: string; action: 'create' | 'delete'; actor: string; at: string; changes: Record<string, { from?: unknown; to?: unknown }> }): Promise<void> {
  await commitTx(repo.doc, new Tx().add(...auditItem(repo.table, { entityType: 'dataSubjectRequest', entityId: entry.id, action: entry.action, actor: entry.actor, at: entry.at, version: 1, changes: entry.changes })));
}
