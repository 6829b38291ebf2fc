import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * The most recent confirmed swing high and low, and how many bars ago each was made. A type alias
 * rather than an interface so it fits the contract's `Record<string, number>`.
 */
export type SwingPointsValue = {
  readonly swingHigh: number;
  readonly swingLow: number;
  readonly swingHighAge: number;
  readonly swingLowAge: number;
};

/** Swing point columns from the batch function; NaN until both a swing high and a swing low exist. */
export type SwingPointsColumns = {
  readonly swingHigh: Float64Array;
  readonly swingLow: Float64Array;
  readonly swingHighAge: Float64Array;
  readonly swingLowAge: Float64Array;
};

/**
 * Swing points, the N-bar pivot of Bill Williams' fractals (2 bars a side) and TradingView's
 * `ta.pivothigh/pivotlow(k, k)`: bar t-k (k = strength) is a swing high, CONFIRMED at bar t, when
 * its high is the highest of the 2k+1 bars t-2k..t. Ties go to the LATEST bar (our rule, stated
 * because sources differ): the swing bar must be at least equal to the k bars before it and
 * strictly above the k bars after it, so a flat top counts once, at its last bar. Swing lows mirror
 * this on the lows. Confirmation needs k bars after the swing, so nothing is known before bar 2k
 * (`lookback`), and the value stays null until both a swing high and a swing low have been
 * confirmed, which depends on the data (its contract descriptor is marked `dataDependentWarmUp`).
 * Ages count bars from the swing bar to the current bar (k at confirmation).
 */
export class SwingPoints implements StreamingIndicator<Bar, SwingPointsValue> {
  readonly lookback: number;
  value: SwingPointsValue | null = null;
  private readonly strength: number;
  private readonly highs: RollingMaximum;
  private readonly lows: RollingMinimum;
  private seen = 0;
  private swingHigh = NaN;
  private swingLow = NaN;
  /** Bars since the swing, NaN while there is none. */
  private swingHighAge = NaN;
  private swingLowAge = NaN;

  constructor(strength = 5) {
    assertPeriod('strength', strength);
    this.strength = strength;
    this.lookback = 2 * strength;
    // Both break ties toward the most recent input, which is this indicator's tie rule.
    this.highs = new RollingMaximum(2 * strength + 1);
    this.lows = new RollingMinimum(2 * strength + 1);
  }

  update(bar: Bar): SwingPointsValue | null {
    const highest = this.highs.update(bar.high);
    const lowest = this.lows.update(bar.low);
    this.swingHighAge++;
    this.swingLowAge++;
    if (this.seen < this.lookback) {
      this.seen++;
      return null;
    }
    // The window is full: its extreme is a confirmed swing when it sits exactly k bars back.
    if (this.highs.age === this.strength) {
      this.swingHigh = highest;
      this.swingHighAge = this.strength;
    }
    if (this.lows.age === this.strength) {
      this.swingLow = lowest;
      this.swingLowAge = this.strength;
    }
    if (Number.isNaN(this.swingHighAge) || Number.isNaN(this.swingLowAge)) return null;
    this.value = {
      swingHigh: this.swingHigh,
      swingLow: this.swingLow,
      swingHighAge: this.swingHighAge,
      swingLowAge: this.swingLowAge,
    };
    return this.value;
  }

  reset(): void {
    this.highs.reset();
    this.lows.reset();
    this.seen = 0;
    this.swingHigh = NaN;
    this.swingLow = NaN;
    this.swingHighAge = NaN;
    this.swingLowAge = NaN;
    this.value = null;
  }
}

/** True when `values[at]` is at least the `side` values before it and above the `side` values after it. */
function isLatestHighest(values: ArrayLike<number>, at: number, side: number): boolean {
  const v = values[at];
  for (let j = at - side; j < at; j++) if (!(v >= values[j])) return false;
  for (let j = at + 1; j <= at + side; j++) if (!(v > values[j])) return false;
  return true;
}

/** Same as {@link isLatestHighest} for the lowest value. */
function isLatestLowest(values: ArrayLike<number>, at: number, side: number): boolean {
  const v = values[at];
  for (let j = at - side; j < at; j++) if (!(v <= values[j])) return false;
  for (let j = at + 1; j <= at + side; j++) if (!(v < values[j])) return false;
  return true;
}

/**
 * Batch swing points; NaN until both swings exist. Scans each 2k+1 window directly (O(k) per bar,
 * an independent check of the streaming deques); equal to {@link SwingPoints} bar for bar.
 */
export function swingPoints(high: ArrayLike<number>, low: ArrayLike<number>, strength = 5): SwingPointsColumns {
  assertPeriod('strength', strength);
  const n = assertSameLength(['high', 'low'], [high, low]);
  // Filled as the scan goes: NaN until both swings exist, which depends on the data.
  const warmUp = Math.min(2 * strength, n);
  const columns = {
    swingHigh: new Float64Array(n).fill(NaN, 0, warmUp),
    swingLow: new Float64Array(n).fill(NaN, 0, warmUp),
    swingHighAge: new Float64Array(n).fill(NaN, 0, warmUp),
    swingLowAge: new Float64Array(n).fill(NaN, 0, warmUp),
  };
  let highAt = -1;
  let lowAt = -1;
  for (let t = 2 * strength; t < n; t++) {
    const candidate = t - strength;
    if (isLatestHighest(high, candidate, strength)) highAt = candidate;
    if (isLatestLowest(low, candidate, strength)) lowAt = candidate;
    if (highAt < 0 || lowAt < 0) {
      columns.swingHigh[t] = NaN;
      columns.swingLow[t] = NaN;
      columns.swingHighAge[t] = NaN;
      columns.swingLowAge[t] = NaN;
      continue;
    }
    columns.swingHigh[t] = high[highAt];
    columns.swingLow[t] = low[lowAt];
    columns.swingHighAge[t] = t - highAt;
    columns.swingLowAge[t] = t - lowAt;
  }
  return columns;
}
