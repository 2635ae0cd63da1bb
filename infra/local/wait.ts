/** Polls `probe` until it resolves, or fails with a message naming what did not come up. */
export async function waitFor(what: string, probe: () => Promise<unknown>, timeoutMs = 30000): Promise<void> {
  // Elapsed time, not the calendar: a moved clock (shared/time/clock.ts) must not shorten the wait.
  const start = performance.now();
  let last: unknown;
  while (performance.now() - start < timeoutMs) {
    try {
      await probe();
      return;
    } catch (e) {
      last = e;
      if (e instanceof Error && /exited/.test(e.message)) throw e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000}s: ${String((last as Error)?.message ?? last)}`);
}
