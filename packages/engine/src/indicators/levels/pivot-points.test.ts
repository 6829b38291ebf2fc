import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { PivotPoints, pivotPoints } from './pivot-points.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });

// Hand-computed floor pivots. From H 12, L 6, C 9: P = 9, R1 = 2P-L = 12, S1 = 2P-H = 6,
// R2 = P+(H-L) = 15, S2 = P-(H-L) = 3, R3 = H+2(P-L) = 18, S3 = L-2(H-P) = 0.
// From H 10, L 7, C 7: P = 8, R1 = 9, S1 = 6, R2 = 11, S2 = 5, R3 = 12, S3 = 3.
const bars = [bar(12, 6, 9), bar(10, 7, 7), bar(8, 7.5, 7.75)];
const fromFirst = { pivot: 9, r1: 12, r2: 15, r3: 18, s1: 6, s2: 3, s3: 0 };
const fromSecond = { pivot: 8, r1: 9, r2: 11, r3: 12, s1: 6, s2: 5, s3: 3 };

describe('PivotPoints', () => {
  it('gives each bar the floor pivots of the PREVIOUS bar', () => {
    const streaming = new PivotPoints();
    expect(streaming.lookback).toBe(1);
    expect(bars.map((b) => streaming.update(b))).toEqual([null, fromFirst, fromSecond]);
    const batch = pivotPoints(bars.map((b) => b.high), bars.map((b) => b.low), bars.map((b) => b.close));
    for (const key of Object.keys(fromFirst) as (keyof typeof fromFirst)[]) {
      expect(Array.from(batch[key])).toEqual([NaN, fromFirst[key], fromSecond[key]]);
    }
  });

  it('starts over on reset', () => {
    const indicator = new PivotPoints();
    indicator.update(bars[0]);
    indicator.reset();
    expect(indicator.value).toBeNull();
    expect(indicator.update(bars[1])).toBeNull();
    expect(indicator.update(bars[2])).toEqual(fromSecond);
  });

  it('rejects columns of different lengths, naming the column', () => {
    expect(() => pivotPoints([1, 2], [1, 2], [1])).toThrow('close has 1 values, high has 2');
  });
});
