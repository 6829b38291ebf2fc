import { ADX, ATR, BollingerBands, EMA, MACD, OBV, RSI, SMA, StochasticOscillator } from 'trading-signals';
import type { BenchBars } from './bench-bars.js';
import type { IndicatorSuite } from './standard-nine.js';

/** The `trading-signals` package (bench-only dependency); it is streaming-only. */
export function tradingSignalsSuite(data: BenchBars): IndicatorSuite {
  const close = data.arrays.close;
  const bars = data.bars;
  const streamValues = (indicator: { update(value: number, replace: boolean): unknown }): number => {
    let seen = 0;
    for (let i = 0; i < close.length; i++) if (indicator.update(close[i], false) !== null) seen++;
    return seen;
  };
  const streamCandles = (indicator: { update(candle: (typeof bars)[number], replace: boolean): unknown }): number => {
    let seen = 0;
    for (let i = 0; i < bars.length; i++) if (indicator.update(bars[i], false) !== null) seen++;
    return seen;
  };
  return {
    name: 'trading-signals',
    streaming: {
      SMA20: () => streamValues(new SMA(20)),
      EMA20: () => streamValues(new EMA(20)),
      RSI14: () => streamValues(new RSI(14)),
      MACD_12_26_9: () => streamValues(new MACD(new EMA(12), new EMA(26), new EMA(9))),
      BB_20_2: () => streamValues(new BollingerBands(20, 2)),
      ATR14: () => streamCandles(new ATR(14)),
      STOCH_14_3_3: () => streamCandles(new StochasticOscillator({ kPeriod: 14, kSlowingPeriod: 3, dPeriod: 3 })),
      ADX14: () => streamCandles(new ADX(14)),
      // OBV's interval is how many candles it keeps; 2 is the minimum that compares closes.
      OBV: () => streamCandles(new OBV(2)),
    },
  };
}
