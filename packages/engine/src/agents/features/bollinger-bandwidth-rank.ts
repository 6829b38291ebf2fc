import type { StreamingIndicator } from '../../indicators/indicator.js';
import { BollingerBands } from '../../indicators/volatility/bollinger-bands.js';
import type { Bar } from '../../series/bar.js';
import { RollingPercentRank } from './rolling-percent-rank.js';

/** Bollinger BandWidth and its percent rank over the ranking window. */
export interface BandwidthRankValue {
  /** (upper - lower) / middle, as a fraction. */
  readonly bandwidth: number;
  /** Percent of the last `rankPeriod` bandwidths at or below the current one (0..100). */
  readonly rank: number;
}

/**
 * Bollinger BandWidth ranked against its own recent history: Bollinger's "Squeeze" is BandWidth at
 * a six-month low (Bollinger on Bollinger Bands, 2001, ch. 15), i.e. a low rank over ~125 daily bars.
 */
export class BollingerBandwidthRank implements StreamingIndicator<Bar, BandwidthRankValue> {
  readonly lookback: number;
  value: BandwidthRankValue | null = null;
  private readonly bands: BollingerBands;
  private readonly ranking: RollingPercentRank;

  constructor(period: number, deviations: number, rankPeriod: number) {
    this.bands = new BollingerBands(period, deviations);
    this.ranking = new RollingPercentRank(rankPeriod);
    this.lookback = this.bands.lookback + this.ranking.lookback;
  }

  update(bar: Bar): BandwidthRankValue | null {
    const bands = this.bands.update(bar.close);
    if (bands === null) return null;
    // A zero middle band only happens for a zero price; call the width 0 rather than divide by it.
    const bandwidth = bands.middle === 0 ? 0 : (bands.upper - bands.lower) / bands.middle;
    const rank = this.ranking.update(bandwidth);
    if (rank === null) return null;
    this.value = { bandwidth, rank };
    return this.value;
  }

  reset(): void {
    this.bands.reset();
    this.ranking.reset();
    this.value = null;
  }
}
