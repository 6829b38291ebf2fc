import { describe, expect, it } from 'vitest';
import { DAY, MONDAY } from '../test/backtest-bars.test-support.js';
import { drawdownProfile } from './drawdown-profile.js';

const profileOf = (equity: number[]) => {
  const time = Float64Array.from(equity, (_, k) => MONDAY + k * DAY);
  const dd = new Float64Array(equity.length);
  const durations = new Float64Array(equity.length);
  return { ...drawdownProfile(time, equity, dd, durations), dd: [...dd], durations: [...durations] };
};

describe('drawdownProfile', () => {
  it('splits the curve at its zero-drawdown bars and records each period on its end bar', () => {
    // dd = 0, 0.1, 0.2, 0, 0.05, 0, 0 (backtesting.py's own example, scaled).
    const profile = profileOf([100, 90, 80, 100, 95, 100, 100]);
    expect(profile.dd.map((v) => Number(v.toFixed(12)))).toEqual([0, 0.1, 0.2, 0, 0.05, 0, 0]);
    expect(profile.durations).toEqual([NaN, NaN, NaN, 3 * DAY, NaN, 2 * DAY, NaN]);
    expect(profile.count).toBe(2);
    expect(profile.maxDuration).toBe(3 * DAY);
    expect(profile.meanDuration).toBe(2.5 * DAY);
    expect(profile.meanDepth).toBeCloseTo((0.2 + 0.05) / 2, 15);
    expect(profile.maxDrawdown).toBeCloseTo(0.2, 15);
    expect(profile.peak).toBe(100);
  });

  it('ends an unrecovered drawdown at the last bar', () => {
    const profile = profileOf([100, 90, 95]);
    expect(profile.durations).toEqual([NaN, NaN, 2 * DAY]);
    expect(profile.meanDepth).toBeCloseTo(0.1, 15);
  });

  it('measures depth from the running peak, not the start', () => {
    const profile = profileOf([100, 120, 90, 130]);
    expect(profile.maxDrawdown).toBeCloseTo(0.25, 15);
    expect(profile.peak).toBe(130);
  });

  it('finds no period when the equity never falls, or only on the last bar', () => {
    expect(profileOf([100, 100, 101]).count).toBe(0);
    const lastOnly = profileOf([100, 110, 105]);
    expect(lastOnly.count).toBe(0);
    expect(lastOnly.meanDepth).toBeNaN();
    expect(lastOnly.maxDrawdown).toBeCloseTo(1 - 105 / 110, 15);
  });
});
