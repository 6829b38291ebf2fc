import { BarSeries, type Bar, type MarketInputs, type Signal, type SignalEngine, type Timeframe } from '@goldensignals/engine';
import type { LearningClaim } from '../storage/repositories/learning-watermark-repository.js';
import type { LearningState } from './learning-state.js';

/** Where the engine stands for one symbol and timeframe: the start of the last bar it was given. */
export type FedBars = Map<string, number>;

function lastIndexAtOrBefore(bars: readonly Bar[], time: number): number {
  let index = bars.length - 1;
  while (index >= 0 && bars[index].time > time) index--;
  return index;
}

/** The symbol as the engine follows it: the last bar it was given, when that is one of `bars` (else it is replayed). */
interface Followed {
  readonly engine: SignalEngine;
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly bars: readonly Bar[];
  readonly seen: number | undefined;
  /** Inputs beyond the bars (scored news); agents see only items dated up to the bar they analyse. */
  readonly inputs: MarketInputs | undefined;
}

/** Pushes bars after the one the engine has seen, up to and including index `through`, without voting. */
function pushThrough(at: Followed, seen: number, through: number): void {
  for (let i = lastIndexAtOrBefore(at.bars, seen) + 1; i <= through; i++) at.engine.push(at.symbol, at.timeframe, at.bars[i]);
}

/**
 * Brings the engine to the last bar without learning anything: every bar was learned already (here or
 * by another process). Votes this process left waiting were handed over with its last claim; whoever
 * claimed later bars scores them, so they are dropped before bars are pushed.
 */
function followWithoutLearning(at: Followed): Signal {
  const { engine, symbol, timeframe, bars, seen, inputs } = at;
  const last = bars.length - 1;
  if (seen === undefined) {
    engine.forget(symbol, timeframe);
    return engine.replay(BarSeries.fromBars({ symbol, timeframe }, bars), { learn: false, inputs });
  }
  if (seen < bars[last].time) {
    engine.accuracyStream(symbol, timeframe)?.adoptPendingVotes(null);
    pushThrough(at, seen, last);
  }
  // No new bar: the last one was evaluated (and its votes recorded) before; evaluate again without recording.
  return engine.signal(symbol, timeframe, inputs, false);
}

/**
 * Learns from the bars after the claim's watermark: the engine is brought to the watermark bar without
 * voting, takes over the votes waiting there, then votes on each newer bar. Without a watermark within
 * the bars (a symbol nobody learned from, or not for longer than the history held) every bar teaches.
 */
function learnAfter(at: Followed, claim: LearningClaim): Signal {
  const { engine, symbol, timeframe, bars, seen, inputs } = at;
  const split = claim.learnedThrough === null ? -1 : lastIndexAtOrBefore(bars, claim.learnedThrough);
  if (split < 0) {
    engine.forget(symbol, timeframe);
    return engine.replay(BarSeries.fromBars({ symbol, timeframe }, bars), { learn: true, inputs });
  }
  if (seen !== undefined && seen <= bars[split].time) {
    if (seen < bars[split].time) {
      engine.accuracyStream(symbol, timeframe)?.adoptPendingVotes(null);
      pushThrough(at, seen, split);
    }
  } else {
    engine.forget(symbol, timeframe);
    engine.replay(BarSeries.fromBars({ symbol, timeframe }, bars.slice(0, split + 1)), { learn: false, inputs });
  }
  engine.accuracyStream(symbol, timeframe)?.adoptPendingVotes(claim.pendingVotes);
  // The watermark is before the last bar (else nothing would be learned), so at least one bar is voted on.
  const last = bars.length - 1;
  for (let i = split + 1; i < last; i++) engine.update(symbol, timeframe, bars[i], inputs);
  return engine.update(symbol, timeframe, bars[last], inputs);
}

/**
 * Brings the engine's state of a symbol up to the last of `bars` and returns the signal of that bar.
 * Bars the engine has seen are skipped; a symbol it does not follow yet (a new one, after a restart, an
 * engine change or a gap in the data) is replayed. Only bars after the learning watermark teach the
 * tracker, and they are claimed first (see `LearningState.claim`), so no bar's votes are learned twice,
 * by this process or any other sharing the database. Votes of the last bar are recorded only the first
 * time it is evaluated.
 */
export async function advanceEngine(
  engine: SignalEngine,
  fed: FedBars,
  learning: LearningState,
  symbol: string,
  timeframe: Timeframe,
  bars: readonly Bar[],
  inputs?: MarketInputs,
): Promise<Signal> {
  const key = `${symbol}|${timeframe}`;
  const last = bars[bars.length - 1];
  const previous = fed.get(key);
  const followed = previous !== undefined && previous <= last.time && engine.barCount(symbol, timeframe) > 0 && bars.some((bar) => bar.time === previous);
  const at: Followed = { engine, symbol, timeframe, bars, seen: followed ? previous : undefined, inputs };
  try {
    const signal = await learning.claim(symbol, timeframe, (claim) => {
      if (claim.learnedThrough !== null && claim.learnedThrough >= last.time) return { result: followWithoutLearning(at), learned: null };
      const learned = learnAfter(at, claim);
      return { result: learned, learned: { learnedThrough: last.time, pendingVotes: engine.accuracyStream(symbol, timeframe)?.pendingVotes() ?? null } };
    });
    fed.set(key, last.time);
    return signal;
  } catch (error) {
    // The engine may have moved while the claim was not stored: follow the symbol afresh next time.
    engine.forget(symbol, timeframe);
    fed.delete(key);
    throw error;
  }
}
