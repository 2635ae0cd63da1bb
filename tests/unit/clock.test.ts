/**
 * One clock: no module reads the wall clock on its own (`new Date()`, `Date.now()`, `Date()`),
 * only shared/time/clock.ts does; everything else asks it for `now()`, so a test or `CLOCK_AT` that
 * moves the clock moves the whole system, and no test decides what to expect from today's date.
 * Elapsed time (timeouts, benchmarks) is `performance.now()`, which no calendar depends on.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../infra/local/stack.ts';
import { now, nowMs, resetClock, setClock } from '../../shared/time/clock.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ['node_modules', 'dist', 'screenshots'].includes(name) ? [] : sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** A read of the wall clock: `new Date()` without arguments, `Date.now()`, or `Date()` called as a function. */
const WALL_CLOCK = /new\s+Date\s*\(\s*\)|\bDate\.now\s*\(|(?<![\w.$])(?<!new\s+)Date\s*\(\s*\)/;

const THE_CLOCK = path.join(ROOT, 'shared', 'time', 'clock.ts');
const THIS_FILE = path.join(ROOT, 'tests', 'unit', 'clock.test.ts');

describe('one clock', () => {
  it('no module outside shared/time/clock.ts reads the wall clock (code, infra, admin and tests alike)', () => {
    const offenders = ['functions', 'infra', 'admin/src', 'admin/angebote', 'shared', 'tests']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((f) => f !== THE_CLOCK && f !== THIS_FILE)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path.relative(ROOT, f)}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\*|\/\/)/.test(line) && WALL_CLOCK.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('recognises each way of reading the wall clock, and leaves instants built from values alone', () => {
    for (const read of ['const t = new Date();', 'x = Date.now() + 1', 'new Date( )', 'String(Date())']) expect(WALL_CLOCK.test(read), read).toBe(true);
    for (const fine of ["new Date('2026-01-01')", 'new Date(Date.UTC(2026, 0, 1))', 'performance.now()', 'now()', 'new Date(nowMs())', 'isDate()', 'toDate()']) expect(WALL_CLOCK.test(fine), fine).toBe(false);
  });

  it('a moved clock reads the instant set, keeps running from there, and goes back', async () => {
    const restore = setClock('2027-01-01T00:30:00+01:00');
    try {
      expect(now().toISOString().slice(0, 16)).toBe('2026-12-31T23:30');
      const first = nowMs();
      await new Promise((r) => setTimeout(r, 20));
      expect(nowMs() - first).toBeGreaterThanOrEqual(15);
      expect(() => setClock('not a date')).toThrow(/not an instant/);
    } finally {
      restore();
    }
    // Back on the wall clock: within a second of what performance measures since the epoch origin.
    expect(Math.abs(nowMs() - (performance.timeOrigin + performance.now()))).toBeLessThan(1000);
    resetClock();
  });
});
