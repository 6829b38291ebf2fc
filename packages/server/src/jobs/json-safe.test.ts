import { describe, expect, it } from 'vitest';
import { jsonSafe } from './json-safe.js';

describe('jsonSafe', () => {
  it('turns NaN and infinities into null at any depth, keeping every finite number', () => {
    const stats = { 'Sharpe Ratio': Number.NaN, 'Profit Factor': Number.POSITIVE_INFINITY, 'Return [%]': -3.25, Duration: '30 days 00:00:00' };
    expect(jsonSafe({ stats, curve: [1, Number.NEGATIVE_INFINITY], nested: { sl: undefined, tp: 0 } })).toEqual({
      stats: { 'Sharpe Ratio': null, 'Profit Factor': null, 'Return [%]': -3.25, Duration: '30 days 00:00:00' },
      curve: [1, null],
      nested: { tp: 0 },
    });
  });

  it('turns typed arrays into arrays and refuses what JSON cannot hold', () => {
    expect(jsonSafe(new Float64Array([0.5, Number.NaN]))).toEqual([0.5, null]);
    expect(() => jsonSafe({ f: () => 1 })).toThrow('function cannot be stored as JSON');
    expect(() => jsonSafe(1n)).toThrow('bigint cannot be stored as JSON');
  });
});
