/**
 * THE clock: every module asks here for "now", never `new Date()` or `Date.now()` on its own
 * (tests/unit/clock.test.ts fails on any other read of the wall clock). Calendar questions —
 * which month, which Berlin day, which working day — are answered from this instant by
 * shared/time/months.ts and shared/time/workingDays.ts, all in Europe/Berlin.
 *
 * Why one source: a month boundary read from two clocks (or one in UTC, one in Berlin) shows a
 * dashboard of one month over the measurements of another. Tests and `npm start` with `CLOCK_AT`
 * move the clock with `setClock`; it keeps running from the instant set, so leases, caches and
 * audit timestamps still advance. Elapsed time (timeouts, benchmarks) uses `performance.now()`.
 */

let offsetMs = 0;

/** Milliseconds since the epoch, on the (possibly moved) clock. */
export function nowMs(): number {
  return Date.now() + offsetMs;
}

/** The current instant. */
export function now(): Date {
  return new Date(nowMs());
}

/**
 * Moves the clock so that it reads `instant` now and runs on from there. Returns a function that
 * puts it back. Used by tests (the calendar matrix) and by `npm start` with `CLOCK_AT`.
 */
export function setClock(instant: Date | string | number): () => void {
  const previous = offsetMs;
  const target = typeof instant === 'number' ? instant : new Date(instant).getTime();
  if (Number.isNaN(target)) throw new Error(`setClock: not an instant: ${String(instant)}`);
  offsetMs = target - Date.now();
  return () => {
    offsetMs = previous;
  };
}

/** How far the clock is moved from the wall clock, in ms (0 when not moved): `npm start` hands it to the admin UI. */
export function clockOffsetMs(): number {
  return offsetMs;
}

/** Back to the wall clock. */
export function resetClock(): void {
  offsetMs = 0;
}
