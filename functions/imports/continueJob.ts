/**
 * Hands a running import to a fresh invocation of this function, so no run meets Lambda's time
 * limit: in AWS an asynchronous self-invocation (Lambda retries it on failure); locally the same
 * handler is called in this process, once the current request has answered.
 */
import { outsideBudget } from '../../shared/requestBudget.ts';
import { invokeSelf, selfName } from '../http/selfInvoke.ts';

export interface ImportRunEvent {
  /** `token`: the runner this invocation takes the job over from (shared lease, functions/imports/jobs.ts). */
  importRun: { jobId: string; userId: string; token: string; tenant: string };
}

export const isImportRun = (event: unknown): event is ImportRunEvent => typeof (event as ImportRunEvent | null)?.importRun?.jobId === 'string';

export async function continueJob(run: ImportRunEvent['importRun'], local: (event: ImportRunEvent) => Promise<unknown>): Promise<void> {
  const event: ImportRunEvent = { importRun: run };
  if (!selfName()) {
    // A run of its own, as in AWS: not bound by the budget of the request that started it.
    setImmediate(() => outsideBudget(() => void local(event).catch(() => undefined)));
    return;
  }
  await invokeSelf(event);
}
