/**
 * Small counts are not published: a count under SMALL_COUNT (zero included) could point at a
 * person, so what the public sees, and every export, says "weniger als 5" instead. Written once:
 * survey results, their export, the published indicator tables and series, and the open data
 * downloads use these rules.
 *
 * Primary suppression: every count under SMALL_COUNT is hidden (null, "weniger als 5"), totals too.
 *
 * Secondary suppression (tables with published totals): no hidden count may be worked out from
 * what is shown. A table with row totals, column totals (the city-wide sum per column) and a grand
 * total is a flow network: a source feeds each row with its total, each cell carries its count from
 * its row to its column, each column passes its total to a sink, and the grand total closes the
 * circle. A reader knows the shown values exactly, a hidden small count to lie in 0..4 and a
 * withheld count to be 5 or more (its label says it is not small: "nicht ausgewiesen"; we do not
 * let it read "weniger als 5", which would be false), and a total that is not published at all
 * only to be 0 or more. A hidden value is safe when another completion of the table, consistent
 * with all of that, gives it a different value, i.e. when an augmenting cycle through it exists in
 * the residual network (exact for integer flows: two completions differ by a sum of such cycles).
 * So bounds cannot pin a value either: a row total of 5 over one hidden small count and one
 * withheld count (withheld >= 5 forces small = 0) has no such cycle, and is protected further.
 * The rule guarantees each hidden value at least two possible values; it does not widen that
 * interval further, and a sum of several hidden values in a line may be known (each stays uncertain).
 *
 * suppressTable first applies the standard line rule (a row, column or total line with exactly
 * one hidden value gets a complement: the smallest shown value of the line, preferring one that
 * completes two lines at once and opens no new one), then audits every hidden value and withholds
 * further values (the smallest that frees the pinned one, looked for in its own lines first) until
 * none is pinned.
 */
export const SMALL_COUNT = 5;

/** The count as published: itself, or null for "fewer than SMALL_COUNT". */
export const published = (count: number): number | null => (count < SMALL_COUNT ? null : count);

/** A count that is not small itself but is withheld, because a small one could be worked out from it. */
export const WITHHELD = 'withheld' as const;
export type PublishedPart = number | null | typeof WITHHELD;

/**
 * Counts that add up to a published total (a single choice, a scale) and that total: a table of
 * one row with its total, so a lone hidden count gets a withheld neighbour (the next smallest,
 * which says so: it is not "fewer than 5"), and so does a line whose hidden counts bounds alone
 * would pin (all zero). The total is withheld too where nothing else helps: [5, 0] of 5.
 */
export function publishedLine(counts: number[]): { parts: PublishedPart[]; total: PublishedPart } {
  const { cells, rowTotals } = suppressTable([counts], { rowTotals: true });
  return { parts: cells[0], total: rowTotals![0] };
}

/**
 * The parts of publishedLine alone, for callers that publish the total themselves as
 * published(total). That total differs from publishedLine's only where every shown part is
 * exactly 5 and the rest small ([5, 0] of 5, [5, 5, 0] of 10): there the parts cannot protect
 * themselves, and the total must be withheld, so such callers should move to publishedLine.
 */
export function publishedParts(counts: number[]): PublishedPart[] {
  return publishedLine(counts).parts;
}

export interface TableTotals {
  /** Each row's sum is published (e.g. a social space's total over the columns). */
  rowTotals?: boolean;
  /** Each column's sum is published (e.g. the city-wide sum over the social spaces). */
  columnTotals?: boolean;
  /** The sum of all cells is published. */
  grandTotal?: boolean;
}

export interface SuppressedTable {
  cells: PublishedPart[][];
  rowTotals?: PublishedPart[];
  columnTotals?: PublishedPart[];
  grandTotal?: PublishedPart;
}

/** How a value is published: shown, hidden as small, withheld as a complement, or not published at all. */
type State = 'shown' | 'small' | 'withheld' | 'free';
interface Arc { from: number; to: number; value: number; state: State; isCell: boolean }

const bounds = (a: Arc): [number, number] =>
  a.state === 'shown' ? [a.value, a.value] : a.state === 'small' ? [0, SMALL_COUNT - 1] : a.state === 'withheld' ? [SMALL_COUNT, Infinity] : [0, Infinity];
const hidden = (a: Arc) => a.state === 'small' || a.state === 'withheld';

/** The table as a circulation: node 0 the source, 1..m the rows, m+1..m+n the columns, m+n+1 the sink. */
function network(cells: number[][], opts: TableTotals): { arcs: Arc[]; nodes: number } {
  const m = cells.length;
  const n = cells[0].length;
  const sink = m + n + 1;
  const total = (value: number, on: boolean | undefined, from: number, to: number): Arc => ({ from, to, value, state: on ? 'shown' : 'free', isCell: false });
  const arcs: Arc[] = [];
  cells.forEach((row, i) => row.forEach((value, j) => arcs.push({ from: 1 + i, to: 1 + m + j, value, state: 'shown', isCell: true })));
  cells.forEach((row, i) => arcs.push(total(row.reduce((s, c) => s + c, 0), opts.rowTotals, 0, 1 + i)));
  for (let j = 0; j < n; j++) arcs.push(total(cells.reduce((s, row) => s + row[j], 0), opts.columnTotals, 1 + m + j, sink));
  arcs.push(total(cells.flat().reduce((s, c) => s + c, 0), opts.grandTotal, sink, 0));
  for (const a of arcs) if (a.state === 'shown' && a.value < SMALL_COUNT) a.state = 'small';
  return { arcs, nodes: sink + 1 };
}

/** Whether `goal` can be reached from `start` along residual arcs (room to move by one), leaving out arc `skip`. */
function reaches(arcs: Arc[], nodes: number, skip: number, start: number, goal: number): boolean {
  const out: number[][] = Array.from({ length: nodes }, () => []);
  arcs.forEach((a, k) => {
    if (k === skip) return;
    const [lo, hi] = bounds(a);
    if (a.value < hi) out[a.from].push(a.to);
    if (a.value > lo) out[a.to].push(a.from);
  });
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === goal) return true;
    for (const next of out[node]) if (!seen.has(next)) (seen.add(next), queue.push(next));
  }
  return false;
}

/** Whether another completion of the table gives arc `k` another value (a cycle through it can move it up or down by one). */
function movable(arcs: Arc[], nodes: number, k: number): boolean {
  const a = arcs[k];
  const [lo, hi] = bounds(a);
  return (a.value < hi && reaches(arcs, nodes, k, a.to, a.from)) || (a.value > lo && reaches(arcs, nodes, k, a.from, a.to));
}

/** The lines (node equations) a reader can use: those without an unpublished total. */
function linesOf(arcs: Arc[], nodes: number): number[][] {
  const lines: number[][] = Array.from({ length: nodes }, () => []);
  arcs.forEach((a, k) => (lines[a.from].push(k), lines[a.to].push(k)));
  return lines.filter((line) => line.every((k) => arcs[k].state !== 'free'));
}

const smallestFirst = (arcs: Arc[]) => (x: number, y: number) => arcs[x].value - arcs[y].value || Number(arcs[y].isCell) - Number(arcs[x].isCell) || x - y;

/** The line rule: a line with exactly one hidden value gets the best complement among the shown values of such lines. */
function lineComplement(arcs: Arc[], lines: number[][]): number | undefined {
  const hiddenIn = (line: number[]) => line.filter((k) => hidden(arcs[k])).length;
  const needy = lines.filter((line) => hiddenIn(line) === 1);
  if (!needy.length) return undefined;
  const score = (k: number) => {
    const own = lines.filter((line) => line.includes(k));
    return { fixes: own.filter((line) => needy.includes(line)).length, opens: own.filter((line) => hiddenIn(line) === 0).length };
  };
  const candidates = [...new Set(needy.flat())].filter((k) => arcs[k].state === 'shown');
  const bySmallest = smallestFirst(arcs);
  return candidates.sort((x, y) => {
    const [a, b] = [score(x), score(y)];
    return b.fixes - a.fixes || a.opens - b.opens || bySmallest(x, y);
  })[0];
}

/** A complement for a pinned value: the smallest shown value whose withholding frees it (its own lines first), else the smallest in its lines. */
function auditComplement(arcs: Arc[], nodes: number, pinned: number): number | undefined {
  const p = arcs[pinned];
  const touches = (k: number) => [p.from, p.to].some((node) => node === arcs[k].from || node === arcs[k].to);
  const shown = arcs.map((_, k) => k).filter((k) => arcs[k].state === 'shown').sort(smallestFirst(arcs));
  const ordered = [...shown.filter(touches), ...shown.filter((k) => !touches(k))];
  const frees = ordered.find((k) => {
    arcs[k].state = 'withheld';
    const ok = movable(arcs, nodes, pinned);
    arcs[k].state = 'shown';
    return ok;
  });
  return frees ?? ordered[0];
}

/**
 * A table of counts (rows × columns) as published, with the totals asked for: small counts and
 * small totals hidden (null), complements withheld (WITHHELD) until no hidden value can be worked
 * out from the shown cells, the shown totals and the bounds a reader knows (see the top of this file).
 */
export function suppressTable(cells: number[][], opts: TableTotals = {}): SuppressedTable {
  // No cells: every total is a sum of nothing, zero, hidden.
  if (!cells.length || !cells[0].length) {
    return {
      cells: cells.map(() => []),
      ...(opts.rowTotals ? { rowTotals: cells.map(() => null) } : {}),
      ...(opts.columnTotals ? { columnTotals: [] } : {}),
      ...(opts.grandTotal ? { grandTotal: null } : {}),
    };
  }
  const { arcs, nodes } = network(cells, opts);
  const lines = linesOf(arcs, nodes);
  for (;;) {
    let next = lineComplement(arcs, lines);
    if (next === undefined) {
      const pinned = arcs.findIndex((a, k) => hidden(a) && !movable(arcs, nodes, k));
      if (pinned < 0) break;
      next = auditComplement(arcs, nodes, pinned);
      // Nothing left to withhold: every published value is hidden already (not reached for tables
      // of counts, where some other completion always exists once everything is hidden).
      if (next === undefined) break;
    }
    arcs[next].state = 'withheld';
  }
  const part = (a: Arc): PublishedPart => (a.state === 'small' ? null : a.state === 'withheld' ? WITHHELD : a.value);
  const m = cells.length;
  const n = cells[0].length;
  return {
    cells: cells.map((row, i) => row.map((_, j) => part(arcs[i * n + j]))),
    ...(opts.rowTotals ? { rowTotals: cells.map((_, i) => part(arcs[m * n + i])) } : {}),
    ...(opts.columnTotals ? { columnTotals: cells[0].map((_, j) => part(arcs[m * n + m + j])) } : {}),
    ...(opts.grandTotal ? { grandTotal: part(arcs[m * n + m + n]) } : {}),
  };
}

/**
 * A rate or share as published (numerator / denominator, as a fraction; the caller scales and rounds),
 * or null when it would reveal a small count:
 * - the numerator is under SMALL_COUNT (the count itself is small), or
 * - the denominator is under SMALL_COUNT (a rate over very few people), or
 * - for a share of people (numerator part of denominator, the default whenever numerator <=
 *   denominator), the rest, denominator − numerator, is under SMALL_COUNT: "97 % of 100" tells
 *   that 3 did not. Pass `{ share: false }` for a rate whose numerator is not a part of its
 *   denominator (visits per resident), where that rest counts nobody.
 */
export function publishedRate(numerator: number, denominator: number, opts: { share?: boolean } = {}): number | null {
  const share = opts.share ?? numerator <= denominator;
  if (numerator < SMALL_COUNT || denominator < SMALL_COUNT) return null;
  if (share && denominator - numerator < SMALL_COUNT) return null;
  return numerator / denominator;
}

/**
 * One published series (one indicator in one social space, a value per period): counts under
 * SMALL_COUNT are hidden; other values (rates, shares, averages: suppressed with publishedRate when
 * computed) stay. No total is published with it, so nothing can be worked out and no secondary
 * suppression is needed. Not so when a sum is published beside it (the year's total, the same
 * periods city-wide over several social spaces) or when the series is a running total (its steps
 * are counts): then it is a line of a table, for suppressTable.
 */
export function publishedSeries(values: number[], isCount: boolean): (number | null)[] {
  return isCount ? values.map(published) : [...values];
}
