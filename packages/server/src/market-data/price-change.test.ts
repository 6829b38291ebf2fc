import { describe, expect, it } from 'vitest';
import { priceChange } from './price-change.js';

describe('priceChange', () => {
  it('gives the move from the previous close and its percentage', () => {
    expect(priceChange(102, 100)).toEqual({ change: 2, changePercent: 2 });
    expect(priceChange(99, 100)).toEqual({ change: -1, changePercent: -1 });
  });

  it('has no percentage without a previous close, or from a close of 0', () => {
    expect(priceChange(5, null)).toEqual({ change: null, changePercent: null });
    expect(priceChange(5, 0)).toEqual({ change: 5, changePercent: null });
  });
});
