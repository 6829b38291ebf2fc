import { describe, expect, it } from 'vitest';
import { roundCents } from './round-cents.js';

describe('roundCents', () => {
  it('rounds to the nearest cent, halves away from zero on both sides', () => {
    expect([10.004, 10.005, 10_000.123456, -3.335, -0.001].map(roundCents)).toEqual([10, 10.01, 10_000.12, -3.34, 0]);
  });
});
