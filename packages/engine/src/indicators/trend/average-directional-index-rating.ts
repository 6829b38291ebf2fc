import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/**
 * Average directional index rating, (ADX + ADX period - 1 bars earlier) / 2 (TA-Lib ADXR;
 * arithmetic in {@link DirectionalMovementCore}). Lookback = 3 * period - 2 (40 for 14).
 */
export class AverageDirectionalIndexRating implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly core: DirectionalMovementCore;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period);
    this.lookback = 3 * period - 2;
  }

  update(bar: Bar): number | null {
    const core = this.core;
    core.next(bar);
    if (Number.isNaN(core.adxr)) return null;
    this.value = core.adxr;
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
  }
}

/** Batch ADXR; NaN during warm-up. Bit-identical to {@link AverageDirectionalIndexRating}. */
export function averageDirectionalIndexRating(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): Float64Array {
  const adxr = new Float64Array(close.length);
  fillDirectionalMovement(high, low, close, period, { adxr });
  return adxr;
}
