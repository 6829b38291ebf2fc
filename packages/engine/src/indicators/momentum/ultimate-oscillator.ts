import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { isTaLibZero } from '../support/ta-lib-zero.js';

/**
 * Ultimate oscillator (TA-Lib ULTOSC). Per bar, buying pressure = close - min(low, previous close)
 * and true range; for each of three periods the ratio sum(pressure) / sum(range); the result is
 * 100 * (4 * short + 2 * medium + long) / 7, a ratio whose range sums to ~0 counting as 0 (TA-Lib).
 * As in TA-Lib the periods are sorted first, so weight 4 always goes to the shortest.
 * Lookback = the longest period (28 for 7/14/28).
 */
export class UltimateOscillator implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly periods: readonly [number, number, number];
  private readonly pressures: Float64Array;
  private readonly ranges: Float64Array;
  private readonly pressureTotals = new Float64Array(3);
  private readonly rangeTotals = new Float64Array(3);
  /** Bars seen. */
  private count = 0;
  private previousClose = 0;

  constructor(shortPeriod = 7, mediumPeriod = 14, longPeriod = 28) {
    this.periods = sortedPeriods(shortPeriod, mediumPeriod, longPeriod);
    this.lookback = this.periods[2];
    this.pressures = new Float64Array(this.lookback);
    this.ranges = new Float64Array(this.lookback);
  }

  update(bar: Bar): number | null {
    const t = this.count++;
    const previousClose = this.previousClose;
    this.previousClose = bar.close;
    if (t === 0) return null;
    const longest = this.lookback;
    const slot = t % longest;
    const pressure = bar.close - (bar.low < previousClose ? bar.low : previousClose);
    const range = trueRangeOf(bar.high, bar.low, previousClose);
    this.pressures[slot] = pressure;
    this.ranges[slot] = range;
    const a = this.pressureTotals;
    const b = this.rangeTotals;
    for (let k = 0; k < 3; k++) {
      // Each total starts with the bars TA-Lib primes it with: the last `period` before the first output.
      if (t > longest - this.periods[k]) {
        a[k] += pressure;
        b[k] += range;
      }
    }
    if (t < longest) return null;
    this.value = oscillator(a, b);
    for (let k = 0; k < 3; k++) {
      let trailing = slot - this.periods[k] + 1;
      if (trailing < 0) trailing += longest;
      a[k] -= this.pressures[trailing];
      b[k] -= this.ranges[trailing];
    }
    return this.value;
  }

  reset(): void {
    this.pressures.fill(0);
    this.ranges.fill(0);
    this.pressureTotals.fill(0);
    this.rangeTotals.fill(0);
    this.count = 0;
    this.previousClose = 0;
    this.value = null;
  }
}

/** The three periods ascending, validated. */
function sortedPeriods(short: number, medium: number, long: number): [number, number, number] {
  assertPeriod('shortPeriod', short);
  assertPeriod('mediumPeriod', medium);
  assertPeriod('longPeriod', long);
  const sorted = [short, medium, long].sort((x, y) => x - y);
  return [sorted[0], sorted[1], sorted[2]];
}

/** Weighted average of the three ratios, in TA-Lib's order of operations. */
function oscillator(pressureTotals: Float64Array, rangeTotals: Float64Array): number {
  let output = 0;
  if (!isTaLibZero(rangeTotals[0])) output += 4 * (pressureTotals[0] / rangeTotals[0]);
  if (!isTaLibZero(rangeTotals[1])) output += 2 * (pressureTotals[1] / rangeTotals[1]);
  if (!isTaLibZero(rangeTotals[2])) output += pressureTotals[2] / rangeTotals[2];
  return 100 * (output / 7);
}

/** Batch ultimate oscillator; NaN during warm-up. Bit-identical to {@link UltimateOscillator}. */
export function ultimateOscillator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  shortPeriod = 7,
  mediumPeriod = 14,
  longPeriod = 28,
): Float64Array {
  const periods = sortedPeriods(shortPeriod, mediumPeriod, longPeriod);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const longest = periods[2];
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(longest, n));
  const a = new Float64Array(3);
  const b = new Float64Array(3);
  for (let t = 1; t < n; t++) {
    const previousClose = close[t - 1];
    const pressure = close[t] - (low[t] < previousClose ? low[t] : previousClose);
    const range = trueRangeOf(high[t], low[t], previousClose);
    for (let k = 0; k < 3; k++) {
      if (t > longest - periods[k]) {
        a[k] += pressure;
        b[k] += range;
      }
    }
    if (t < longest) continue;
    out[t] = oscillator(a, b);
    for (let k = 0; k < 3; k++) {
      const trailing = t - periods[k] + 1;
      const trailingClose = close[trailing - 1];
      a[k] -= close[trailing] - (low[trailing] < trailingClose ? low[trailing] : trailingClose);
      b[k] -= trueRangeOf(high[trailing], low[trailing], trailingClose);
    }
  }
  return out;
}
