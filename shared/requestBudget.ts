/**
 * What is left of one API request's time (REQUEST_BUDGET_MS, or less where the function has less
 * left): the wrapper runs each route inside it, and every bounded client's call ends by then
 * (boundedClients.ts). Outside a request (scheduled work) there is no budget, only each call's deadline.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const ends = new AsyncLocalStorage<number>();

export function withinBudget<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return ends.run(performance.now() + ms, work);
}

/** Milliseconds left of the current request's budget (never negative); Infinity outside a request. */
export function budgetLeft(): number {
  const end = ends.getStore();
  return end === undefined ? Infinity : Math.max(0, end - performance.now());
}

/** Runs work that outlives its request (a local import run handed on) without the request's budget. */
export function outsideBudget(work: () => void): void {
  ends.exit(work);
}
