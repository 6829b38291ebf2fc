import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import { AverageTrueRange } from '../../indicators/volatility/average-true-range.js';
import { RollingPercentile } from '../../risk/rolling-percentile.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { atrRatioNode, atrRatioPercentile } from './program/atr-ratio-op.js';
import { valueOrNull } from './program/program-state.js';

/**
 * Where the current bar's ATR / close ranks among its last `window` values (mid-rank percentile,
 * 0..1, RollingPercentile's convention): the risk module's volatility level. `null` while the ATR
 * warms up, on a bar without a positive close, or while fewer than `minSamples` values are known.
 */
export class AtrPercentile implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly atr: AverageTrueRange;
  private readonly ratios: RollingPercentile;
  private readonly minSamples: number;

  constructor(atrPeriod: number, window: number, minSamples: number) {
    assertPeriod('minSamples', minSamples);
    this.atr = new AverageTrueRange(atrPeriod);
    this.ratios = new RollingPercentile(window);
    this.minSamples = minSamples;
    this.lookback = atrPeriod + minSamples - 1;
  }

  update(bar: Bar): number | null {
    const atr = this.atr.update(bar);
    const current = atr !== null && bar.close > 0;
    if (current) this.ratios.push(atr / bar.close);
    this.value = current && this.ratios.size >= this.minSamples ? this.ratios.latestPercentile() : null;
    return this.value;
  }

  reset(): void {
    this.atr.reset();
    this.ratios.reset();
    this.value = null;
  }
}

/**
 * `ATR_PERCENTILE(atrPeriod,window,minSamples)`. In a feature program the ratios are kept per bar and
 * ranked only when read (O(window) per read, nothing per bar beyond one division).
 */
export function atrPercentileFeature(atrPeriod = 14, window = 252, minSamples = 20): FeatureRequest<number> {
  return defineFeature(`ATR_PERCENTILE(${atrPeriod},${window},${minSamples})`, () => new AtrPercentile(atrPeriod, window, minSamples), 1, (builder, history) => {
    if (history > 1) return null;
    const node = atrRatioNode(builder, atrPeriod, window);
    return (s) => valueOrNull(atrRatioPercentile(s, node.base, minSamples));
  });
}
