import { BarSeries, type Bar, type Signal, type SignalEngine, type Timeframe } from '@goldensignals/engine';
import type { LearningState } from './learning-state.js';

/** Where the engine stands for one symbol and timeframe: the start of the last bar it was given. */
export type FedBars = Map<string, number>;

function lastIndexAtOrBefore(bars: readonly Bar[], time: number): number {
  let index = bars.length - 1;
  while (index >= 0 && bars[index].time > time) index--;
  return index;
}

/**
 * Brings the engine's state of a symbol up to the last of `bars` and returns the signal of that bar.
 * Bars the engine has seen are skipped; a symbol it does not follow yet (a new one, or after a
 * restart or a gap in the data) is replayed, and only bars after the learning watermark teach the
 * tracker, so a restart never counts a bar's votes twice. Votes of the last bar are recorded only
 * the first time it is evaluated.
 */
export function advanceEngine(engine: SignalEngine, fed: FedBars, learning: LearningState, symbol: string, timeframe: Timeframe, bars: readonly Bar[]): Signal {
  const key = `${symbol}|${timeframe}`;
  const last = bars[bars.length - 1];
  const seen = fed.get(key);
  let signal: Signal | null = null;
  if (seen !== undefined && bars.some((bar) => bar.time === seen) && seen <= last.time) {
    for (let i = lastIndexAtOrBefore(bars, seen) + 1; i < bars.length; i++) signal = engine.update(symbol, timeframe, bars[i]);
  } else {
    engine.forget(symbol, timeframe);
    const learned = learning.learnedThrough(symbol, timeframe);
    const split = learned === undefined ? -1 : lastIndexAtOrBefore(bars, learned);
    if (split < 0) {
      signal = engine.replay(BarSeries.fromBars({ symbol, timeframe }, bars), { learn: true });
    } else {
      const known = engine.replay(BarSeries.fromBars({ symbol, timeframe }, bars.slice(0, split + 1)), { learn: false });
      if (split === bars.length - 1) signal = known;
      for (let i = split + 1; i < bars.length; i++) signal = engine.update(symbol, timeframe, bars[i]);
    }
  }
  fed.set(key, last.time);
  // No new bar: the last one was evaluated (and its votes recorded) before; evaluate again without recording.
  signal ??= engine.signal(symbol, timeframe, undefined, false);
  learning.advance(symbol, timeframe, last.time);
  return signal;
}
