/** Small counts are never published, and a single hidden count cannot be worked out from the others. */
import { describe, expect, it } from 'vitest';
import { published, publishedParts, SMALL_COUNT, WITHHELD } from '../../shared/domain/smallCounts.ts';

describe('small counts', () => {
  it(`hides every count under ${SMALL_COUNT}, zero included`, () => {
    expect([0, 1, 4, 5, 6, 100].map(published)).toEqual([null, null, null, 5, 6, 100]);
  });

  it('withholds the next smallest too when exactly one part of a total is hidden, and says so', () => {
    expect(publishedParts([12, 8, 3])).toEqual([12, WITHHELD, null]);
    expect(publishedParts([3, 8, 8, 4, 0])).toEqual([null, 8, 8, null, null]);
    expect(publishedParts([20, 6, 7])).toEqual([20, 6, 7]);
    expect(publishedParts([5, 1])).toEqual([WITHHELD, null]);
  });
});
