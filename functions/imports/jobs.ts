/**
 * An import job from upload to result: the preview reads the file, plans every row and stores them
 * (pattern 31) before the job record; a run writes part after part through the API's own routes
 * (replay.ts), recording after each part how far it came, and stops in time to be continued by the
 * next invocation (continueJob.ts). A run that fails continues, when started again, with the part
 * it was in: that part is planned again, so the rows it had written are found and not written twice.
 */
import { ulid } from 'ulid';
import { now, nowMs } from '../../shared/time/clock.ts';
import { ConflictError, NotFoundError, UnavailableError } from '../../shared/db/errors.ts';
import { entities, type Item } from '../../shared/entities.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { getRowPart, putRowParts, replaceRowPart } from '../../shared/db/importStore.ts';
import { actorOf, type Principal } from '../../shared/policy.ts';
import { CHUNK_ROWS } from '../../shared/import/limits.ts';
import { ImportFileError, readSheet } from '../../shared/import/readSheet.ts';
import { SHEET_SPECS } from '../../shared/import/specs.ts';
import type { ImportType } from '../../shared/import/types.ts';
import type { ImportJob, ImportRow } from '../../shared/schemas/importJob.ts';
import { hsdsRows } from './hsds.ts';
import { duplicateMessage, Planner } from './plan.ts';
import { References } from './references.ts';
import { replay } from './replay.ts';
import { mapSheet, type StoredRow } from './rows.ts';

/** More records than this from one file (a grid expands rows into periods) are refused. */
const MAX_RECORDS = 50_000;
/** Rows written at once: enough to overlap round trips, few enough not to crowd one partition. */
const PARALLEL_WRITES = 4;
/** A run stops when less than this is left of its invocation, and the next one continues. */
export const STOP_BEFORE_MS = 60_000;

const def = entities.importJob;
type Job = ImportJob;

function runsBySheet<T extends { row: StoredRow }>(rows: T[]): T[][] {
  const runs: T[][] = [];
  for (const r of rows) {
    if (runs.at(-1)?.[0].row.sheet === r.row.sheet) runs.at(-1)!.push(r);
    else runs.push([r]);
  }
  return runs;
}

const rowId = (r: StoredRow) => (r.column ? `${r.row}:${r.column}` : String(r.row));

/** The file's rows, read and planned; nothing is written when the file cannot be read. */
async function readRows(type: ImportType, fileName: string, bytes: Uint8Array) {
  if (type === 'hsds') return hsdsRows(bytes, fileName);
  const sheet = await readSheet(bytes, fileName);
  return { ...mapSheet(SHEET_SPECS[type], sheet), mapping: undefined };
}

export async function previewJob(repo: Repository, principal: Principal, input: { type: ImportType; fileName: string; bytes: Uint8Array }): Promise<Job> {
  const { rows, unknownColumns, mapping } = await readRows(input.type, input.fileName, input.bytes);
  if (rows.length > MAX_RECORDS) throw new ImportFileError(`Die Datei beschreibt ${rows.length.toLocaleString('de-DE')} Datensätze; höchstens ${MAX_RECORDS.toLocaleString('de-DE')} sind in einem Import möglich. Bitte teilen Sie sie auf.`);
  const refs = new References(repo);
  refs.expect('organisation', rows.filter((r) => r.sheet === 'organisations').map((r) => String(r.values.name ?? '')));
  const planned = await new Planner(repo, refs, principal).planAll(rows);
  // Two rows naming the same record: the second is an error, so the file means one thing.
  const firstRow = new Map<string, number>();
  for (const p of planned) {
    if (!p.identity || p.row.status === 'error') continue;
    const key = `${p.row.sheet}|${p.identity}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, p.row.row);
    else p.row = { ...p.row, status: 'error', duplicateOf: first, errors: [{ column: '', message: duplicateMessage(first) }] };
  }
  const stored = planned.map((p) => p.row);
  const id = ulid();
  const parts = await putRowParts(repo, id, stored, CHUNK_ROWS);
  const count = (s: string) => stored.filter((r) => r.status === s).length;
  return repo.create(def, {
    type: input.type,
    fileName: input.fileName,
    status: 'previewed',
    totalRows: stored.length,
    parts,
    unknownColumns,
    ...(mapping ? { mapping } : {}),
    preview: { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), error: count('error') },
    progress: { processed: 0, created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 },
    nextPart: 0,
  }, { id, actor: actorOf(principal) }) as Promise<Job>;
}

const stripMeta = ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest }: Item) => rest;

export async function saveJob(repo: Repository, job: Job, patch: Partial<Job>, actor: string): Promise<Job> {
  return repo.update<Job>(def, job.id, { ...stripMeta(job), ...patch }, job.version, { actor });
}

/** A route's 5xx: the row was not written for a reason of the moment; the run stops and continues later with its part. */
class TransientFailure extends Error {}

type PlannedRow = Awaited<ReturnType<Planner['planAll']>>[number];

async function applyRow(planner: Planner, job: Job, principal: Principal, planned: PlannedRow, retried = false): Promise<StoredRow> {
  const { row, write } = planned;
  if (row.status === 'error') return { ...row, outcome: job.skipErrors ? 'skipped' : 'failed', outcomeError: (row.errors ?? []).map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; ') };
  if (!write) return { ...row, outcome: 'unchanged' };
  const resource = SHEET_SPECS[row.sheet].resource;
  const res = await replay(resource, write, principal, `import:${job.fileName} row ${row.row}${row.column ? ` column ${row.column}` : ''}`);
  if (res.status < 300) {
    planner.remember(row.sheet, res.body);
    return { ...row, outcome: write.method === 'POST' ? 'created' : 'updated', recordId: res.body.id };
  }
  if (res.status >= 500) throw new TransientFailure(`Zeile ${row.row}`, { cause: res.body });
  // Someone changed the record since it was planned: plan the row again against what is stored now, once.
  if (res.status === 409 && !retried) return applyRow(planner, job, principal, (await planner.planAll([row]))[0], true);
  const details = ((res.body.errors ?? []) as { detail?: string }[]).map((e) => e.detail).filter(Boolean);
  return { ...row, outcome: 'failed', outcomeError: [res.body.detail ?? res.body.title, ...details].filter(Boolean).join(' – ') };
}

/** How long a run holds its job: longer than one invocation (five minutes), so a run that died is taken over after it. */
export const LEASE_MS = 6 * 60_000;
const leaseEnd = () => new Date(nowMs() + LEASE_MS).toISOString();
/** Whether another invocation holds the job (its lease has not run out). */
export const heldByOther = (job: Job, token?: string) => job.status === 'running' && job.runner !== token && !!job.leaseUntil && job.leaseUntil > now().toISOString();

/** What the clerk reads when a run stops: German, without the technical message (that goes to the log). */
function failureText(err: unknown): string {
  const cause = err instanceof TransientFailure ? `${err.message} konnte gerade nicht gespeichert werden` : err instanceof UnavailableError ? 'die Datenbank war nicht erreichbar' : 'ein technischer Fehler ist aufgetreten';
  return `Der Import wurde unterbrochen: ${cause}. Er kann fortgesetzt werden; bereits übernommene Zeilen werden nicht doppelt angelegt.`;
}

export type RunState = 'done' | { continueWith: string };

/**
 * Runs the job's parts from `nextPart` until done or `remainingMs()` runs low. A run holds the job by a
 * lease (`runner`, `leaseUntil`), claimed with the job's version: `token` is the runner it takes over
 * from (the start, or the invocation before); a twin invocation of the same event loses the claim and
 * stops. Rows that already carry an outcome (a run that stopped before recording its progress) are
 * counted, not written again.
 */
export async function runJob(repo: Repository, jobId: string, principal: Principal, remainingMs: () => number, token: string): Promise<RunState> {
  let job = (await repo.get(def, jobId)) as Job;
  if (job.status !== 'running' || heldByOther(job, token)) return 'done';
  const actor = actorOf(principal);
  const me = ulid();
  try {
    job = await saveJob(repo, job, { runner: me, leaseUntil: leaseEnd() }, actor);
  } catch (err) {
    if (err instanceof ConflictError) return 'done';
    throw err;
  }
  const planner = new Planner(repo, new References(repo), principal);
  try {
    for (let part = job.nextPart; part < job.parts; part++) {
      if (remainingMs() < STOP_BEFORE_MS) return { continueWith: me };
      const done = await getRowPart<StoredRow>(repo, jobId, part);
      // Rows of one sheet at a time, in file order: an HSDS file's offers are planned after its organisations are written.
      for (const run of runsBySheet(done.map((row, index) => ({ row, index })).filter(({ row }) => !row.outcome))) {
        const planned = await planner.planAll(run.map(({ row }) => row));
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL_WRITES }, async () => {
            for (let i = next++; i < planned.length; i = next++) done[run[i].index] = await applyRow(planner, job, principal, planned[i]);
          }),
        );
      }
      // Once written, a row keeps its verdict and outcome, not the file's cells (contacts are personal data).
      await replaceRowPart(repo, jobId, part, done.map(({ values: _v, cellErrors: _c, ...kept }) => ({ ...kept, values: {} })));
      const n = (o: string) => done.filter((r) => r.outcome === o).length;
      const p = job.progress;
      job = await saveJob(repo, job, {
        nextPart: part + 1,
        leaseUntil: leaseEnd(),
        progress: { processed: p.processed + done.length, created: p.created + n('created'), updated: p.updated + n('updated'), unchanged: p.unchanged + n('unchanged'), failed: p.failed + n('failed'), skipped: (p.skipped ?? 0) + n('skipped') },
      }, actor);
    }
    await saveJob(repo, job, { status: 'done', finishedAt: now().toISOString(), runner: undefined, leaseUntil: undefined }, actor);
    return 'done';
  } catch (err) {
    const fresh = (await repo.get(def, jobId)) as Job;
    if (fresh.runner === me) await saveJob(repo, fresh, { status: 'failed', failure: failureText(err), runner: undefined, leaseUntil: undefined }, actor);
    throw err;
  }
}

/** Whether the job's rows are still stored (they expire 30 days after their last write). */
export async function rowsKept(repo: Repository, job: Job): Promise<boolean> {
  if (!job.parts) return true;
  try {
    await getRowPart(repo, job.id, job.nextPart < job.parts ? job.nextPart : 0);
    return true;
  } catch (err) {
    if (err instanceof NotFoundError) return false;
    throw err;
  }
}

/** Marks a job as stopped with a reason, if the runner named still holds it. */
export async function stopJob(repo: Repository, jobId: string, token: string, failure: string): Promise<void> {
  const job = (await repo.get(def, jobId)) as Job;
  if (job.status === 'running' && !heldByOther(job, token)) await saveJob(repo, job, { status: 'failed', failure, runner: undefined, leaseUntil: undefined }, job.createdBy);
}

/** The job's rows as the preview and the result list them, optionally only those of one status. */
export async function jobRows(repo: Repository, job: Job, status?: string): Promise<ImportRow[]> {
  const all: ImportRow[] = [];
  for (let part = 0; part < job.parts; part++) {
    for (const r of await getRowPart<StoredRow>(repo, job.id, part)) {
      if (status && r.status !== status) continue;
      all.push({
        id: rowId(r),
        row: r.row,
        ...(r.column ? { column: r.column } : {}),
        sheet: r.sheet,
        status: r.status!,
        label: r.label ?? '',
        ...(r.changes?.length ? { changes: r.changes } : {}),
        ...(r.errors?.length ? { errors: r.errors } : {}),
        ...(r.outcome ? { outcome: r.outcome } : {}),
        ...(r.outcomeError ? { outcomeError: r.outcomeError } : {}),
        ...(r.recordId ? { recordId: r.recordId } : {}),
      });
    }
  }
  return all;
}
