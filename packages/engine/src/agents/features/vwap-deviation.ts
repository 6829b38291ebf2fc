import type { StreamingIndicator } from '../../indicators/indicator.js';
import { RollingZScore } from '../../indicators/volatility/rolling-z-score.js';
import { VolumeWeightedAveragePrice } from '../../indicators/volume/volume-weighted-average-price.js';
import type { Bar } from '../../series/bar.js';

/** The close against the session VWAP. */
export interface VwapDeviationValue {
  readonly vwap: number;
  /** close / vwap - 1, as a fraction. */
  readonly deviation: number;
  /** z-score of `deviation` against its last `period` values. */
  readonly zScore: number;
}

/**
 * How stretched the close is from the session VWAP, measured in standard deviations of the
 * close-to-VWAP deviation over the last `period` bars (the usual "VWAP z-score" of intraday
 * mean-reversion desks). The percent deviation, not the price gap, is scored so the measure does not
 * drift with the price level.
 */
export class VwapDeviation implements StreamingIndicator<Bar, VwapDeviationValue> {
  readonly lookback: number;
  value: VwapDeviationValue | null = null;
  private readonly vwap = new VolumeWeightedAveragePrice();
  private readonly scores: RollingZScore;

  constructor(period: number) {
    this.scores = new RollingZScore(period);
    this.lookback = this.vwap.lookback + this.scores.lookback;
  }

  update(bar: Bar): VwapDeviationValue | null {
    const vwap = this.vwap.update(bar);
    if (vwap === null) return null;
    // A session with no volume has no meaningful VWAP ratio; count it as no deviation.
    const deviation = vwap > 0 ? bar.close / vwap - 1 : 0;
    const zScore = this.scores.update(deviation);
    if (zScore === null) return null;
    this.value = { vwap, deviation, zScore };
    return this.value;
  }

  reset(): void {
    this.vwap.reset();
    this.scores.reset();
    this.value = null;
  }
}
