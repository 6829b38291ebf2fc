import { describe, expect, it } from 'vitest';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import type { Bar } from '../../series/bar.js';
import { HistoricalValueAtRisk } from './historical-value-at-risk.js';
import { HoldingReturnDistribution } from './holding-return-distribution.js';
import { ReturnVolatility } from './return-volatility.js';
import { RollingDrawdown } from './rolling-drawdown.js';
import { barsFromCloses } from './run-agent.test-support.js';
import { SortedWindow } from './sorted-window.js';
import { VolatilityRegime } from './volatility-regime-feature.js';

const series = randomWalkBars({ length: 700, seed: 7, volatility: 0.02 });
const bars: Bar[] = Array.from({ length: series.length }, (_, i) => series.bar(i));
const closes = Array.from(series.close);

/** Naive O(window) references, written independently of the streaming code. */
const sampleStd = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
};
const logReturn = (i: number) => Math.log(closes[i] / closes[i - 1]);

describe('SortedWindow', () => {
  it('keeps the last values sorted: ranks, median, quantiles and tail sums match a re-sorted copy', () => {
    const w = new SortedWindow(7);
    const values = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3];
    values.forEach((v, i) => {
      w.push(v);
      const window = values.slice(Math.max(0, i - 6), i + 1).sort((a, b) => a - b);
      expect(w.size).toBe(window.length);
      expect(Array.from({ length: w.size }, (_, k) => w.at(k))).toEqual(window);
      expect(w.sumSmallest(2)).toBe(window[0] + (window[1] ?? 0));
    });
    // Last window: 7, 9, 3, 2, 3, 8, 9 -> sorted 2 3 3 7 8 9 9.
    expect(w.median()).toBe(7);
    // Mid-rank among the 7 held values, (below + (equal - 1) / 2) / 6: 3 -> 1.5 / 6, 9 (twice) -> 5.5 / 6, 8 -> 4 / 6.
    expect(w.percentileOf(3)).toBeCloseTo(1.5 / 6, 15);
    expect(w.percentileOf(9)).toBeCloseTo(5.5 / 6, 15);
    expect(w.percentileOf(8)).toBeCloseTo(4 / 6, 15);
    expect(w.percentileOf(2)).toBe(0);
    expect(w.at(7)).toBeNaN();
  });

  it('rejects non-finite values and a bad capacity', () => {
    expect(() => new SortedWindow(0)).toThrow(/capacity must be an integer >= 1/);
    expect(() => new SortedWindow(3).push(Number.NaN)).toThrow(/value must be finite/);
  });
});

describe('ReturnVolatility (RETVOL)', () => {
  it('equals the sample standard deviation of the last 20 log returns, first value after 20 returns', () => {
    const v = new ReturnVolatility(20);
    bars.forEach((bar, i) => {
      const out = v.update(bar);
      if (i < 20) return expect(out).toBeNull();
      const expected = sampleStd(Array.from({ length: 20 }, (_, k) => logReturn(i - k)));
      expect(Math.abs((out ?? NaN) - expected)).toBeLessThan(1e-13);
    });
    expect(v.lookback).toBe(20);
  });

  it('returns to its initial state on reset', () => {
    const v = new ReturnVolatility(5);
    bars.slice(0, 30).forEach((b) => v.update(b));
    const before = v.value;
    v.reset();
    expect(v.value).toBeNull();
    bars.slice(0, 30).forEach((b) => v.update(b));
    expect(v.value).toBe(before);
  });
});

describe('VolatilityRegime (VOLREGIME)', () => {
  it('ranks RETVOL(20) within its last 100 values and reports their median', () => {
    const regime = new VolatilityRegime(20, 100);
    const vol = new ReturnVolatility(20);
    const history: number[] = [];
    bars.forEach((bar, i) => {
      const out = regime.update(bar);
      const v = vol.update(bar);
      if (v !== null) history.push(v);
      if (i < regime.lookback) return expect(out).toBeNull();
      const window = history.slice(-100);
      const below = window.filter((x) => x < (v ?? NaN)).length;
      const equal = window.filter((x) => x === v).length;
      const sorted = [...window].sort((a, b) => a - b);
      expect(out).toEqual({ volatility: v, percentile: (below + (equal - 1) / 2) / 99, median: (sorted[49] + sorted[50]) / 2 });
    });
    expect(regime.lookback).toBe(119);
  });
});

describe('RollingDrawdown (DRAWDOWN)', () => {
  it('measures the close against the highest close of the last 50 bars', () => {
    const d = new RollingDrawdown(50);
    bars.forEach((bar, i) => {
      const out = d.update(bar);
      if (i < 49) return expect(out).toBeNull();
      const window = closes.slice(i - 49, i + 1);
      const peak = Math.max(...window);
      const peakIndex = i - 49 + window.lastIndexOf(peak);
      expect(out).toEqual({ drawdown: closes[i] / peak - 1, peak, barsSincePeak: i - peakIndex });
    });
  });

  it('reports 25 % below a peak of 100 three bars after it', () => {
    const d = new RollingDrawdown(5);
    for (const bar of barsFromCloses([90, 100, 95, 80, 75])) d.update(bar);
    expect(d.value).toEqual({ drawdown: -0.25, peak: 100, barsSincePeak: 3 });
  });
});

describe('HistoricalValueAtRisk (VAR)', () => {
  it('takes the k-th worst of n one-bar returns as VaR and the mean of the k worst as CVaR, k = ceil(n·α)', () => {
    // 20 returns: -10 %, -8 %, -6 %, then 17 returns of +1 %. At 90 %, k = 2: VaR 8 %, CVaR 9 %.
    const returns = [-0.1, -0.08, -0.06, ...Array.from({ length: 17 }, () => 0.01)];
    const path = [100];
    for (const r of returns) path.push(path[path.length - 1] * (1 + r));
    const v = new HistoricalValueAtRisk(20, 0.9);
    const outputs = barsFromCloses(path).map((b) => v.update(b));
    expect(outputs.slice(0, 20).every((o) => o === null)).toBe(true);
    expect(v.value?.valueAtRisk).toBeCloseTo(0.08, 12);
    expect(v.value?.expectedShortfall).toBeCloseTo(0.09, 12);
  });

  it('uses the 13th worst of 250 returns at 95 % and agrees with a sort of the window', () => {
    const v = new HistoricalValueAtRisk(250, 0.95);
    bars.forEach((bar, i) => {
      const out = v.update(bar);
      if (i < 250) return expect(out).toBeNull();
      const window = Array.from({ length: 250 }, (_, k) => closes[i - k] / closes[i - k - 1] - 1).sort((a, b) => a - b);
      expect(out?.valueAtRisk).toBe(-window[12]);
      expect(out?.expectedShortfall).toBeCloseTo(-window.slice(0, 13).reduce((a, b) => a + b, 0) / 13, 14);
    });
  });

  it('rejects a confidence outside (0, 1)', () => {
    expect(() => new HistoricalValueAtRisk(250, 1)).toThrow(/confidence must be in \(0, 1\)/);
  });
});

describe('HoldingReturnDistribution (RETDIST)', () => {
  it('counts wins and losses of overlapping 5-bar returns over the last 60 bars', () => {
    const d = new HoldingReturnDistribution(5, 60);
    bars.forEach((bar, i) => {
      const out = d.update(bar);
      if (i < d.lookback) return expect(out).toBeNull();
      const rs = Array.from({ length: 60 }, (_, k) => closes[i - k] / closes[i - k - 5] - 1);
      const wins = rs.filter((r) => r > 0);
      const losses = rs.filter((r) => r < 0);
      expect(out?.count).toBe(wins.length + losses.length);
      expect(out?.winRate).toBeCloseTo(wins.length / (wins.length + losses.length), 14);
      expect(out?.averageWin).toBeCloseTo(wins.reduce((a, b) => a + b, 0) / wins.length, 13);
      expect(out?.averageLoss).toBeCloseTo(-losses.reduce((a, b) => a + b, 0) / losses.length, 13);
      expect(out?.meanReturn).toBeCloseTo(rs.reduce((a, b) => a + b, 0) / 60, 13);
    });
    expect(d.lookback).toBe(64);
  });
});
