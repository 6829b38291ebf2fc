import { createDefaultAgentRegistry } from '../../agents/default-agent-registry.js';
import type { AgentRegistry } from '../../agents/agent-registry.js';
import type { MarketInputs } from '../../agents/market-inputs.js';
import type { Timeframe } from '../../series/timeframe.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import { assertInRange } from '../../support/assert-in-range.js';
import type { Strategy } from '../strategy/strategy.js';
import { DEFAULT_HOLD_BARS } from './consensus-strategy.js';
import { SignalFollower } from './signal-follower.js';

/** Parameters of {@link agentStrategy}. */
export interface AgentStrategyParams {
  /** Id of the agent, e.g. `rsi` (see `createDefaultAgentRegistry().list()`). */
  readonly agent: string;
  /** Share of the available margin each position takes, in (0, 1]; default 1, all of it. */
  readonly size?: number;
  /** Votes below this confidence (0..1) count as HOLD. Default 0. */
  readonly minConfidence?: number;
  /** SELL opens a short position (default); false: SELL only closes a long one. */
  readonly short?: boolean;
  /** Bars a position is kept after the last vote in its direction; 0 keeps it until an opposite vote. Default 5. */
  readonly holdBars?: number;
  /** The agent's config (its schema's defaults fill the rest). */
  readonly config?: unknown;
  /** Where the agent comes from; default the built-in agents. */
  readonly registry?: AgentRegistry;
  /** Timeframe for a series that has none. */
  readonly timeframe?: Timeframe;
  /** Inputs beyond the bars (news, social posts, earnings calls) for the agent; each bar sees the items dated up to it. */
  readonly inputs?: MarketInputs;
}

/**
 * One agent alone: on every bar it analyses the bars so far through the signal engine's own code
 * path (a {@link SignalEngine} running just this agent, fed with `update`) and its vote is the
 * action: BUY goes long, SELL short (or flat), an abstention is HOLD. Positions take a fixed share
 * of the margin and have no stops; they follow the votes as {@link SignalFollower} describes.
 * Throws a RangeError listing the known agents for an unknown id.
 */
export function agentStrategy(params: AgentStrategyParams): Strategy {
  const registry = params.registry ?? createDefaultAgentRegistry();
  const id = params.agent;
  if (!registry.has(id)) {
    throw new RangeError(`unknown agent "${id}"; known agents: ${registry.list().map((definition) => definition.id).join(', ')}`);
  }
  const size = params.size ?? 1;
  assertInRange('size', size, 0, 1, true);
  const minConfidence = params.minConfidence ?? 0;
  assertInRange('minConfidence', minConfidence, 0, 1);
  const holdBars = params.holdBars ?? DEFAULT_HOLD_BARS;
  if (!Number.isInteger(holdBars) || holdBars < 0) throw new RangeError(`holdBars must be an integer >= 0, got ${holdBars}`);
  const follow = { short: params.short ?? true, holdBars };
  // Weights mean nothing to a single agent: no learning, nothing recorded.
  const engineOptions = { registry, agents: [id], agentConfigs: { [id]: params.config ?? {} }, learn: false };
  let engine = new SignalEngine(engineOptions);
  let used = false;
  let follower = new SignalFollower(follow);
  let symbol = '';
  let timeframe: Timeframe = '1d';
  let fed = 0;
  return {
    name: `agent:${id}`,
    init(ctx) {
      symbol = ctx.series.symbol;
      const known = ctx.series.timeframe ?? params.timeframe;
      if (known === undefined) throw new RangeError(`series ${symbol} has no timeframe; give it one (e.g. --timeframe 1d)`);
      timeframe = known;
      if (used) engine = new SignalEngine(engineOptions);
      used = true;
      follower = new SignalFollower(follow);
      fed = 0;
    },
    next(bar, ctx) {
      const i = ctx.index;
      while (fed < i) engine.push(symbol, timeframe, ctx.bars.at(fed++));
      // The result, not the signal: the vote's reasoning sentence is only written if someone reads it.
      const { vote } = engine.updateWithDetails(symbol, timeframe, bar, params.inputs).results[0];
      fed = i + 1;
      const action = vote === undefined || vote.confidence < minConfidence ? 'HOLD' : vote.action;
      follower.follow(ctx, { action, size, stopLoss: null, takeProfit: null });
    },
  };
}
