import { DEFAULT_ACCURACY_OPTIONS } from '../../accuracy/accuracy-options.js';
import type { MarketInputs } from '../../agents/market-inputs.js';
import type { Timeframe } from '../../series/timeframe.js';
import type { Signal } from '../../signal/signal.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import type { SignalEngineOptions } from '../../signal/signal-engine-options.js';
import { assertInRange } from '../../support/assert-in-range.js';
import type { Strategy } from '../strategy/strategy.js';
import { SignalFollower, type FollowDecision } from './signal-follower.js';

/** Parameters of {@link consensusStrategy}; every one has a default. */
export interface ConsensusStrategyParams {
  /** BUY/SELL signals below this confidence (0..1) count as HOLD. Default 0. */
  readonly minConfidence?: number;
  /** SELL opens a short position (default); false: SELL only closes a long one. */
  readonly short?: boolean;
  /**
   * Bars a position is kept after the last signal in its direction; 0 keeps it until an opposite
   * signal, its stop or its target. Default 5, the signals' expiry (the accuracy horizon).
   */
  readonly holdBars?: number;
  /** Learn the agents' accuracy weights from the symbol's own history as the run goes (default); false: equal weights. */
  readonly learn?: boolean;
  /** Further options of the signal engine (consensus threshold, risk, accuracy, agents). */
  readonly engine?: SignalEngineOptions;
  /** Timeframe for a series that has none. */
  readonly timeframe?: Timeframe;
  /** Inputs beyond the bars (news, social posts, earnings calls) for the agents; each bar sees the items dated up to it. */
  readonly inputs?: MarketInputs;
}

/** The default of {@link ConsensusStrategyParams.holdBars}: a signal's default expiry. */
export const DEFAULT_HOLD_BARS = DEFAULT_ACCURACY_OPTIONS.horizon;

/**
 * The live signal pipeline as a strategy: on every bar the symbol's own {@link SignalEngine} gets the
 * bar (`update`, exactly as a live feed would call it) and its signal is followed: BUY goes long,
 * SELL short (or flat with `short: false`), each new position with the signal's stop-loss,
 * take-profit and size (`positionSize`, a fraction of the equity, taken as that share of the
 * available margin). An opposite signal reverses the position; without a fresh signal in its
 * direction a position is closed `holdBars` bars after the last one (see {@link SignalFollower}).
 * The accuracy weights learn online: the engine scores a vote only once its horizon has passed, on
 * bars the strategy has already seen, so there is no look-ahead. One engine per run, so each symbol
 * learns from its own history only.
 */
export function consensusStrategy(params: ConsensusStrategyParams = {}): Strategy {
  const minConfidence = params.minConfidence ?? 0;
  assertInRange('minConfidence', minConfidence, 0, 1);
  const holdBars = params.holdBars ?? DEFAULT_HOLD_BARS;
  if (!Number.isInteger(holdBars) || holdBars < 0) throw new RangeError(`holdBars must be an integer >= 0, got ${holdBars}`);
  const engineOptions: SignalEngineOptions = { ...params.engine, learn: params.learn ?? true };
  // Made here so that invalid engine options fail when the strategy is made, not on its first bar.
  let engine = new SignalEngine(engineOptions);
  let used = false;
  let follower = new SignalFollower({ short: params.short ?? true, holdBars });
  let symbol = '';
  let timeframe: Timeframe = '1d';
  let fed = 0;
  return {
    name: 'consensus',
    init(ctx) {
      symbol = ctx.series.symbol;
      const known = ctx.series.timeframe ?? params.timeframe;
      if (known === undefined) throw new RangeError(`series ${symbol} has no timeframe; give it one (e.g. --timeframe 1d)`);
      timeframe = known;
      // A second run starts from nothing too: nothing learned in the first one carries over.
      if (used) engine = new SignalEngine(engineOptions);
      used = true;
      follower = new SignalFollower({ short: params.short ?? true, holdBars });
      fed = 0;
    },
    next(_bar, ctx) {
      const i = ctx.index;
      // The runner starts on bar 1: bars it did not show the strategy go through the engine first, as live updates.
      while (fed < i) engine.updateFrom(symbol, timeframe, ctx.series, fed++, params.inputs);
      const signal = engine.updateFrom(symbol, timeframe, ctx.series, i, params.inputs);
      fed = i + 1;
      follower.follow(ctx, decisionOf(signal, minConfidence));
    },
  };
}

/** The signal as a decision: its action (HOLD below `minConfidence`), size and stops. */
function decisionOf(signal: Signal, minConfidence: number): FollowDecision {
  const action = signal.action !== 'HOLD' && signal.confidence < minConfidence ? 'HOLD' : signal.action;
  return { action, size: signal.positionSize, stopLoss: signal.stopLoss, takeProfit: signal.takeProfit };
}
