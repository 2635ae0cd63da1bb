/**
 * An import job from upload to result: the preview reads the file, plans every row and stores them
 * (pattern 31) before the job record; a run writes part after part through the API's own routes
 * (replay.ts), recording after each part how far it came, and stops in time to be continued by the
 * next invocation (continueJob.ts). A run that fails continues, when started again, with the part
 * it was in: that part is planned again, so the rows it had written are found and not written twice.
 */
import { ulid } from 'ulid';
import { now } from '../../shared/time/clock.ts';
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
import { Planner } from './plan.ts';
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

function runsBySheet(rows: StoredRow[]): StoredRow[][] {
  const runs: StoredRow[][] = [];
  for (const r of rows) {
    if (runs.at(-1)?.[0].sheet === r.sheet) runs.at(-1)!.push(r);
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
    else p.row = { ...p.row, status: 'error', errors: [{ column: '', message: `Beschreibt denselben Datensatz wie Zeile ${first}` }] };
  }
  const stored = planned.map((p) => p.row);
  const id = ulid();
  const parts = Array.from({ length: Math.ceil(stored.length / CHUNK_ROWS) }, (_, i) => stored.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS));
  await putRowParts(repo, id, parts);
  const count = (s: string) => stored.filter((r) => r.status === s).length;
  return repo.create(def, {
    type: input.type,
    fileName: input.fileName,
    status: 'previewed',
    totalRows: stored.length,
    parts: parts.length,
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

async function applyRow(planner: Planner, job: Job, principal: Principal, planned: Awaited<ReturnType<Planner['planAll']>>[number]): Promise<StoredRow> {
  const { row, write } = planned;
  if (row.status === 'error') return { ...row, outcome: job.skipErrors ? 'skipped' : 'failed', outcomeError: (row.errors ?? []).map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; ') };
  if (!write) return { ...row, outcome: 'unchanged' };
  const resource = SHEET_SPECS[row.sheet].resource;
  const res = await replay(resource, write, principal, `import:${job.fileName} row ${row.row}${row.column ? ` column ${row.column}` : ''}`);
  if (res.status < 300) {
    planner.remember(row.sheet, res.body);
    return { ...row, outcome: write.method === 'POST' ? 'created' : 'updated', recordId: res.body.id };
  }
  const details = ((res.body.errors ?? []) as { detail?: string }[]).map((e) => e.detail).filter(Boolean);
  return { ...row, outcome: 'failed', outcomeError: [res.body.detail ?? res.body.title, ...details].filter(Boolean).join(' – ') };
}

/** Runs the job's parts from `nextPart` until done or `remainingMs()` runs low; 'continue' asks for another invocation. */
export async function runJob(repo: Repository, jobId: string, principal: Principal, remainingMs: () => number): Promise<'done' | 'continue'> {
  let job = (await repo.get(def, jobId)) as Job;
  if (job.status !== 'running') return 'done';
  const actor = actorOf(principal);
  const planner = new Planner(repo, new References(repo), principal);
  try {
    for (let part = job.nextPart; part < job.parts; part++) {
      if (remainingMs() < STOP_BEFORE_MS) return 'continue';
      const done: StoredRow[] = [];
      // Rows of one sheet at a time, in file order: an HSDS file's offers are planned after its organisations are written.
      for (const rows of runsBySheet(await getRowPart<StoredRow>(repo, jobId, part))) {
        const planned = await planner.planAll(rows);
        const written: StoredRow[] = new Array(planned.length);
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL_WRITES }, async () => {
            for (let i = next++; i < planned.length; i = next++) written[i] = await applyRow(planner, job, principal, planned[i]);
          }),
        );
        done.push(...written);
      }
      // Once written, a row keeps its verdict and outcome, not the file's cells (contacts are personal data).
      await replaceRowPart(repo, jobId, part, done.map(({ values: _v, cellErrors: _c, ...kept }) => ({ ...kept, values: {} })));
      const n = (o: string) => done.filter((r) => r.outcome === o).length;
      const p = job.progress;
      job = await saveJob(repo, job, {
        nextPart: part + 1,
        progress: { processed: p.processed + done.length, created: p.created + n('created'), updated: p.updated + n('updated'), unchanged: p.unchanged + n('unchanged'), failed: p.failed + n('failed'), skipped: (p.skipped ?? 0) + n('skipped') },
      }, actor);
    }
    await saveJob(repo, job, { status: 'done', finishedAt: now().toISOString() }, actor);
    return 'done';
  } catch (err) {
    const fresh = (await repo.get(def, jobId)) as Job;
    await saveJob(repo, fresh, { status: 'failed', failure: `Der Import wurde unterbrochen (${(err as Error).message}). Er kann fortgesetzt werden; bereits übernommene Zeilen werden nicht doppelt angelegt.` }, actor);
    throw err;
  }
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
