import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/**
 * Average directional index: Wilder-smoothed DX, seeded with the plain average of the first
 * `period` DX (TA-Lib ADX; arithmetic in {@link DirectionalMovementCore}).
 * Lookback = 2 * period - 1 (27 for 14).
 */
export class AverageDirectionalIndex implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly core: DirectionalMovementCore;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period, false);
    this.lookback = 2 * period - 1;
  }

  update(bar: Bar): number | null {
    const core = this.core;
    core.next(bar);
    if (Number.isNaN(core.adx)) return null;
    this.value = core.adx;
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
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
