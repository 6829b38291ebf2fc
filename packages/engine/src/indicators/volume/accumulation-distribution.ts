import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * Chaikin's money flow volume of one bar, TA-Lib's arithmetic: ((close - low) - (high - close)) /
 * (high - low) * volume, and 0 for a bar without range.
 */
export function moneyFlowVolume(high: number, low: number, close: number, volume: number): number {
  const range = high - low;
  return range > 0 ? (((close - low) - (high - close)) / range) * volume : 0;
}

/**
 * Accumulation/distribution line (TA-Lib AD): the running sum of {@link moneyFlowVolume} from the
 * first bar. Lookback = 0.
 */
export class AccumulationDistribution implements StreamingIndicator<Bar, number> {
  readonly lookback = 0;
  value: number | null = null;
  private total = 0;

  update(bar: Bar): number | null {
    this.total += moneyFlowVolume(bar.high, bar.low, bar.close, bar.volume);
    this.value = this.total;
    return this.total;
  }

  reset(): void {
    this.total = 0;
    this.value = null;
  }
}

/** Batch accumulation/distribution line. Bit-identical to {@link AccumulationDistribution}. */
export function accumulationDistribution(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  volume: ArrayLike<number>,
): Float64Array {
  const n = assertSameLength(['close', 'high', 'low', 'volume'], [close, high, low, volume]);
  const out = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += moneyFlowVolume(high[i], low[i], close[i], volume[i]);
    out[i] = total;
  }
  return out;
}
