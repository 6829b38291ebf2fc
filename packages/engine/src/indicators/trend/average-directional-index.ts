import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { isTaLibZero } from '../support/ta-lib-zero.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { minusFlag, plusFlag } from './directional-move-flags.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/** Slots of the steady-state carried from bar to bar, in {@link DirectionalMovementCore.saveState}'s order. */
const PREVIOUS_HIGH = 0;
const PREVIOUS_LOW = 1;
const PREVIOUS_CLOSE = 2;
const PLUS_DM = 3;
const MINUS_DM = 4;
const RANGE = 5;
const ADX = 6;

/** ADX keeps no ADXR history. */
const NO_HISTORY = new Float64Array(0);

/**
 * Average directional index: Wilder-smoothed DX, seeded with the plain average of the first
 * `period` DX (TA-Lib ADX; arithmetic in {@link DirectionalMovementCore}).
 * Lookback = 2 * period - 1 (27 for 14).
 *
 * The first 2 * period bars go through a DirectionalMovementCore (its warm-up is shared with the
 * batch function); from there on the bar runs here, on the core's saved state in one Float64Array,
 * operation for operation as the batch loop: without the call into the core, its NaN tests and
 * the -DI/+DI fields only the other directional lines need, this is the per-bar path of ADX.
 */
export class AverageDirectionalIndex implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  private readonly period: number;
  private readonly core: DirectionalMovementCore;
  /** Previous high, low, close, +DM, -DM, TR and ADX once warm (see the slot constants). */
  private readonly state = new Float64Array(8);
  /** Bars seen, counted up to 2 * period (from there on every bar is alike). */
  private count = 0;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period, false);
    this.period = period;
    this.lookback = 2 * period - 1;
  }

  /**
   * The latest value, or null during warm-up. A getter over a number field rather than a field of
   * its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.count === 2 * this.period ? this.state[ADX] : null;
  }

  update(bar: Bar): number | null {
    const period = this.period;
    if (this.count < 2 * period) return this.warmUp(bar);
    const state = this.state;
    const high = bar.high;
    const low = bar.low;
    const up = high - state[PREVIOUS_HIGH];
    const down = state[PREVIOUS_LOW] - low;
    const trueRange = trueRangeOf(high, low, state[PREVIOUS_CLOSE]);
    state[PREVIOUS_HIGH] = high;
    state[PREVIOUS_LOW] = low;
    state[PREVIOUS_CLOSE] = bar.close;
    const previousMinus = state[MINUS_DM];
    const previousPlus = state[PLUS_DM];
    const previousRange = state[RANGE];
    const minusDM = previousMinus - previousMinus / period + down * minusFlag(up, down);
    const plusDM = previousPlus - previousPlus / period + up * plusFlag(up, down);
    const range = previousRange - previousRange / period + trueRange;
    state[MINUS_DM] = minusDM;
    state[PLUS_DM] = plusDM;
    state[RANGE] = range;
    let adx = state[ADX];
    if (!isTaLibZero(range)) {
      const minusDI = 100 * (minusDM / range);
      const plusDI = 100 * (plusDM / range);
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) {
        adx = (adx * (period - 1) + 100 * (Math.abs(minusDI - plusDI) / sum)) / period;
        state[ADX] = adx;
      }
    }
    return adx;
  }

  reset(): void {
    this.core.reset();
    this.state.fill(0);
    this.count = 0;
  }

  /** The first 2 * period bars, through the core; then its state moves into `state`. */
  private warmUp(bar: Bar): number | null {
    const core = this.core;
    core.next(bar);
    if (++this.count === 2 * this.period) core.saveState(this.state, NO_HISTORY);
    return Number.isNaN(core.adx) ? null : core.adx;
  }
}

/** Batch ADX; NaN during warm-up. Bit-identical to {@link AverageDirectionalIndex}. */
export function averageDirectionalIndex(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): Float64Array {
  const adx = new Float64Array(close.length);
  fillDirectionalMovement(high, low, close, period, { adx });
  return adx;
}
