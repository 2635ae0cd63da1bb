/**
 * How long a request waits for a service it depends on before it answers 503 itself (issue 35).
 * The one figure: the DynamoDB client derives its timeouts from it (shared/db/client.ts), so do the
 * other clients the functions build, and the CDK test checks deadline < every function's timeout <
 * API Gateway's 29 s, so that the caller gets our problem+json, never the gateway's generic error.
 */
export const DEPENDENCY_DEADLINE_MS = 5000;

/**
 * One attempt's share of the deadline: room for a slow but working service (2 s of latency pass),
 * and for a retry on a fresh connection after an attempt that hung. The deadline cuts any attempt.
 */
export const ATTEMPT_TIMEOUT_MS = Math.round(DEPENDENCY_DEADLINE_MS * 0.6);

/** Opening a connection takes milliseconds when the service is there; beyond this it is not. */
export const CONNECT_TIMEOUT_MS = 1000;

/** What a 503 asks the caller to wait before trying again (the `Retry-After` header, seconds). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * How long one API request may spend in all, below the shortest function timeout (the CDK test checks
 * it): each call has the deadline, and a request of many calls to a slow service has this. Past it,
 * the next call fails at once and the request answers 503 while the function can still answer.
 */
export const REQUEST_BUDGET_MS = 10_000;
