import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';

function assertNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
}

/**
 * Wilder's parabolic SAR exactly as TA-Lib's SAR computes it, start included: the first direction
 * is short when bar 1 has a positive -DM (its low fell further than its high rose), long otherwise;
 * the first SAR is bar 0's low (long) or high (short) and the first extreme point bar 1's high or
 * low. Each bar reports the SAR in force for it, then steps it: SAR += af * (EP - SAR), af grows by
 * `acceleration` on each new extreme up to `maximum`, the SAR never enters the last two bars'
 * range, and a bar that reaches the SAR reverses the trend with the SAR reset to the old EP.
 * An `acceleration` above `maximum` is lowered to it, as TA-Lib does. Lookback = 1.
 */
export class ParabolicSar implements StreamingIndicator<Bar, number> {
  readonly lookback = 1;
  value: number | null = null;
  private readonly acceleration: number;
  private readonly maximum: number;
  private count = 0;
  private isLong = true;
  private sar = 0;
  private extreme = 0;
  private factor = 0;
  private previousHigh = 0;
  private previousLow = 0;

  constructor(acceleration = 0.02, maximum = 0.2) {
    assertNonNegative('acceleration', acceleration);
    assertNonNegative('maximum', maximum);
    this.maximum = maximum;
    this.acceleration = acceleration > maximum ? maximum : acceleration;
  }

  update(bar: Bar): number | null {
    const sar = this.next(bar.high, bar.low);
    return Number.isNaN(sar) ? null : sar;
  }

  /** Advances one bar given its high and low; returns the SAR for it, NaN on the first bar. */
  next(high: number, low: number): number {
    if (this.count === 0) {
      this.count = 1;
      this.previousHigh = high;
      this.previousLow = low;
      return NaN;
    }
    if (this.count === 1) {
      this.count = 2;
      const up = high - this.previousHigh;
      const down = this.previousLow - low;
      this.isLong = !(down > 0 && up < down);
      this.sar = this.isLong ? this.previousLow : this.previousHigh;
      this.extreme = this.isLong ? high : low;
      this.factor = this.acceleration;
      // TA-Lib's loop starts with bar 1 as its own "previous" bar.
      this.previousHigh = high;
      this.previousLow = low;
    }
    const reported = this.isLong ? this.stepLong(high, low) : this.stepShort(high, low);
    this.previousHigh = high;
    this.previousLow = low;
    this.value = reported;
    return reported;
  }

  private stepLong(high: number, low: number): number {
    let sar = this.sar;
    let reported: number;
    if (low <= sar) {
      this.isLong = false;
      sar = this.extreme;
      if (sar < this.previousHigh) sar = this.previousHigh;
      if (sar < high) sar = high;
      reported = sar;
      this.factor = this.acceleration;
      this.extreme = low;
      sar = sar + this.factor * (this.extreme - sar);
      if (sar < this.previousHigh) sar = this.previousHigh;
      if (sar < high) sar = high;
    } else {
      reported = sar;
      if (high > this.extreme) {
        this.extreme = high;
        this.factor += this.acceleration;
        if (this.factor > this.maximum) this.factor = this.maximum;
      }
      sar = sar + this.factor * (this.extreme - sar);
      if (sar > this.previousLow) sar = this.previousLow;
      if (sar > low) sar = low;
    }
    this.sar = sar;
    return reported;
  }

  private stepShort(high: number, low: number): number {
    let sar = this.sar;
    let reported: number;
    if (high >= sar) {
      this.isLong = true;
      sar = this.extreme;
      if (sar > this.previousLow) sar = this.previousLow;
      if (sar > low) sar = low;
      reported = sar;
      this.factor = this.acceleration;
      this.extreme = high;
      sar = sar + this.factor * (this.extreme - sar);
      if (sar > this.previousLow) sar = this.previousLow;
      if (sar > low) sar = low;
    } else {
      reported = sar;
      if (low < this.extreme) {
        this.extreme = low;
        this.factor += this.acceleration;
        if (this.factor > this.maximum) this.factor = this.maximum;
      }
      sar = sar + this.factor * (this.extreme - sar);
      if (sar < this.previousHigh) sar = this.previousHigh;
      if (sar < high) sar = high;
    }
    this.sar = sar;
    return reported;
  }

  reset(): void {
    this.count = 0;
    this.isLong = true;
    this.sar = 0;
    this.extreme = 0;
    this.factor = 0;
    this.previousHigh = 0;
    this.previousLow = 0;
    this.value = null;
  }
}

/** Batch parabolic SAR; NaN on the first bar. Bit-identical to {@link ParabolicSar}. */
export function parabolicSar(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  acceleration = 0.02,
  maximum = 0.2,
): Float64Array {
  const n = assertSameLength(['high', 'low'], [high, low]);
  const sar = new ParabolicSar(acceleration, maximum);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sar.next(high[i], low[i]);
  return out;
}
