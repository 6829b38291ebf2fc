import {
  averageTrueRange,
  bollingerBands,
  directionalMovementSystem,
  exponentialMovingAverage,
  movingAverageConvergenceDivergence,
  onBalanceVolume,
  relativeStrengthIndex,
  simpleMovingAverage,
  stochasticOscillator,
  volumeWeightedAveragePrice,
  type BarColumns,
} from '@goldensignals/engine';

/** An indicator the indicators route computes, with the engine's batch function behind it. */
export interface IndicatorDefinition {
  /** Id in the `indicators` query parameter and key in the answer, e.g. `rsi14`. */
  readonly id: string;
  /** Display name with parameters, e.g. `RSI(14)`. */
  readonly name: string;
  /** Output names; `value` for single-line indicators. */
  readonly outputs: readonly string[];
  /** One column per output, NaN during warm-up (TA-Lib conventions, see the engine). */
  compute(bars: BarColumns): Readonly<Record<string, Float64Array>>;
}

function single(id: string, name: string, compute: (bars: BarColumns) => Float64Array): IndicatorDefinition {
  return { id, name, outputs: ['value'], compute: (bars) => ({ value: compute(bars) }) };
}

/** Every indicator the route offers, in answer order. */
export const INDICATOR_CATALOG: readonly IndicatorDefinition[] = [
  single('sma20', 'SMA(20)', (bars) => simpleMovingAverage(bars.close, 20)),
  single('sma50', 'SMA(50)', (bars) => simpleMovingAverage(bars.close, 50)),
  single('sma200', 'SMA(200)', (bars) => simpleMovingAverage(bars.close, 200)),
  single('ema12', 'EMA(12)', (bars) => exponentialMovingAverage(bars.close, 12)),
  single('ema26', 'EMA(26)', (bars) => exponentialMovingAverage(bars.close, 26)),
  single('rsi14', 'RSI(14)', (bars) => relativeStrengthIndex(bars.close, 14)),
  { id: 'macd', name: 'MACD(12,26,9)', outputs: ['macd', 'signal', 'histogram'], compute: (bars) => movingAverageConvergenceDivergence(bars.close, 12, 26, 9) },
  { id: 'bollinger', name: 'Bollinger Bands(20,2)', outputs: ['upper', 'middle', 'lower'], compute: (bars) => bollingerBands(bars.close, 20, 2) },
  single('atr14', 'ATR(14)', (bars) => averageTrueRange(bars.high, bars.low, bars.close, 14)),
  { id: 'stochastic', name: 'Stochastic(14,3,3)', outputs: ['k', 'd'], compute: (bars) => stochasticOscillator(bars.high, bars.low, bars.close, 14, 3, 3) },
  { id: 'adx', name: 'ADX(14) with +DI/-DI', outputs: ['adx', 'plusDI', 'minusDI'], compute: (bars) => directionalMovementSystem(bars.high, bars.low, bars.close, 14) },
  single('vwap', 'VWAP (session = UTC day)', (bars) => volumeWeightedAveragePrice(bars.time, bars.high, bars.low, bars.close, bars.volume)),
  single('obv', 'OBV', (bars) => onBalanceVolume(bars.close, bars.volume)),
];

/** The ids of {@link INDICATOR_CATALOG}, in order. */
export const INDICATOR_IDS: readonly string[] = INDICATOR_CATALOG.map((indicator) => indicator.id);
