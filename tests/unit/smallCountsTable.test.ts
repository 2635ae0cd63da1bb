/**
 * Secondary suppression of tables, tried the way a reader would attack it: from the shown cells,
 * the shown totals and the bounds the labels give away (a hidden small count is 0..4, a withheld
 * one 5 or more), look for every integer completion of the table, and fail if a hidden value has
 * only one. The attacker here is written apart from the implementation (interval propagation over
 * the sum equations with bisection, complete for integers), so the two check each other.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { publishedLine, publishedParts, publishedRate, publishedSeries, SMALL_COUNT, suppressTable, WITHHELD, type PublishedPart, type SuppressedTable, type TableTotals } from '../../shared/domain/smallCounts.ts';

// One sum equation: Σ coef·x = constant, over the hidden values.
interface Equation { terms: { v: number; coef: 1 | -1 }[]; constant: number }

/** Narrows every domain by every equation until nothing changes; false when one runs empty. */
function propagate(eqs: Equation[], lo: number[], hi: number[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { terms, constant } of eqs) {
      const min = (t: Equation['terms'][number]) => (t.coef === 1 ? lo[t.v] : -hi[t.v]);
      const max = (t: Equation['terms'][number]) => (t.coef === 1 ? hi[t.v] : -lo[t.v]);
      const sumMin = terms.reduce((s, t) => s + min(t), 0);
      const sumMax = terms.reduce((s, t) => s + max(t), 0);
      if (constant < sumMin || constant > sumMax) return false;
      for (const t of terms) {
        // coef·x lies in [constant − (others' max), constant − (others' min)].
        const from = constant - (sumMax - max(t));
        const to = constant - (sumMin - min(t));
        const [l, h] = t.coef === 1 ? [from, to] : [-to, -from];
        if (l > lo[t.v]) (lo[t.v] = l), (changed = true);
        if (h < hi[t.v]) (hi[t.v] = h), (changed = true);
        if (lo[t.v] > hi[t.v]) return false;
      }
    }
  }
  return true;
}

/** Whether some integer completion within the domains satisfies every equation (propagation, then bisection). */
function feasible(eqs: Equation[], lo: number[], hi: number[]): boolean {
  const [l, h] = [[...lo], [...hi]];
  if (!propagate(eqs, l, h)) return false;
  const v = l.findIndex((x, i) => x < h[i]);
  if (v < 0) return true;
  const mid = Math.floor((l[v] + h[v]) / 2);
  return feasible(eqs, l, h.map((x, i) => (i === v ? mid : x))) || feasible(eqs, l.map((x, i) => (i === v ? mid + 1 : x)), h);
}

/** The hidden values an attacker pins to one value, as labels ("cell 1,2", "row 0", "column 1", "grand"). */
function attack(real: number[][], shown: SuppressedTable, opts: TableTotals): string[] {
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const max = sum(real.flat()) + 10;
  const vars: { label: string; real: number; lo: number; hi: number }[] = [];
  // A value as a term of the equations: a constant when shown, else a variable with the bounds its label gives away.
  const term = (label: string, realValue: number, part: PublishedPart): { constant: number } | { v: number } => {
    if (typeof part === 'number') return { constant: part };
    vars.push({ label, real: realValue, lo: part === null ? 0 : SMALL_COUNT, hi: part === null ? SMALL_COUNT - 1 : max });
    return { v: vars.length - 1 };
  };
  const cells = real.map((row, i) => row.map((c, j) => term(`cell ${i},${j}`, c, shown.cells[i][j])));
  const eqs: Equation[] = [];
  // The published aggregate equals the sum of its cells.
  const equation = (members: ({ constant: number } | { v: number })[], total: { constant: number } | { v: number }) => {
    const terms: Equation['terms'] = [];
    let constant = 0;
    for (const m of members) if ('v' in m) terms.push({ v: m.v, coef: 1 }); else constant -= m.constant;
    if ('v' in total) terms.push({ v: total.v, coef: -1 }); else constant += total.constant;
    eqs.push({ terms, constant });
  };
  if (opts.rowTotals) real.forEach((row, i) => equation(cells[i], term(`row ${i}`, sum(row), shown.rowTotals![i])));
  if (opts.columnTotals) real[0].forEach((_, j) => equation(cells.map((r) => r[j]), term(`column ${j}`, sum(real.map((r) => r[j])), shown.columnTotals![j])));
  if (opts.grandTotal) equation(cells.flat(), term('grand', sum(real.flat()), shown.grandTotal!));
  const lo = vars.map((x) => x.lo);
  const hi = vars.map((x) => x.hi);
  return vars
    .filter((x, v) => {
      const below = x.real - 1 >= x.lo && feasible(eqs, lo, hi.map((h, i) => (i === v ? x.real - 1 : h)));
      const above = x.real + 1 <= x.hi && feasible(eqs, lo.map((l, i) => (i === v ? x.real + 1 : l)), hi);
      return !below && !above;
    })
    .map((x) => x.label);
}

/** What is shown is true: shown values unchanged, null only for small values, withheld only for values that are not small. */
function truthful(real: number, part: PublishedPart | undefined): boolean {
  return part === null ? real < SMALL_COUNT : part === WITHHELD ? real >= SMALL_COUNT : part === real;
}

function checkTable(real: number[][], opts: TableTotals) {
  const shown = suppressTable(real, opts);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  real.forEach((row, i) => row.forEach((c, j) => expect(truthful(c, shown.cells[i][j]), `cell ${i},${j}`).toBe(true)));
  if (opts.rowTotals) real.forEach((row, i) => expect(truthful(sum(row), shown.rowTotals![i])).toBe(true));
  else expect(shown.rowTotals).toBeUndefined();
  if (opts.columnTotals) real[0].forEach((_, j) => expect(truthful(sum(real.map((r) => r[j])), shown.columnTotals![j])).toBe(true));
  if (opts.grandTotal) expect(truthful(sum(real.flat()), shown.grandTotal)).toBe(true);
  expect(attack(real, shown, opts), JSON.stringify({ real, opts, shown })).toEqual([]);
  return shown;
}

const ALL: TableTotals = { rowTotals: true, columnTotals: true, grandTotal: true };

describe('the attacker', () => {
  it('recovers what primary suppression alone leaves open (so the attack can fail a table)', () => {
    const real = [[12, 3, 8]];
    expect(attack(real, { cells: [[12, null, 8]], rowTotals: [23] }, { rowTotals: true })).toEqual(['cell 0,1']);
    // A lone hidden cell in a column with its city-wide sum.
    expect(attack([[10], [2], [7]], { cells: [[10], [null], [7]], columnTotals: [19] }, { columnTotals: true })).toEqual(['cell 1,0']);
  });

  it('uses the bounds the labels give away: a total of 5 over a small and a withheld count pins both', () => {
    expect(attack([[0, 5]], { cells: [[null, WITHHELD]], rowTotals: [5] }, { rowTotals: true })).toEqual(['cell 0,0', 'cell 0,1']);
    // Two hidden zeros under a shown total: both must be 0.
    expect(attack([[0, 0, 10]], { cells: [[null, null, 10]], rowTotals: [10] }, { rowTotals: true })).toEqual(['cell 0,0', 'cell 0,1']);
  });
});

describe('table suppression', () => {
  it('withholds the smallest other cell when one small cell sits in a row with its total', () => {
    expect(checkTable([[12, 3, 8]], { rowTotals: true })).toEqual({ cells: [[12, null, WITHHELD]], rowTotals: [23] });
  });

  it('withholds a neighbour in a column with the city-wide sum', () => {
    expect(checkTable([[10], [2], [7]], { columnTotals: true })).toEqual({ cells: [[10], [null], [WITHHELD]], columnTotals: [19] });
    checkTable([[10, 20], [2, 9], [7, 30]], { columnTotals: true, grandTotal: true });
    checkTable([[10, 20], [2, 9], [7, 30]], ALL);
  });

  it('hides a 2×2 of small counts and its small totals', () => {
    const shown = checkTable([[1, 2], [3, 0]], ALL);
    expect(shown.cells).toEqual([[null, null], [null, null]]);
    expect(shown.rowTotals).toEqual([null, null]);
    expect(shown.columnTotals).toEqual([null, null]);
    expect(shown.grandTotal).toBe(6);
    checkTable([[0, 0], [0, 0]], ALL);
    checkTable([[4, 4], [4, 4]], ALL);
  });

  it('does not let bounds pin a value: a row total of 5 over 0 and 5 is withheld too', () => {
    expect(checkTable([[0, 5]], { rowTotals: true })).toEqual({ cells: [[null, WITHHELD]], rowTotals: [WITHHELD] });
    checkTable([[0, 0, 10]], { rowTotals: true });
    checkTable([[4, 4, 10]], { rowTotals: true });
    checkTable([[5, 0], [5, 0]], ALL);
  });

  it('publishes what needs no protection as it is', () => {
    expect(checkTable([[5, 6], [7, 8]], ALL)).toEqual({ cells: [[5, 6], [7, 8]], rowTotals: [11, 15], columnTotals: [12, 14], grandTotal: 26 });
    expect(checkTable([[1, 6], [7, 8]], {})).toEqual({ cells: [[null, 6], [7, 8]] });
    expect(suppressTable([], ALL)).toEqual({ cells: [], rowTotals: [], columnTotals: [], grandTotal: null });
  });

  it('protects every hidden value of generated tables against the attack', () => {
    const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 6 }), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 30 }), weight: 1 });
    const table = fc.integer({ min: 1, max: 4 }).chain((m) => fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(count, { minLength: n, maxLength: n }), { minLength: m, maxLength: m })));
    const totals = fc.record({ rowTotals: fc.boolean(), columnTotals: fc.boolean(), grandTotal: fc.boolean() });
    // A fixed seed: the same tables on every run, and a failure names its table.
    fc.assert(fc.property(table, totals, (real, opts) => void checkTable(real, opts)), { seed: 33, numRuns: 1500 });
  });
});

describe('parts of a published total (survey answers)', () => {
  it('keeps the survey rule and closes the cases bounds alone would pin', () => {
    expect(publishedParts([12, 8, 3])).toEqual([12, WITHHELD, null]);
    expect(publishedParts([0, 0, 10])).toEqual([null, null, WITHHELD]);
    expect(publishedParts([])).toEqual([]);
    expect(publishedLine([12, 8, 3])).toEqual({ parts: [12, WITHHELD, null], total: 23 });
    for (const counts of [[0, 0, 10], [4, 4, 10], [5, 0], [5, 5, 0], [5, 1], [3, 8, 8, 4, 0], [2, 1]]) {
      const { parts, total } = publishedLine(counts);
      expect(attack([counts], { cells: [parts], rowTotals: [total] }, { rowTotals: true }), JSON.stringify(counts)).toEqual([]);
    }
  });

  it('withholds the total where the parts cannot protect themselves, and says why publishing it anyway fails', () => {
    expect(publishedLine([5, 0])).toEqual({ parts: [WITHHELD, null], total: WITHHELD });
    expect(attack([[5, 0]], { cells: [publishedParts([5, 0])], rowTotals: [5] }, { rowTotals: true })).toEqual(['cell 0,0', 'cell 0,1']);
  });
});

describe('rates and series', () => {
  it('suppresses a rate from a small numerator, a small denominator, or a small rest of a share', () => {
    expect(publishedRate(4, 100)).toBeNull();
    expect(publishedRate(97, 100)).toBeNull(); // 3 did not
    expect(publishedRate(95, 100)).toBe(0.95);
    expect(publishedRate(10, 4, { share: false })).toBeNull();
    expect(publishedRate(12, 6)).toBe(2); // a rate above 1 is no share
    expect(publishedRate(97, 100, { share: false })).toBe(0.97);
    expect(publishedRate(0, 0)).toBeNull();
  });

  it('hides the small counts of a series and leaves other values alone', () => {
    expect(publishedSeries([0, 4, 5, 12], true)).toEqual([null, null, 5, 12]);
    expect(publishedSeries([0.5, 3, 120], false)).toEqual([0.5, 3, 120]);
  });
});
