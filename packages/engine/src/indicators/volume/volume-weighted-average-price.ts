import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';

const DAY_MS = 86_400_000;

/**
 * Session-anchored volume-weighted average price: sum(typical price * volume) / sum(volume) over the
 * bars of the current session, typical price = (high + low + close) / 3, the session being the UTC
 * calendar day of the bar's `time` (it restarts at 00:00 UTC). This is the intraday VWAP of
 * StockCharts ChartSchool ("VWAP", cumulative from the open, reset each day) with the UTC day as
 * the session. While the session has seen no volume the value is the current bar's typical price,
 * so it is never NaN. On daily bars every bar is its own session and VWAP is the typical price.
 * Not in TA-Lib. Lookback = 0.
 */
export class VolumeWeightedAveragePrice implements StreamingIndicator<Bar, number> {
  readonly lookback = 0;
  value: number | null = null;
  private session = NaN;
  private priceVolume = 0;
  private volume = 0;

  update(bar: Bar): number | null {
    const session = Math.floor(bar.time / DAY_MS);
    if (session !== this.session) {
      this.session = session;
      this.priceVolume = 0;
      this.volume = 0;
    }
    const typical = (bar.high + bar.low + bar.close) / 3;
    this.priceVolume += typical * bar.volume;
    this.volume += bar.volume;
    this.value = this.volume > 0 ? this.priceVolume / this.volume : typical;
    return this.value;
  }

  reset(): void {
    this.session = NaN;
    this.priceVolume = 0;
    this.volume = 0;
    this.value = null;
  }
}

/** Batch session VWAP. Bit-identical to {@link VolumeWeightedAveragePrice}. */
export function volumeWeightedAveragePrice(
  time: ArrayLike<number>,
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  volume: ArrayLike<number>,
): Float64Array {
  const n = assertSameLength(['time', 'high', 'low', 'close', 'volume'], [time, high, low, close, volume]);
  const out = new Float64Array(n);
  let session = NaN;
  let priceVolume = 0;
  let totalVolume = 0;
  for (let i = 0; i < n; i++) {
    const day = Math.floor(time[i] / DAY_MS);
    if (day !== session) {
      session = day;
      priceVolume = 0;
      totalVolume = 0;
    }
    const typical = (high[i] + low[i] + close[i]) / 3;
    priceVolume += typical * volume[i];
    totalVolume += volume[i];
    out[i] = totalVolume > 0 ? priceVolume / totalVolume : typical;
  }
  return out;
}
