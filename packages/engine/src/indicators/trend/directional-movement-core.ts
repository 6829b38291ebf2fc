import type { Bar } from '../../series/bar.js';
import { assertSameLength } from '../momentum/assert-same-length.js';
import { isTaLibZero } from '../momentum/ta-lib-zero.js';
import { assertPeriod } from '../support/assert-period.js';
import { trueRangeOf } from '../support/true-range-of.js';

// The DM flags are computed from comparisons as numbers so the smoothing compiles without a branch
// (up/down bars are too random for a branch predictor). Adding move * 0 = ±0 leaves a non-negative
// sum unchanged to the bit, so the result equals TA-Lib's if / else-if exactly.

/** 1 when the bar has -DM (a down move larger than the up move and positive), else 0. */
function minusFlag(up: number, down: number): number {
  return Number(down > 0) & Number(up < down);
}

/** 1 when the bar has +DM (an up move larger than the down move and positive), else 0. */
function plusFlag(up: number, down: number): number {
  return Number(up > 0) & Number(up > down);
}

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
  /** ADXR after the latest bar; NaN until 3 * period - 1 bars have been seen. */
  adxr = NaN;
  /** The last period - 1 ADX values, for ADXR. */
  private readonly adxHistory: Float64Array;
  private adxSlot = 0;
  /** Bars seen. */
  private count = 0;
  private previousHigh = 0;
  private previousLow = 0;
  private previousClose = 0;
  private plusDM = 0;
  private minusDM = 0;
  private range = 0;
  private dxTotal = 0;

  constructor(period: number) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.adxHistory = new Float64Array(period - 1);
  }

  /**
   * Advances one bar and updates the four public lines. Takes the bar object rather than three
   * numbers: this method is too large for V8 to inline, and numbers passed to a call that is not
   * inlined are boxed on the heap on every bar.
   */
  next(bar: Bar): void {
    const high = bar.high;
    const low = bar.low;
    const close = bar.close;
    const period = this.period;
    const t = this.count++;
    const up = high - this.previousHigh;
    const down = this.previousLow - low;
    const trueRange = trueRangeOf(high, low, this.previousClose);
    this.previousHigh = high;
    this.previousLow = low;
    this.previousClose = close;
    if (t === 0) return;
    let minusDM = this.minusDM;
    let plusDM = this.plusDM;
    let range = this.range;
    if (t < period) {
      if (down > 0 && up < down) minusDM += down;
      else if (up > 0 && up > down) plusDM += up;
      this.minusDM = minusDM;
      this.plusDM = plusDM;
      this.range = range + trueRange;
      return;
    }
    minusDM = minusDM - minusDM / period + down * minusFlag(up, down);
    plusDM = plusDM - plusDM / period + up * plusFlag(up, down);
    range = range - range / period + trueRange;
    this.minusDM = minusDM;
    this.plusDM = plusDM;
    this.range = range;
    // Bars whose true range or DI sum is ~0 have no DX: ADX skips them (TA-Lib).
    let dx = 0;
    let hasDx = false;
    if (isTaLibZero(range)) {
      this.minusDI = 0;
      this.plusDI = 0;
    } else {
      const minusDI = 100 * (minusDM / range);
      const plusDI = 100 * (plusDM / range);
      this.minusDI = minusDI;
      this.plusDI = plusDI;
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) {
        dx = 100 * (Math.abs(minusDI - plusDI) / sum);
        hasDx = true;
      }
    }
    const adxStart = 2 * period - 1;
    let adx = this.adx;
    if (t <= adxStart) {
      if (hasDx) this.dxTotal += dx;
      if (t < adxStart) return;
      adx = this.dxTotal / period;
    } else if (hasDx) {
      adx = (adx * (period - 1) + dx) / period;
    }
    this.adx = adx;
    const slot = this.adxSlot;
    if (t >= 3 * period - 2) this.adxr = (adx + this.adxHistory[slot]) / 2;
    this.adxHistory[slot] = adx;
    this.adxSlot = slot + 2 === period ? 0 : slot + 1;
  }

  /** Forgets every bar. */
  reset(): void {
    this.plusDI = NaN;
    this.minusDI = NaN;
    this.adx = NaN;
    this.adxr = NaN;
    this.adxHistory.fill(0);
    this.adxSlot = 0;
    this.count = 0;
    this.previousHigh = 0;
    this.previousLow = 0;
    this.previousClose = 0;
    this.plusDM = 0;
    this.minusDM = 0;
    this.range = 0;
    this.dxTotal = 0;
  }
}

/** Which lines {@link fillDirectionalMovement} writes; absent ones are not computed into columns. */
export interface DirectionalMovementTargets {
  plusDI?: Float64Array;
  minusDI?: Float64Array;
  adx?: Float64Array;
  adxr?: Float64Array;
}

/**
 * Batch directional movement over whole columns, writing the requested lines (NaN during each
 * line's own warm-up). The loop repeats {@link DirectionalMovementCore.next} with locals instead of
 * fields, operation for operation, so batch and streaming agree to the bit (the shared contract
 * test checks it) while the loop stays in registers.
 */
export function fillDirectionalMovement(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
  targets: DirectionalMovementTargets,
): void {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const { plusDI: plusOut, minusDI: minusOut, adx: adxOut, adxr: adxrOut } = targets;
  const adxStart = 2 * period - 1;
  const adxrStart = 3 * period - 2;
  const warm = Math.min(n, period);
  for (const column of [plusOut, minusOut]) column?.fill(NaN, 0, warm);
  adxOut?.fill(NaN, 0, Math.min(n, adxStart));
  adxrOut?.fill(NaN, 0, Math.min(n, adxrStart));
  if (n === 0) return;
  let previousHigh = high[0];
  let previousLow = low[0];
  let previousClose = close[0];
  let plusDM = 0;
  let minusDM = 0;
  let range = 0;
  for (let t = 1; t < warm; t++) {
    const up = high[t] - previousHigh;
    const down = previousLow - low[t];
    range += trueRangeOf(high[t], low[t], previousClose);
    previousHigh = high[t];
    previousLow = low[t];
    previousClose = close[t];
    if (down > 0 && up < down) minusDM += down;
    else if (up > 0 && up > down) plusDM += up;
  }
  let dxTotal = 0;
  let adx = NaN;
  // The last period - 1 ADX values, for ADXR.
  const history = new Float64Array(period - 1);
  let slot = 0;
  for (let t = period; t < n; t++) {
    const h = high[t];
    const l = low[t];
    const up = h - previousHigh;
    const down = previousLow - l;
    const trueRange = trueRangeOf(h, l, previousClose);
    previousHigh = h;
    previousLow = l;
    previousClose = close[t];
    minusDM = minusDM - minusDM / period + down * minusFlag(up, down);
    plusDM = plusDM - plusDM / period + up * plusFlag(up, down);
    range = range - range / period + trueRange;
    // Bars whose true range or DI sum is ~0 have no DX: ADX skips them (TA-Lib).
    let dx = 0;
    let hasDx = false;
    let minusDI = 0;
    let plusDI = 0;
    if (!isTaLibZero(range)) {
      minusDI = 100 * (minusDM / range);
      plusDI = 100 * (plusDM / range);
      const sum = minusDI + plusDI;
      if (!isTaLibZero(sum)) {
        dx = 100 * (Math.abs(minusDI - plusDI) / sum);
        hasDx = true;
      }
    }
    if (plusOut) plusOut[t] = plusDI;
    if (minusOut) minusOut[t] = minusDI;
    if (t <= adxStart) {
      if (hasDx) dxTotal += dx;
      if (t < adxStart) continue;
      adx = dxTotal / period;
    } else if (hasDx) {
      adx = (adx * (period - 1) + dx) / period;
    }
    if (adxOut) adxOut[t] = adx;
    if (adxrOut) {
      if (t >= adxrStart) adxrOut[t] = (adx + history[slot]) / 2;
      history[slot] = adx;
      slot = slot + 2 === period ? 0 : slot + 1;
    }
  }
}
