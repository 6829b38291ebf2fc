import { describe, expect, it } from 'vitest';
import { roundHalfEven } from './round-half-even.js';

describe('roundHalfEven', () => {
  it('rounds ties to the even integer, as Python round()', () => {
    expect([0.5, 1.5, 2.5, 3.5].map(roundHalfEven)).toEqual([0, 2, 2, 4]);
  });

  it('rounds everything else to the nearest integer', () => {
    expect([2.4, 2.6, 7, -1.2].map(roundHalfEven)).toEqual([2, 3, 7, -1]);
  });
});
