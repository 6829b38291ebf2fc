import type { Bar } from '../../series/bar.js';
import { assertPeriod } from '../support/assert-period.js';
import { isTaLibZero } from '../support/ta-lib-zero.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { minusFlag, plusFlag } from './directional-move-flags.js';

/**
 * Wilder's directional movement system, one bar at a time, with TA-Lib's arithmetic (PLUS_DI,
 * MINUS_DI, ADX, ADXR), shared by every directional class so each bar is computed once.
 *
 * - +DM/-DM: the larger of the up move (high - previous high) and down move (previous low - low)
 *   when positive, the other counted as 0. TR is the true range.
 * - Smoothing: the first period - 1 values are summed; from bar `period` on, S = S - S / period + x.
 * - +DI = 100 * +DM / TR (0 when TR is ~0), from bar `period`.
 * - DX = 100 * |+DI - -DI| / (+DI + -DI); bars where TR or the DI sum is ~0 give no DX.
 * - ADX: the plain average of the first `period` DX (bars period..2 * period - 1; missing DX count
 *   as 0), then ADX = (ADX * (period - 1) + DX) / period, unchanged on bars without DX.
 *   First at bar 2 * period - 1.
 * - ADXR = (ADX + ADX period - 1 bars earlier) / 2, first at bar 3 * period - 2.
 */
export class DirectionalMovementCore {
  readonly period: number;
  /** +DI after the latest bar; NaN until `period` bars have been seen. */
  plusDI = NaN;
  /** -DI after the latest bar; NaN until `period` bars have been seen. */
  minusDI = NaN;
  /** ADX after the latest bar; NaN until 2 * period bars have been seen. */
  adx = NaN;
  /** ADXR after the latest bar; NaN until 3 * period - 1 bars have been seen, and always without `withRating`. */
  adxr = NaN;
  /** Whether ADXR is kept (it needs a history of ADX values). */
  private readonly withRating: boolean;
  /** The last period - 1 ADX values, for ADXR. */
  private readonly adxHistory: Float64Array;
  private adxSlot = 0;
  /** ADX values pushed into the history, counted up to period - 1 (then ADXR exists). */
  private ratings = 0;
  /** Bars seen, counted up to 2 * period (from there on every bar is alike). */
  private count = 0;
  private previousHigh = 0;
  private previousLow = 0;
  private previousClose = 0;
  private plusDM = 0;
  private minusDM = 0;
  private range = 0;
  private dxTotal = 0;
  /** DX of the latest bar, and whether it had one (see {@link DirectionalMovementCore.smooth}). */
  private dx = 0;
  private hasDx = false;

  /** `withRating` false skips ADXR (it stays NaN) for the classes that do not report it. */
  constructor(period: number, withRating = true) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.withRating = withRating;
    this.adxHistory = new Float64Array(period - 1);
  }

  /**
   * Advances one bar and updates the four public lines. Takes the bar object rather than three
   * numbers: numbers passed to a call that V8 does not inline are boxed on the heap on every bar.
   */
  next(bar: Bar): void {
    if (this.count < 2 * this.period) {
      this.warmUp(bar.high, bar.low, bar.close);
      return;
    }
    const period = this.period;
    const high = bar.high;
    const low = bar.low;
    const up = high - this.previousHigh;
    const down = this.previousLow - low;
    const trueRange = trueRangeOf(high, low, this.previousClose);
    this.previousHigh = high;
    this.previousLow = low;
    this.previousClose = bar.close;
    // smooth(), written out with locals: this is the per-bar path of every directional indicator.
    const minusDM = this.minusDM - this.minusDM / period + down * minusFlag(up, down);
    const plusDM = this.plusDM - this.plusDM / period + up * plusFlag(up, down);
    const range = this.range - this.range / period + trueRange;
    this.minusDM = minusDM;
    this.plusDM = plusDM;
    this.range = range;
    if (isTaLibZero(range)) {
      this.minusDI = 0;
      this.plusDI = 0;
    } else {
      const minusDI = 100 * (minusDM / range);
      const plusDI = 100 * (plusDM / range);
      this.minusDI = minusDI;
      this.plusDI = plusDI;
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) this.adx = (this.adx * (period - 1) + 100 * (Math.abs(minusDI - plusDI) / sum)) / period;
    }
    if (this.withRating) this.rate();
  }

  /** Forgets every bar. */
  reset(): void {
    this.plusDI = NaN;
    this.minusDI = NaN;
    this.adx = NaN;
    this.adxr = NaN;
    this.adxHistory.fill(0);
    this.adxSlot = 0;
    this.ratings = 0;
    this.count = 0;
    this.previousHigh = 0;
    this.previousLow = 0;
    this.previousClose = 0;
    this.plusDM = 0;
    this.minusDM = 0;
    this.range = 0;
    this.dxTotal = 0;
    this.dx = 0;
    this.hasDx = false;
  }

  /**
   * The first 2 * period bars: DM and TR sums, then smoothing with the DX average that seeds ADX.
   * Also feeds the warm-up of the batch `fillDirectionalMovement`, so batch and streaming share it.
   */
  warmUp(high: number, low: number, close: number): void {
    const t = this.count++;
    const up = high - this.previousHigh;
    const down = this.previousLow - low;
    const trueRange = trueRangeOf(high, low, this.previousClose);
    this.previousHigh = high;
    this.previousLow = low;
    this.previousClose = close;
    if (t === 0) return;
    if (t < this.period) {
      if (down > 0 && up < down) this.minusDM += down;
      else if (up > 0 && up > down) this.plusDM += up;
      this.range += trueRange;
      return;
    }
    this.smooth(up, down, trueRange);
    if (this.hasDx) this.dxTotal += this.dx;
    if (t < 2 * this.period - 1) return;
    this.adx = this.dxTotal / this.period;
    if (this.withRating) this.rate();
  }

  /**
   * Copies what the batch loop (fill-directional-movement.ts) carries from bar to bar into `state`:
   * previous high, low and close, +DM, -DM, TR, ADX and the history slot; and the ADXR history.
   */
  saveState(state: Float64Array, history: Float64Array): void {
    state[0] = this.previousHigh;
    state[1] = this.previousLow;
    state[2] = this.previousClose;
    state[3] = this.plusDM;
    state[4] = this.minusDM;
    state[5] = this.range;
    state[6] = this.adx;
    state[7] = this.adxSlot;
    history.set(this.adxHistory.subarray(0, history.length));
  }

  /** One smoothing step from bar `period` on: the DMs, TR, both DIs and the bar's DX. */
  private smooth(up: number, down: number, trueRange: number): void {
    const period = this.period;
    const minusDM = this.minusDM - this.minusDM / period + down * minusFlag(up, down);
    const plusDM = this.plusDM - this.plusDM / period + up * plusFlag(up, down);
    const range = this.range - this.range / period + trueRange;
    this.minusDM = minusDM;
    this.plusDM = plusDM;
    this.range = range;
    // Bars whose true range or DI sum is ~0 have no DX: ADX skips them (TA-Lib).
    this.hasDx = false;
    if (isTaLibZero(range)) {
      this.minusDI = 0;
      this.plusDI = 0;
      return;
    }
    const minusDI = 100 * (minusDM / range);
    const plusDI = 100 * (plusDM / range);
    this.minusDI = minusDI;
    this.plusDI = plusDI;
    const sum = minusDI + plusDI;
    if (isTaLibZero(sum)) return;
    this.dx = 100 * (Math.abs(minusDI - plusDI) / sum);
    this.hasDx = true;
  }

  /** Pushes the new ADX into the history and, once it holds period - 1 values, sets ADXR. */
  private rate(): void {
    const slot = this.adxSlot;
    if (this.ratings === this.period - 1) this.adxr = (this.adx + this.adxHistory[slot]) / 2;
    else this.ratings++;
    this.adxHistory[slot] = this.adx;
    this.adxSlot = slot + 2 === this.period ? 0 : slot + 1;
  }
}
