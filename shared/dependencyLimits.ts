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
 * The request handler options every AWS SDK client the functions build gets (DynamoDB, Cognito, SES,
 * Secrets Manager, Translate, S3, Lambda). Options, not a handler: the SDK makes its own. Without
 * throwOnRequestTimeout a request past its timeout only logs a warning and hangs on.
 */
export const BOUNDED_REQUEST_HANDLER = { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: ATTEMPT_TIMEOUT_MS, throwOnRequestTimeout: true };

/** An AWS SDK client's bounds: the handler above and the SDK's 3 attempts, all within the deadline (withDeadline). */
export const boundedClientConfig = () => ({ maxAttempts: 3, requestHandler: { ...BOUNDED_REQUEST_HANDLER } });

type Sends = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown> };

/**
 * Gives every call of `client` the deadline, unless the caller brought its own signal. On the
 * instance, not by middleware: the SDK hands its HTTP handler only the signal given to `send`.
 */
export function withDeadline<C>(client: C, deadlineMs = DEPENDENCY_DEADLINE_MS): C {
  const c = client as unknown as Sends;
  const send = c.send.bind(c);
  c.send = (command, options) => send(command, { ...options, abortSignal: options?.abortSignal ?? AbortSignal.timeout(deadlineMs) });
  return client;
}
