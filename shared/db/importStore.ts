/**
 * The rows of an import job (pattern 31): gzip-compressed parts of CHUNK_ROWS rows, each row with
 * its preview and, once run, its outcome. Parts are written before the job record (the preview's
 * last write, with its audit entry), so a job is never read without its rows; like the catalogue's
 * parts they are derived working data and carry no audit entry of their own. A part that has run
 * keeps each row's verdict and outcome but no longer the file's cells; parts expire ROWS_TTL_DAYS
 * after their last write; the job record with its counts stays.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Item } from '../entities.ts';
import { now } from '../time/clock.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { commitTx, Tx } from './transaction.ts';

/** Long enough to correct a file and run it; a preview never run keeps the file's cells no longer. */
const ROWS_TTL_DAYS = 30;

const encode = (rows: unknown[]) => gzipSync(Buffer.from(JSON.stringify(rows)));
const ttlFrom = () => Math.floor(now().getTime() / 1000) + ROWS_TTL_DAYS * 86_400;

/** Room for the key beside the compressed rows within DynamoDB's 400 KB item limit. */
const PART_BYTES = 350 * 1024;

/** `rowsPerPart` rows to a part, or fewer where their compressed text would not fit one item. */
function partition<R>(rows: R[], rowsPerPart: number): Buffer[] {
  const parts: Buffer[] = [];
  const add = (slice: R[]) => {
    const data = encode(slice);
    if (data.length <= PART_BYTES || slice.length === 1) parts.push(data);
    else {
      add(slice.slice(0, Math.ceil(slice.length / 2)));
      add(slice.slice(Math.ceil(slice.length / 2)));
    }
  };
  for (let i = 0; i < rows.length; i += rowsPerPart) add(rows.slice(i, i + rowsPerPart));
  return parts;
}

/** Writes the rows of a new job in parts (none may exist yet: a job id is never reused); returns how many. */
export async function putRowParts<R>(repo: Repository, jobId: string, rows: R[], rowsPerPart: number): Promise<number> {
  const ttl = ttlFrom();
  const parts = partition(rows, rowsPerPart);
  // One part per transaction: a part holds up to 350 KB, and a transaction at most 4 MB.
  await Promise.all(
    parts.map((data, i) =>
      commitTx(
        repo.doc,
        new Tx().add(
          { Put: { TableName: repo.table, Item: { ...keys.importRows(jobId, i), _type: 'importRows', data, ttl }, ConditionExpression: 'attribute_not_exists(PK)' } },
          () => new ConflictError(`import rows ${jobId}/${i} already exist`, 'duplicate'),
        ),
      ),
    ),
  );
  return parts.length;
}

export async function getRowPart<R = Item>(repo: Repository, jobId: string, part: number): Promise<R[]> {
  const item = await repo.getRaw(keys.importRows(jobId, part));
  if (!item) throw new NotFoundError('importRows', `${jobId}/${part}`);
  return JSON.parse(gunzipSync(item.data as Uint8Array).toString('utf8')) as R[];
}

/** Replaces a part's rows with their outcomes (the part must exist: a job's rows are never created here). */
export async function replaceRowPart<R>(repo: Repository, jobId: string, part: number, rows: R[]): Promise<void> {
  await commitTx(
    repo.doc,
    new Tx().add(
      { Put: { TableName: repo.table, Item: { ...keys.importRows(jobId, part), _type: 'importRows', data: encode(rows), ttl: ttlFrom() }, ConditionExpression: 'attribute_exists(PK)' } },
      () => new NotFoundError('importRows', `${jobId}/${part}`),
    ),
  );
}
