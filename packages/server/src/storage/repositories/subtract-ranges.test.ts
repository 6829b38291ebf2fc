import { describe, expect, it } from 'vitest';
import { subtractRanges } from './subtract-ranges.js';

describe('subtractRanges', () => {
  it('returns the whole range when nothing is covered', () => {
    expect(subtractRanges({ from: 0, to: 100 }, [])).toEqual([{ from: 0, to: 100 }]);
  });

  it('returns the gaps between, before and after covered pieces, in order', () => {
    expect(subtractRanges({ from: 0, to: 100 }, [{ from: 60, to: 70 }, { from: 10, to: 20 }])).toEqual([
      { from: 0, to: 10 },
      { from: 20, to: 60 },
      { from: 70, to: 100 },
    ]);
  });

  it('handles overlapping and touching pieces and pieces reaching outside the range', () => {
    expect(subtractRanges({ from: 0, to: 100 }, [{ from: -50, to: 30 }, { from: 20, to: 40 }, { from: 40, to: 50 }, { from: 90, to: 500 }])).toEqual([{ from: 50, to: 90 }]);
  });

  it('returns nothing when the range is fully covered', () => {
    expect(subtractRanges({ from: 10, to: 20 }, [{ from: 0, to: 15 }, { from: 15, to: 30 }])).toEqual([]);
  });
});
