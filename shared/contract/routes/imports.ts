/** Routes of the imports function: preview a spreadsheet or HSDS file, run it, follow its progress and rows. */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { metaShape } from '../../schemas/common.ts';
import { ImportRow, ImportType, importJob } from '../../schemas/importJob.ts';
import { MAX_FILE_BYTES } from '../../import/limits.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ListQuery, type Route } from './route.ts';

/** base64 of the largest file, with room for the JSON around it: still under Lambda's 6 MB request limit. */
const MAX_UPLOAD_BYTES = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4096;

export const ImportUpload = z.strictObject({
  type: ImportType,
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64-encoded: XLSX or CSV, or HSDS 3.0 JSON for `hsds`. */
  content: z.base64().max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'Die Datei ist zu groß'),
});
export const ImportStart = z.strictObject({
  version: metaShape.version,
  /** Run although the preview found wrong rows: those rows are left out. */
  skipErrors: z.boolean().optional(),
});
export const ImportRowFilter = z.strictObject({ status: z.enum(['new', 'changed', 'unchanged', 'error']).optional() });

export const routes: Route[] = [
  ...crud(entities.importJob, importJob, 'imports').filter((r) => r.method === 'GET'),
  {
    method: 'POST', path: `${API_BASE}/imports`, fn: 'imports', operationId: 'previewImport',
    summary: 'Upload a file (XLSX, CSV, or HSDS 3.0 JSON) and get its preview: each row new, changed, unchanged or wrong; nothing is written yet', auth: 'clerk',
    permission: { resource: 'imports', action: 'create' }, body: ImportUpload, response: importJob.entity, status: 201, maxBodyBytes: MAX_UPLOAD_BYTES,
    rules: [
      `Files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. A file that cannot be read as a whole (wrong type, password-protected, formulas, merged header cells, too many rows, a required column missing) is refused with a German \`detail\` (400) and nothing is stored.`,
      'Columns are matched by the template\'s German headers; unknown columns are listed in `unknownColumns`, never imported.',
    ],
  },
  {
    method: 'GET', path: `${API_BASE}/imports/{id}/rows`, fn: 'imports', operationId: 'listImportRows',
    summary: 'The rows of an import with their preview (and, once run, their outcome); filter by status', auth: 'clerk',
    permission: { resource: 'imports', action: 'read' }, params: IdParams, entity: 'importJob', query: ListQuery, response: ImportRow, list: true, filter: ImportRowFilter,
  },
  {
    method: 'POST', path: `${API_BASE}/imports/{id}/start`, fn: 'imports', operationId: 'startImport',
    summary: 'Run a previewed import in the background (or continue one that stopped); follow it with GET /v1/imports/{id}', auth: 'clerk',
    permission: { resource: 'imports', action: 'update' }, params: IdParams, entity: 'importJob', body: ImportStart, response: importJob.entity, status: 202, bodyIsAction: true,
    rules: [
      'Each row is written through the route that writes such records (POST or PUT /v1/<resource>), with its validation, permission check, version check and audit entry (`via`: `import:<file> row <n>`).',
      'Refused (409) while the preview has wrong rows, unless `skipErrors`; refused while the import runs or after it is done.',
    ],
  },
];
