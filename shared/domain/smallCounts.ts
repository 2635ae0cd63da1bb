/**
 * Small counts are not published: a count under SMALL_COUNT (zero included) could point at a
 * person, so what the public sees, and every export, says "weniger als 5" instead. Written once:
 * survey results, their export and any later public statistics use these rules.
 */
export const SMALL_COUNT = 5;

/** The count as published: itself, or null for "fewer than SMALL_COUNT". */
export const published = (count: number): number | null => (count < SMALL_COUNT ? null : count);

/** A count that is not small itself but is withheld, because a small one could be worked out from it. */
export const WITHHELD = 'withheld' as const;
export type PublishedPart = number | null | typeof WITHHELD;

/**
 * Counts that add up to a published total (a single choice, a scale): when exactly one is hidden, it
 * could be worked out as the total minus the others, so the next smallest is withheld too (and says
 * so: it is not "fewer than 5").
 */
export function publishedParts(counts: number[]): PublishedPart[] {
  const shown: PublishedPart[] = counts.map(published);
  if (shown.filter((c) => c === null).length !== 1) return shown;
  let next = -1;
  counts.forEach((c, i) => {
    if (shown[i] !== null && (next < 0 || c < counts[next])) next = i;
  });
  if (next >= 0) shown[next] = WITHHELD;
  return shown;
}
