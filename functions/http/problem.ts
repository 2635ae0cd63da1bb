/**
 * RFC 9457 problem details. Every error response of the API is `application/problem+json`
 * with type, title, status and detail; validation errors list the fields in `errors`.
 */
import type * as z from 'zod';
import { isUnavailable, StorageError, UnavailableError } from '../../shared/db/errors.ts';
import { RETRY_AFTER_SECONDS } from '../../shared/dependencyLimits.ts';

export interface FieldError {
  /** JSON Pointer into the request part, e.g. `/body/title`. */
  pointer: string;
  detail: string;
  /** For shape errors, the zod issue code (`invalid_type`, `too_big`, …); `custom` marks a cross-field rule. */
  code?: string;
}

export class HttpProblem extends Error {
  constructor(
    public status: number,
    public title: string,
    detail: string,
    public extra: { type?: string; errors?: FieldError[]; [k: string]: unknown } = {},
  ) {
    super(detail);
  }
}

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) =>
    new HttpProblem(400, 'Bad Request', detail, { type: 'https://hamm.example/problems/validation', errors }),
  unauthorized: (detail = 'Authentication required') => new HttpProblem(401, 'Unauthorized', detail),
  forbidden: (permission: string, detail: string) =>
    new HttpProblem(403, 'Forbidden', detail, { type: 'https://hamm.example/problems/forbidden', permission }),
  notFound: (detail: string) => new HttpProblem(404, 'Not Found', detail),
  conflict: (detail: string) => new HttpProblem(409, 'Conflict', detail),
  methodNotAllowed: (detail: string) => new HttpProblem(405, 'Method Not Allowed', detail),
  tooLarge: (limit: number) => new HttpProblem(413, 'Content Too Large', `The request body exceeds ${limit} bytes`),
  badGateway: (detail: string, reason: string) => new HttpProblem(502, 'Bad Gateway', detail, { errors: [{ pointer: '', detail: reason }] }),
  notImplemented: (detail: string, reason: string) => new HttpProblem(501, 'Not Implemented', detail, { errors: [{ pointer: '', detail: reason }] }),
  unsupportedMediaType: (got?: string) =>
    new HttpProblem(415, 'Unsupported Media Type', `Send JSON with Content-Type: application/json${got ? ` (got '${got}')` : ''}`),
};

/** zod issues → field errors with JSON pointers, prefixed by the request part. */
export function zodErrors(part: 'body' | 'query' | 'params', error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = `/${part}${issue.path.map((p) => `/${String(p)}`).join('')}`;
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => ({ pointer: `${base}/${k}`, detail: 'Unbekanntes Feld', code: issue.code }));
    return [{ pointer: base, detail: issue.message, code: issue.code }];
  });
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  422: 'Bad Request',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
  [k: string]: unknown;
}

/**
 * Any thrown value → problem body. Only known error kinds reveal their message;
 * everything else becomes a generic 500 (the details go to the log, with the correlation id).
 */
export function toProblem(err: unknown): { body: ProblemBody; expected: boolean } {
  if (err instanceof HttpProblem) {
    return { body: { type: 'about:blank', title: err.title, status: err.status, detail: err.message, ...err.extra }, expected: true };
  }
  if (err instanceof StorageError) {
    const status = err.status;
    const body: ProblemBody = { type: err.type, title: TITLES[status] ?? 'Error', status, detail: err.message };
    if (err.errors) body.errors = err.errors.map((e) => ({ pointer: `/body${e.pointer}`, detail: e.detail }));
    if ('currentVersion' in err && err.currentVersion !== undefined) body.currentVersion = err.currentVersion;
    return { body, expected: status < 500 || status === 503 };
  }
  // A raw SDK or network failure that no store wrapped (the authorizer, Powertools, a bare client).
  if (isUnavailable(err)) return toProblem(new UnavailableError(err));
  // middy's own http errors (e.g. router 404); their messages are written for clients.
  if (typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number' && !('expose' in err && err.expose === false) && err.statusCode < 500) {
    const status = err.statusCode === 422 ? 400 : err.statusCode;
    return { body: { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail: String('message' in err ? err.message : undefined) }, expected: true };
  }
  return {
    body: { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred. Quote the correlation id when reporting it.' },
    expected: false,
  };
}

/** The headers of a problem response: its media type, and for a 503 when to try again (the wrapper's and the local server's). */
export function problemHeaders(status: number): Record<string, string> {
  return { 'Content-Type': 'application/problem+json; charset=utf-8', ...(status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}) };
}
