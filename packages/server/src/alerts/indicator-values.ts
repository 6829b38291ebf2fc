import {
  AverageDirectionalIndex,
  CommodityChannelIndex,
  MoneyFlowIndex,
  RelativeStrengthIndex,
  StochasticOscillator,
  WilliamsPercentRange,
  type Bar,
} from '@goldensignals/engine';
import type { AlertIndicator } from './alert-conditions.js';

/** One of the engine's streaming indicators behind a common face: a bar in, the value (null in warm-up) out. */
type BarIndicator = (bar: Bar) => number | null;

/** The streaming indicator an alert rule watches. Stochastic %K is the slow one (SMA 3), as the charts draw it. */
function streamingIndicator(indicator: AlertIndicator, period: number): BarIndicator {
  switch (indicator) {
    case 'rsi': {
      const rsi = new RelativeStrengthIndex(period);
      return (bar) => rsi.update(bar.close);
    }
    case 'mfi': {
      const mfi = new MoneyFlowIndex(period);
      return (bar) => mfi.update(bar);
    }
    case 'stochastic-k': {
      const stochastic = new StochasticOscillator(period, 3, 3);
      return (bar) => stochastic.update(bar)?.k ?? null;
    }
    case 'williams-r': {
      const williams = new WilliamsPercentRange(period);
      return (bar) => williams.update(bar);
    }
    case 'adx': {
      const adx = new AverageDirectionalIndex(period);
      return (bar) => adx.update(bar);
    }
    case 'cci': {
      const cci = new CommodityChannelIndex(period);
      return (bar) => cci.update(bar);
    }
  }
}

/**
 * Bars to feed before the value counts: Wilder-smoothed indicators (RSI, ADX) carry their start for a long time, so
 * far more than the lookback, to agree with the value over the whole history to a few decimals.
 */
export function indicatorHistoryBars(period: number): number {
  return Math.min(5_000, Math.max(300, period * 10));
}

/** The indicator's value at the last two bars (oldest first input), `null` for a bar still in warm-up. */
export function lastTwoValues(indicator: AlertIndicator, period: number, bars: readonly Bar[]): { readonly previous: number | null; readonly current: number | null } {
  const next = streamingIndicator(indicator, period);
  let previous: number | null = null;
  let current: number | null = null;
  for (const bar of bars) {
    previous = current;
    current = next(bar);
  }
  return { previous, current };
}
