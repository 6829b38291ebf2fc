import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { SwingPoints, swingPoints } from './swing-points.js';

// Hand-worked, strength 2 (a swing needs 2 bars each side, confirmed 2 bars after it):
// highs: the 5 at bar 3 is a swing high (confirmed at bar 5); the 6s at bars 6 and 7 tie, and the
// latest wins, so the swing high is bar 7 (confirmed at bar 9). lows: the 2 at bar 5 is a swing low
// (confirmed at bar 7); the 1 at bar 8 is not (0.5 follows). Both exist from bar 7 on.
const highs = [1, 3, 2, 5, 4, 3, 6, 6, 2, 1, 1];
const lows = [0, 2, 1, 4, 3, 2, 5, 4, 1, 0.5, 0.8];
const none = new Array<number>(7).fill(NaN);
const expected = {
  swingHigh: [...none, 5, 5, 6, 6],
  swingLow: [...none, 2, 2, 2, 2],
  swingHighAge: [...none, 4, 5, 2, 3],
  swingLowAge: [...none, 2, 3, 4, 5],
};
const asBars = (h: readonly number[], l: readonly number[]): Bar[] =>
  h.map((high, i) => ({ time: i, open: high, high, low: l[i], close: l[i], volume: 0 }));

describe('SwingPoints', () => {
  it('reports the latest confirmed swing high and low with their ages, once both exist', () => {
    const batch = swingPoints(highs, lows, 2);
    expect(Array.from(batch.swingHigh)).toEqual(expected.swingHigh);
    expect(Array.from(batch.swingLow)).toEqual(expected.swingLow);
    expect(Array.from(batch.swingHighAge)).toEqual(expected.swingHighAge);
    expect(Array.from(batch.swingLowAge)).toEqual(expected.swingLowAge);

    const streaming = new SwingPoints(2);
    expect(streaming.lookback).toBe(4);
    const streamed = asBars(highs, lows).map((b) => streaming.update(b));
    expect(streamed.slice(0, 7)).toEqual(new Array(7).fill(null));
    expect(streamed[7]).toEqual({ swingHigh: 5, swingLow: 2, swingHighAge: 4, swingLowAge: 2 });
    expect(streamed[10]).toEqual({ swingHigh: 6, swingLow: 2, swingHighAge: 3, swingLowAge: 5 });
  });

  it('agrees between the streaming deques and the batch scan on data full of ties', () => {
    // Highs and lows rounded to whole units tie often, which exercises the tie rule.
    const walk = randomWalkBars({ length: 3000, seed: 11, volatility: 0.01 });
    const h = Array.from(walk.high, (v) => Math.round(v));
    const l = Array.from(walk.low, (v) => Math.round(v) - 1);
    for (const strength of [1, 3, 5]) {
      const batch = swingPoints(h, l, strength);
      const streaming = new SwingPoints(strength);
      let compared = 0;
      asBars(h, l).forEach((b, i) => {
        const value = streaming.update(b);
        if (value === null) {
          expect(batch.swingHigh[i]).toBeNaN();
          return;
        }
        compared++;
        expect([value.swingHigh, value.swingLow, value.swingHighAge, value.swingLowAge]).toEqual([
          batch.swingHigh[i],
          batch.swingLow[i],
          batch.swingHighAge[i],
          batch.swingLowAge[i],
        ]);
      });
      expect(compared).toBeGreaterThan(2900);
    }
  });

  it('finds no swing in a flat stretch (nothing is strictly above what follows)', () => {
    const flat = new Array<number>(20).fill(7);
    expect(Array.from(swingPoints(flat, flat, 3).swingHigh)).toEqual(new Array(20).fill(NaN));
  });

  it('rejects a strength below 1, naming it', () => {
    expect(() => new SwingPoints(0)).toThrow('strength must be an integer >= 1, got 0');
    expect(() => swingPoints([1], [1, 2])).toThrow('low has 2 values, high has 1');
  });
});
