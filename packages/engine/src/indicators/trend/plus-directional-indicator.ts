import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/**
 * Plus directional indicator, +DI = 100 * smoothed +DM / smoothed TR (TA-Lib PLUS_DI; arithmetic
 * in {@link DirectionalMovementCore}). Lookback = period.
 */
export class PlusDirectionalIndicator implements StreamingIndicator<Bar, number> {
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
    if (Number.isNaN(core.plusDI)) return null;
    this.value = core.plusDI;
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
  }
}

/** Batch PLUS_DI; NaN during warm-up. Bit-identical to {@link PlusDirectionalIndicator}. */
export function plusDirectionalIndicator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): Float64Array {
  const plusDI = new Float64Array(close.length);
  fillDirectionalMovement(high, low, close, period, { plusDI });
  return plusDI;
}
