import { ADX, ATR, BollingerBands, EMA, MACD, OBV, RSI, SMA, Stochastic } from 'technicalindicators';
import type { BenchBars } from './bench-bars.js';
import type { IndicatorSuite } from './standard-nine.js';

/** A technicalindicators instance fed whole candles. */
export interface CandleStream {
  nextValue(candle: { high: number; low: number; close: number; volume: number }): unknown;
}

/**
 * technicalindicators' typings declare `ADX.nextValue(price: number)` and `Stochastic.nextValue(input:
 * StochasticInput)`, but at runtime both consume one `{ high, low, close }` candle per call (see its
 * lib/directionalmovement/ADX.js); this cast states the runtime contract.
 */
export function asCandleStream(indicator: object): CandleStream {
  return indicator as CandleStream;
}

function last<T>(values: readonly T[]): T | undefined {
  return values[values.length - 1];
}

/**
 * The `technicalindicators` package (bench-only dependency). Its Stochastic is %K with an SMA-3 %D
 * (no slowing), the closest it offers to a 14/3/3 slow stochastic.
 */
export function technicalIndicatorsSuite(data: BenchBars): IndicatorSuite {
  const { high, low, close, volume } = data.arrays;
  const bars = data.bars;
  const macdInput = { fastPeriod: 12, slowPeriod: 26, signalPeriod: 9, SimpleMAOscillator: false, SimpleMASignal: false };
  const count = (n: unknown) => (n === undefined ? 0 : 1);
  const streamValues = (indicator: { nextValue(value: number): unknown }): number => {
    let seen = 0;
    for (let i = 0; i < close.length; i++) seen += count(indicator.nextValue(close[i]));
    return seen;
  };
  const streamCandles = (indicator: { nextValue(candle: { high: number; low: number; close: number; volume: number }): unknown }): number => {
    let seen = 0;
    for (let i = 0; i < bars.length; i++) seen += count(indicator.nextValue(bars[i]));
    return seen;
  };
  return {
    name: 'technicalindicators',
    batch: {
      SMA20: () => last(SMA.calculate({ period: 20, values: close })) ?? 0,
      EMA20: () => last(EMA.calculate({ period: 20, values: close })) ?? 0,
      RSI14: () => last(RSI.calculate({ period: 14, values: close })) ?? 0,
      MACD_12_26_9: () => last(MACD.calculate({ ...macdInput, values: close }))?.histogram ?? 0,
      BB_20_2: () => last(BollingerBands.calculate({ period: 20, stdDev: 2, values: close }))?.upper ?? 0,
      ATR14: () => last(ATR.calculate({ period: 14, high, low, close })) ?? 0,
      STOCH_14_3_3: () => last(Stochastic.calculate({ period: 14, signalPeriod: 3, high, low, close }))?.d ?? 0,
      ADX14: () => last(ADX.calculate({ period: 14, high, low, close }))?.adx ?? 0,
      OBV: () => last(OBV.calculate({ close, volume })) ?? 0,
    },
    streaming: {
      SMA20: () => streamValues(new SMA({ period: 20, values: [] })),
      EMA20: () => streamValues(new EMA({ period: 20, values: [] })),
      RSI14: () => streamValues(new RSI({ period: 14, values: [] })),
      MACD_12_26_9: () => streamValues(new MACD({ ...macdInput, values: [] })),
      BB_20_2: () => streamValues(new BollingerBands({ period: 20, stdDev: 2, values: [] })),
      ATR14: () => streamCandles(new ATR({ period: 14, high: [], low: [], close: [] })),
      STOCH_14_3_3: () => streamCandles(asCandleStream(new Stochastic({ period: 14, signalPeriod: 3, high: [], low: [], close: [] }))),
      ADX14: () => streamCandles(asCandleStream(new ADX({ period: 14, high: [], low: [], close: [] }))),
      OBV: () => streamCandles(new OBV({ close: [], volume: [] })),
    },
  };
}
