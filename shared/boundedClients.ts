/**
 * The AWS SDK clients' bounds (server only; the figures are shared/dependencyLimits.ts, which the
 * browser reads too): the request handler's timeouts, the attempts, and each call's abort at the
 * deadline or at the end of its API request's budget, whichever comes first.
 */
import { CONNECT_TIMEOUT_MS, ATTEMPT_TIMEOUT_MS, DEPENDENCY_DEADLINE_MS } from './dependencyLimits.ts';
import { budgetLeft } from './requestBudget.ts';

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
  // Inside an API request, never past what is left of its budget (requestBudget.ts).
  c.send = (command, options) => send(command, { ...options, abortSignal: options?.abortSignal ?? AbortSignal.timeout(Math.floor(Math.min(deadlineMs, budgetLeft()))) });
  return client;
}
