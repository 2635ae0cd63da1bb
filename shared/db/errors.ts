/** Typed storage errors. Callers never see raw SDK errors; the HTTP layer maps these to problem+json. */
export class StorageError extends Error {
  status = 500;
  type = 'about:blank';
  /** Field-level details, e.g. `[{ pointer: '/organisationId', detail: 'not found' }]`. */
  errors?: { pointer: string; detail: string }[];
}
export class NotFoundError extends StorageError {
  status = 404;
  type = 'https://hamm.example/problems/not-found';
  constructor(
    public entityType: string,
    public entityId: string,
  ) {
    super(`${entityType} '${entityId}' does not exist`);
  }
}
/** Stale version or duplicate key. */
export class ConflictError extends StorageError {
  status = 409;
  constructor(
    message: string,
    public reason: 'stale-version' | 'duplicate' | 'lockout' | 'over-limit',
    public currentVersion?: number,
  ) {
    super(message);
    this.type = `https://hamm.example/problems/${reason}`;
  }
}
/** A reference points nowhere, or an item is still referenced. */
export class IntegrityError extends StorageError {
  status = 409;
  type = 'https://hamm.example/problems/integrity';
  constructor(message: string, errors?: { pointer: string; detail: string }[]) {
    super(message);
    this.errors = errors;
  }
}
/** A limit is reached: a client's public submissions of a day, the month's machine translation (HTTP 429, with a German message). */
export class TooManyError extends StorageError {
  status = 429;
  type = 'https://hamm.example/problems/rate-limit';
  constructor(message: string, detail = 'Sie haben heute schon viele Beiträge gesendet. Bitte versuchen Sie es morgen wieder.') {
    super(message);
    this.errors = [{ pointer: '', detail }];
  }
}
/** What a person reads when the database does not answer in time (the API's 503, the gateway's too). */
export const UNAVAILABLE_DETAIL = 'Die Datenbank antwortet gerade nicht. Bitte versuchen Sie es in einigen Sekunden noch einmal.';

/** The database could not be reached, or not within the deadline; the request may be retried. */
export class UnavailableError extends StorageError {
  status = 503;
  type = 'https://hamm.example/problems/unavailable';
  constructor(cause: unknown) {
    super(UNAVAILABLE_DETAIL, { cause });
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/** The fields of a thrown Node or AWS SDK error that tell a connection failure (any of them may be missing). */
type Failure = { code?: unknown; errno?: unknown; name?: unknown; cause?: unknown; message?: unknown; $fault?: unknown; $metadata?: { httpStatusCode?: number } };

/**
 * True for failures a retry a little later may cure: no answer at all (refused, reset, timed out,
 * the deadline's abort, whose cause is a TimeoutError), throttling, and the service's own 5xx.
 */
export function isUnavailable(thrown: unknown): boolean {
  if (!thrown) return false;
  const err = thrown as Failure;
  if ((typeof err.code === 'string' && NETWORK_CODES.has(err.code)) || (typeof err.errno === 'string' && NETWORK_CODES.has(err.errno))) return true;
  if (typeof err.name === 'string' && ['TimeoutError', 'RequestTimeout', 'ServiceUnavailable', 'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError'].includes(err.name)) return true;
  if (err.$fault === 'server' && (err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (err.cause && err.cause !== err) return isUnavailable(err.cause);
  return typeof err.$metadata === 'object' && err.$metadata.httpStatusCode === undefined && err.$fault === 'client' && /socket|connect|network/i.test(String(err.message));
}
/** The request itself is malformed (e.g. a cursor that was not issued by us). */
export class BadRequestError extends StorageError {
  status = 400;
  type = 'https://hamm.example/problems/bad-request';
  constructor(message: string, errors?: { pointer: string; detail: string }[]) {
    super(message);
    this.errors = errors;
  }
}
