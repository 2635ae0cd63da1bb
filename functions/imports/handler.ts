/**
 * Imports from spreadsheets and other directories: the preview of an uploaded file, the run in the
 * background, its progress and rows (the logic in ./jobs.ts).
 * Trigger: API Gateway REST routes of group `imports` (shared/contract/routes/imports.ts), and its
 * own asynchronous invocations `{ importRun }` that continue a run (./continueJob.ts).
 * Access patterns: 1, 2 (jobs; the collections rows refer to), 5 (records by external id or natural
 * key), 31 (the job's rows); rows are written through the routes of their records (./replay.ts).
 */
import { currentTenant, inTenant } from '../../shared/tenancy/scope.ts';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { entities } from '../../shared/entities.ts';
import { getDeps } from '../http/deps.ts';
import { logger } from '../http/logger.ts';
import { parseFilter, parseListParams, pageReply } from '../http/listing.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import { httpFunction } from '../http/wrapper.ts';
import { crudImpls } from '../http/crud.ts';
import type { ImportJob } from '../../shared/schemas/importJob.ts';
import { continueJob, isImportRun, type ImportRunEvent } from './continueJob.ts';
import { principalOfUser } from '../../shared/identity/principal.ts';
import { ulid } from 'ulid';
import { getTenant } from '../../shared/db/platformStore.ts';
import { factsOf } from '../../shared/tenancy/facts.ts';

/** The import's logic brings zod, exceljs and the routes it replays through: loaded with the first request. */
const jobs = () => import('./jobs.ts');

const def = entities.importJob;
const { listImportJobs, getImportJob } = crudImpls(def);

const http = httpFunction(() => import('../../shared/contract/routes/imports.ts'), {
  listImportJobs,
  getImportJob,
  previewImport: async (call) => {
    const { previewJob } = await jobs();
    const { ImportFileError } = await import('../../shared/import/readSheet.ts');
    try {
      const job = await previewJob(call.deps.repo, call.principal!, { type: call.body.type, fileName: call.body.fileName, bytes: Buffer.from(call.body.content, 'base64') });
      return { status: 201, body: job };
    } catch (err) {
      if (err instanceof ImportFileError) throw new HttpProblem(400, 'Bad Request', err.message, { errors: [{ pointer: '/body/content', detail: err.message }] });
      throw err;
    }
  },
  listImportRows: async (call) => {
    const params = parseListParams(call.query);
    const { status } = parseFilter(call.route.filter!, params.filter) as { status?: string };
    const rows = await (await jobs()).jobRows(call.deps.repo, call.current as ImportJob, status);
    return pageReply('import-rows', rows, params.range);
  },
  startImport: async (call) => {
    const job = call.current as ImportJob;
    const { heldByOther, saveJob, rowsKept } = await jobs();
    if (job.version !== call.body.version) throw problems.conflict('Der Import wurde inzwischen geändert; bitte laden Sie ihn neu.');
    if (heldByOther(job)) throw problems.conflict('Der Import läuft bereits.');
    if (job.status === 'done') throw problems.conflict('Der Import ist bereits abgeschlossen. Laden Sie die Datei erneut hoch, um sie noch einmal zu übernehmen.');
    if (job.preview.error > 0 && !call.body.skipErrors)
      throw problems.conflict(`Die Vorschau enthält ${job.preview.error} fehlerhafte Zeile(n). Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch, oder importieren Sie ohne die fehlerhaften Zeilen.`);
    if (!(await rowsKept(call.deps.repo, job))) throw problems.conflict('Die Vorschau ist abgelaufen (ihre Zeilen werden 30 Tage aufbewahrt). Bitte laden Sie die Datei erneut hoch.');
    // Fair use: one running import per tenant (the jobs listed are this tenant's), so no municipality's
    // bulk load takes the table's write capacity from the others.
    const other = (await call.deps.repo.listAll<ImportJob>(def)).find((j) => j.id !== job.id && heldByOther(j));
    if (other) throw problems.conflict(`Es läuft bereits ein Import („${other.fileName}“). Bitte starten Sie diesen, sobald er abgeschlossen ist.`);
    // The start holds the job until the run's first invocation takes it over with this token.
    const token = ulid();
    const running = await saveJob(call.deps.repo, job, { status: 'running', skipErrors: !!call.body.skipErrors, startedAt: job.startedAt ?? call.deps.now().toISOString(), failure: undefined, runner: token, leaseUntil: new Date(call.deps.now().getTime() + LEASE_START_MS).toISOString() }, call.actor);
    await continueJob({ jobId: job.id, userId: call.principal!.id, token, tenant: currentTenant() }, handler as (e: ImportRunEvent) => Promise<unknown>);
    return { status: 202, body: running };
  },
});

/** How long the start holds the job for its run's first invocation. */
const LEASE_START_MS = 2 * 60_000;

/**
 * One step of a run: as many parts as fit into this invocation, then hand over to the next. It acts
 * for the user who started it, as that user is now: deactivated, the run stops; other roles, other rights.
 */
async function run(event: ImportRunEvent, context?: Context): Promise<void> {
  // Our own invocation names the tenant the job was started in (never a caller: the API cannot send this event).
  const { jobId, userId, token, tenant } = event.importRun;
  // Its facts as a request's: the rows are checked against the tenant's own themes and target groups.
  const entry = await getTenant(getDeps().repo, tenant);
  return inTenant(tenant, () => runInTenant(jobId, userId, token, context), entry ? factsOf(entry) : {});
}

async function runInTenant(jobId: string, userId: string, token: string, context?: Context): Promise<void> {
  const repo = getDeps().repo;
  const m = await jobs();
  try {
    const principal = principalOfUser(await repo.find(entities.user, userId));
    if (!principal) return await m.stopJob(repo, jobId, token, 'Der Import wurde angehalten: der Benutzer, der ihn gestartet hat, ist nicht mehr aktiv.');
    // Locally there is no time limit; in AWS the invocation's own.
    const remaining = context?.getRemainingTimeInMillis ? () => context.getRemainingTimeInMillis() : () => Number.POSITIVE_INFINITY;
    const state = await m.runJob(repo, jobId, principal, remaining, token);
    if (state !== 'done') await continueJob({ jobId, userId, token: state.continueWith, tenant: currentTenant() }, handler as (e: ImportRunEvent) => Promise<unknown>);
  } catch (err) {
    // The job records the failure; the clerk continues it from where it stopped.
    logger.error('import run failed', { jobId, error: err as Error });
  }
}

export async function handler(event: APIGatewayProxyEvent | ImportRunEvent, context?: Context) {
  if (isImportRun(event)) return run(event, context);
  return http(event as APIGatewayProxyEvent, context as Context);
}
