import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/** The four lines of Wilder's directional movement system. */
export type DirectionalMovementValue = {
  readonly adx: number;
  readonly adxr: number;
  readonly plusDI: number;
  readonly minusDI: number;
};

/** Batch columns of {@link directionalMovement}; each line is NaN during its own warm-up. */
export type DirectionalMovementColumns = {
  readonly adx: Float64Array;
  readonly adxr: Float64Array;
  readonly plusDI: Float64Array;
  readonly minusDI: Float64Array;
};

/**
 * Wilder's directional movement system, all four lines from one computation per bar (TA-Lib
 * arithmetic, see {@link DirectionalMovementCore}). The value appears once every line is warm, i.e.
 * with ADXR: lookback = 3 * period - 2 (40 for 14). For +DI/-DI/ADX as soon as ADX is warm use
 * {@link DirectionalMovementSystem}.
 */
export class DirectionalMovement implements StreamingIndicator<Bar, DirectionalMovementValue> {
  readonly lookback: number;
  value: DirectionalMovementValue | null = null;
  private readonly core: DirectionalMovementCore;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period);
    this.lookback = 3 * period - 2;
  }

  update(bar: Bar): DirectionalMovementValue | null {
    const core = this.core;
    core.next(bar);
    if (Number.isNaN(core.adxr)) return null;
    this.value = { adx: core.adx, adxr: core.adxr, plusDI: core.plusDI, minusDI: core.minusDI };
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
  }
}

/**
 * Batch directional movement: all four lines in one pass, each NaN until its own TA-Lib lookback
 * (+DI/-DI: period, ADX: 2 * period - 1, ADXR: 3 * period - 2).
 */
export function directionalMovement(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): DirectionalMovementColumns {
  const n = close.length;
  const columns = {
    adx: new Float64Array(n),
    adxr: new Float64Array(n),
    plusDI: new Float64Array(n),
    minusDI: new Float64Array(n),
  };
  fillDirectionalMovement(high, low, close, period, columns);
  return columns;
}
