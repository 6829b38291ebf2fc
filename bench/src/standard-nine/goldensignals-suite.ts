import {
  AverageDirectionalIndex,
  AverageTrueRange,
  BollingerBands,
  ExponentialMovingAverage,
  MovingAverageConvergenceDivergence,
  OnBalanceVolume,
  RelativeStrengthIndex,
  SimpleMovingAverage,
  StochasticOscillator,
  averageDirectionalIndex,
  averageTrueRange,
  bollingerBands,
  exponentialMovingAverage,
  movingAverageConvergenceDivergence,
  onBalanceVolume,
  relativeStrengthIndex,
  simpleMovingAverage,
  stochasticOscillator,
} from '@goldensignals/engine';
import type { BenchBars } from './bench-bars.js';
import type { IndicatorSuite } from './standard-nine.js';

/** Feeds every close to a price indicator; returns the last value so the loop has an observable result. */
function streamCloses(indicator: { update(value: number): unknown }, close: Float64Array): number {
  let seen = 0;
  for (let i = 0; i < close.length; i++) if (indicator.update(close[i]) !== null) seen++;
  return seen;
}

function streamBars(indicator: { update(bar: BenchBars['bars'][number]): unknown }, bars: BenchBars['bars']): number {
  let seen = 0;
  for (let i = 0; i < bars.length; i++) if (indicator.update(bars[i]) !== null) seen++;
  return seen;
}

/** GoldenSignals' own batch functions and streaming classes. */
export function goldenSignalsSuite(data: BenchBars): IndicatorSuite {
  const { high, low, close, volume } = data.series;
  const bars = data.bars;
  return {
    name: 'goldensignals',
    batch: {
      SMA20: () => simpleMovingAverage(close, 20)[close.length - 1],
      EMA20: () => exponentialMovingAverage(close, 20)[close.length - 1],
      RSI14: () => relativeStrengthIndex(close, 14)[close.length - 1],
      MACD_12_26_9: () => movingAverageConvergenceDivergence(close, 12, 26, 9).histogram[close.length - 1],
      BB_20_2: () => bollingerBands(close, 20, 2).upper[close.length - 1],
      ATR14: () => averageTrueRange(high, low, close, 14)[close.length - 1],
      STOCH_14_3_3: () => stochasticOscillator(high, low, close, 14, 3, 3).d[close.length - 1],
      ADX14: () => averageDirectionalIndex(high, low, close, 14)[close.length - 1],
      OBV: () => onBalanceVolume(close, volume)[close.length - 1],
    },
    streaming: {
      SMA20: () => streamCloses(new SimpleMovingAverage(20), close),
      EMA20: () => streamCloses(new ExponentialMovingAverage(20), close),
      RSI14: () => streamCloses(new RelativeStrengthIndex(14), close),
      MACD_12_26_9: () => streamCloses(new MovingAverageConvergenceDivergence(12, 26, 9), close),
      BB_20_2: () => streamCloses(new BollingerBands(20, 2), close),
      ATR14: () => streamBars(new AverageTrueRange(14), bars),
      STOCH_14_3_3: () => streamBars(new StochasticOscillator(14, 3, 3), bars),
      ADX14: () => streamBars(new AverageDirectionalIndex(14), bars),
      OBV: () => streamBars(new OnBalanceVolume(), bars),
    },
  };
}
