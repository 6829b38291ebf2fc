import type { BarSeries } from '../../../series/bar-series.js';
import { firstValidIndex } from '../../strategy/first-valid-index.js';
import { namedIndicator } from '../../strategy/named-indicator.js';
import type { FastStrategy } from './fast-strategy.js';
import { SIGNAL_LONG, SIGNAL_NONE, SIGNAL_SHORT } from './signal-codes.js';
import type { SignalSource } from './signal-source.js';

interface CachedSma {
  readonly values: Float64Array;
  readonly firstValid: number;
}

/**
 * sma-cross's fast path. Each SMA period is computed once per series, by the function
 * `ctx.indicator('sma', n)` uses, and shared by every (fast, slow) pair; a pair's crosses are then
 * one pass comparing two arrays, with `crossover`'s strict inequalities (a NaN never crosses). The
 * SMA is causal, so the full-series values are also those of any prefix [0, to).
 */
export const SMA_CROSS_FAST: FastStrategy = {
  name: 'sma-cross',
  prepare(series: BarSeries): SignalSource {
    const cache = new Map<number, CachedSma>();
    const sma = (period: number): CachedSma => {
      let cached = cache.get(period);
      if (cached === undefined) {
        const values = namedIndicator(series, 'sma', period);
        cached = { values, firstValid: firstValidIndex(values) };
        cache.set(period, cached);
      }
      return cached;
    };
    return {
      signals(params, out, from, to) {
        const fast = sma(params.fast);
        const slow = sma(params.slow);
        const a = fast.values;
        const b = slow.values;
        for (let i = Math.max(1, from); i < to; i++) {
          const a0 = a[i - 1];
          const b0 = b[i - 1];
          const a1 = a[i];
          const b1 = b[i];
          out[i] = a0 < b0 && a1 > b1 ? SIGNAL_LONG : b0 < a0 && b1 > a1 ? SIGNAL_SHORT : SIGNAL_NONE;
        }
        // On a prefix too short for the period the SMA is all NaN there, whose first valid index is 0.
        return Math.max(fast.firstValid < to ? fast.firstValid : 0, slow.firstValid < to ? slow.firstValid : 0);
      },
    };
  },
};
