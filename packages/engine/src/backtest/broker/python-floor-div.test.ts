import { describe, expect, it } from 'vitest';
import { pythonFloorDiv } from './python-floor-div.js';

describe('pythonFloorDiv', () => {
  it('floors the exact quotient, not the rounded one', () => {
    // Python: 1 // 0.1 == 9.0 (0.1 is a little above 1/10), while 1 / 0.1 rounds to 10.
    expect(pythonFloorDiv(1, 0.1)).toBe(9);
    expect(Math.floor(1 / 0.1)).toBe(10);
    expect(pythonFloorDiv(1265 * (1 - Number.EPSILON), 2.3)).toBe(549);
  });

  it('agrees with Math.floor on ordinary and negative quotients', () => {
    expect(pythonFloorDiv(9999.999999999998, 103)).toBe(97);
    expect(pythonFloorDiv(7, 2)).toBe(3);
    expect(pythonFloorDiv(-7, 2)).toBe(-4);
    expect(pythonFloorDiv(0.5, 3)).toBe(0);
  });
});
