import { movingAverageConvergenceDivergence } from '../../indicators/moving-averages/moving-average-convergence-divergence.js';
import { simpleMovingAverage } from '../../indicators/moving-averages/simple-moving-average.js';
import { relativeStrengthIndex } from '../../indicators/momentum/relative-strength-index.js';
import { averageTrueRange } from '../../indicators/volatility/average-true-range.js';
import { bollingerBands } from '../../indicators/volatility/bollinger-bands.js';
import type { BarColumns } from '../../series/bar-series.js';
import type { FeatureSource } from './feature-source.js';

/**
 * A {@link FeatureSource} over whole bar columns, for training: the indicators are computed once with
 * the engine's batch functions (bit-identical to the streaming ones the agents read), and `at` is the
 * bar reads are relative to. Reads before the first bar are NaN.
 */
export class ColumnsFeatureSource implements FeatureSource {
  /** Index of the bar that `ago = 0` reads. */
  at = 0;
  private readonly columns: BarColumns;
  private readonly rsi: Float64Array;
  private readonly histogram: Float64Array;
  private readonly sma20: Float64Array;
  private readonly sma50: Float64Array;
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly atr: Float64Array;

  constructor(columns: BarColumns) {
    this.columns = columns;
    const close = columns.close;
    this.rsi = relativeStrengthIndex(close, 14);
    this.histogram = movingAverageConvergenceDivergence(close, 12, 26, 9).histogram;
    this.sma20 = simpleMovingAverage(close, 20);
    this.sma50 = simpleMovingAverage(close, 50);
    const bands = bollingerBands(close, 20, 2);
    this.upper = bands.upper;
    this.lower = bands.lower;
    this.atr = averageTrueRange(columns.high, columns.low, close, 14);
  }

  private read(values: Float64Array, ago: number): number {
    const index = this.at - ago;
    return index >= 0 && index < values.length ? values[index] : NaN;
  }

  time(ago: number): number {
    return this.read(this.columns.time, ago);
  }
  close(ago: number): number {
    return this.read(this.columns.close, ago);
  }
  volume(ago: number): number {
    return this.read(this.columns.volume, ago);
  }
  relativeStrengthIndex(ago: number): number {
    return this.read(this.rsi, ago);
  }
  macdHistogram(ago: number): number {
    return this.read(this.histogram, ago);
  }
  simpleMovingAverage20(ago: number): number {
    return this.read(this.sma20, ago);
  }
  simpleMovingAverage50(ago: number): number {
    return this.read(this.sma50, ago);
  }
  bollingerUpper(ago: number): number {
    return this.read(this.upper, ago);
  }
  bollingerLower(ago: number): number {
    return this.read(this.lower, ago);
  }
  averageTrueRange(ago: number): number {
    return this.read(this.atr, ago);
  }
}
