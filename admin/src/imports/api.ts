/**
 * The import's requests beyond react-admin's list and one job (ra-data-simple-rest does those):
 * upload for a preview, start, and a page of the preview's rows. Through the admin's httpClient
 * (ID token, problem+json), so a refusal arrives as an HttpError with the problem in its body.
 */
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';
import type * as z from 'zod';
import type { ImportType, RowStatus } from '../../../shared/import/types';
import type { ImportRow, importJob } from '../../../shared/schemas/importJob';

/** A job and a preview row as the API answers them: the route table's schemas (type-only, no zod in the bundle). */
export type ImportJob = z.infer<typeof importJob.entity>;
export type PreviewRow = z.infer<typeof ImportRow>;

export interface Problem {
  status?: number;
  detail: string;
  errors: { pointer?: string; detail: string }[];
}

const base = async () => (await getConfig()).apiUrl;

export async function createImport(body: { type: ImportType; fileName: string; content: string }): Promise<ImportJob> {
  return (await httpClient(`${await base()}/imports`, { method: 'POST', body: JSON.stringify(body) })).json;
}

/** Runs a previewed job (or continues a stopped one); `version` is the job's as shown, so a changed job is not started blindly. */
export async function startImport(job: Pick<ImportJob, 'id' | 'version'>, skipErrors: boolean): Promise<ImportJob> {
  const body = { version: job.version, ...(skipErrors ? { skipErrors: true } : {}) };
  return (await httpClient(`${await base()}/imports/${encodeURIComponent(job.id)}/start`, { method: 'POST', body: JSON.stringify(body) })).json;
}

/** Rows `from`..`to` (inclusive, 0-based) of the preview, optionally of one status; `total` from Content-Range. */
export async function fetchRows(id: string, from: number, to: number, status?: RowStatus): Promise<{ rows: PreviewRow[]; total: number }> {
  const query = new URLSearchParams({ range: JSON.stringify([from, to]) });
  if (status) query.set('filter', JSON.stringify({ status }));
  const res = await httpClient(`${await base()}/imports/${encodeURIComponent(id)}/rows?${query}`);
  const rows: PreviewRow[] = Array.isArray(res.json) ? res.json : (res.json?.data ?? []);
  const range = res.headers.get('Content-Range');
  const total = range ? Number(range.split('/').pop()) : NaN;
  return { rows, total: Number.isFinite(total) ? total : rows.length };
}

/**
 * What a refusal says: the problem's German `detail` and its `errors[]`. The admin's httpClient keeps
 * a 400 with `errors` under `body.problem` (for forms), any other problem as the body itself.
 */
export function problemOf(err: any): Problem {
  const body = err?.body;
  const problem = body?.problem ?? body;
  const detail = typeof problem?.detail === 'string' && problem.detail ? problem.detail : (err?.message ?? 'ra.notification.http_error');
  const errors = Array.isArray(problem?.errors) ? problem.errors.filter((e: any) => typeof e?.detail === 'string' && e.detail !== detail) : [];
  return { status: err?.status, detail, errors };
}
