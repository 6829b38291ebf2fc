import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { Supertrend, supertrend } from './supertrend.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });

// Hand-computed with ATR(2) and multiplier 1 (TR: -, 1, 1, 2, 1, 2.2; ATR: -, -, 1, 1.5, 1.25, 1.725):
// bar 2: bands 10.5 -+ 1 = 9.5 / 11.5; the first bar starts down, line = upper 11.5.
// bar 3: basic 10.5 / 13.5; lower rises to 10.5, upper keeps 11.5; close 12 > 11.5 turns up, line = 10.5.
// bar 4: basic 10.25 / 12.75; lower keeps 10.5 (only rises); the previous close 12 was above the
//        upper band, so it resets to 12.75; close 11.2 stays above 10.5: still up, line = 10.5.
// bar 5: basic 8.275 / 11.725; lower keeps 10.5, upper falls to 11.725; close 9.5 < 10.5 turns down,
//        line = 11.725.
const bars = [
  bar(10, 9, 9.5),
  bar(10.5, 9.5, 10),
  bar(11, 10, 10.5),
  bar(12.5, 11.5, 12),
  bar(12, 11, 11.2),
  bar(11, 9, 9.5),
];
const expectedValue = [NaN, NaN, 11.5, 10.5, 10.5, 11.725];
const expectedDirection = [NaN, NaN, -1, 1, 1, -1];

describe('Supertrend', () => {
  it('trails the lower band in an up trend and the upper band in a down trend, flipping on closes through them', () => {
    const streaming = new Supertrend(2, 1);
    expect(streaming.lookback).toBe(2);
    const streamed = bars.map((b) => streaming.update(b));
    expect(streamed.slice(0, 2)).toEqual([null, null]);
    streamed.slice(2).forEach((v, j) => {
      expect(v?.value).toBeCloseTo(expectedValue[j + 2], 12);
      expect(v?.direction).toBe(expectedDirection[j + 2]);
    });
    const batch = supertrend(bars.map((b) => b.high), bars.map((b) => b.low), bars.map((b) => b.close), 2, 1);
    expect(Array.from(batch.direction)).toEqual(expectedDirection);
    expect(Array.from(batch.value)).toEqual(streamed.map((v) => v?.value ?? NaN));
  });

  it('starts over on reset', () => {
    const indicator = new Supertrend(2, 1);
    for (const b of bars) indicator.update(b);
    indicator.reset();
    expect(indicator.value).toBeNull();
    const again = bars.map((b) => indicator.update(b)?.direction ?? NaN);
    expect(again).toEqual(expectedDirection);
  });

  it('rejects bad options, naming them', () => {
    expect(() => new Supertrend(0, 3)).toThrow('atrPeriod must be an integer >= 1, got 0');
    expect(() => supertrend([1], [1], [1], 10, Infinity)).toThrow('multiplier must be a finite number >= 0, got Infinity');
  });
});
