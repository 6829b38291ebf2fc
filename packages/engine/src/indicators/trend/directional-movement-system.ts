import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { DirectionalMovementCore } from './directional-movement-core.js';
import { fillDirectionalMovement } from './fill-directional-movement.js';

/** +DI, -DI and ADX of one bar. */
export type DirectionalMovementSystemValue = {
  readonly plusDI: number;
  readonly minusDI: number;
  readonly adx: number;
};

/** Batch columns of {@link directionalMovementSystem}. */
export type DirectionalMovementSystemColumns = {
  readonly plusDI: Float64Array;
  readonly minusDI: Float64Array;
  readonly adx: Float64Array;
};

/**
 * +DI, -DI and ADX from one directional movement computation per bar (TA-Lib arithmetic, see
 * {@link DirectionalMovementCore}), for agents. The value appears once ADX is warm:
 * lookback = 2 * period - 1 (27 for 14). Feature key `DMI(period)`.
 */
export class DirectionalMovementSystem implements StreamingIndicator<Bar, DirectionalMovementSystemValue> {
  readonly lookback: number;
  value: DirectionalMovementSystemValue | null = null;
  private readonly core: DirectionalMovementCore;

  constructor(period = 14) {
    this.core = new DirectionalMovementCore(period, false);
    this.lookback = 2 * period - 1;
  }

  update(bar: Bar): DirectionalMovementSystemValue | null {
    const core = this.core;
    core.next(bar);
    if (Number.isNaN(core.adx)) return null;
    this.value = { plusDI: core.plusDI, minusDI: core.minusDI, adx: core.adx };
    return this.value;
  }

  reset(): void {
    this.core.reset();
    this.value = null;
  }
}

/** Batch +DI, -DI and ADX, all NaN until ADX is warm. Bit-identical to {@link DirectionalMovementSystem}. */
export function directionalMovementSystem(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): DirectionalMovementSystemColumns {
  const n = close.length;
  const columns = { plusDI: new Float64Array(n), minusDI: new Float64Array(n), adx: new Float64Array(n) };
  fillDirectionalMovement(high, low, close, period, columns);
  const warm = Math.min(n, 2 * period - 1);
  columns.plusDI.fill(NaN, 0, warm);
  columns.minusDI.fill(NaN, 0, warm);
  return columns;
}
