import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/**
 * Minus directional indicator, -DI = 100 * smoothed -DM / smoothed TR (TA-Lib MINUS_DI; arithmetic
 * in {@link DirectionalMovementCore}). Lookback = period.
 */
export class MinusDirectionalIndicator implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly core: DirectionalMovementCore;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period, false);
    this.lookback = period;
  }

  update(bar: Bar): number | null {
    const core = this.core;
    core.next(bar);
    if (Number.isNaN(core.minusDI)) return null;
    this.value = core.minusDI;
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
  }
}

/** Batch MINUS_DI; NaN during warm-up. Bit-identical to {@link MinusDirectionalIndicator}. */
export function minusDirectionalIndicator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): Float64Array {
  const minusDI = new Float64Array(close.length);
  fillDirectionalMovement(high, low, close, period, { minusDI });
  return minusDI;
}
