import type { AgentRunResult } from '../consensus/agent-run-result.js';
import type { ConsensusResult } from '../consensus/consensus-result.js';
import type { TradeRisk } from '../risk/assess-risk.js';
import { TIMEFRAME_MS, type Timeframe } from '../series/timeframe.js';
import type { Signal, SignalVote } from './signal.js';
import { signalSummary } from './signal-summary.js';

/** Everything a Signal is assembled from. */
export interface SignalParts {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** Start of the signal bar, epoch ms. */
  readonly time: number;
  /** Close of the signal bar: the price and the entry. */
  readonly price: number;
  /** One result per configured agent, in registry order. */
  readonly results: readonly AgentRunResult[];
  /** Accuracy weight of each agent, aligned with `results`. */
  readonly weights: ArrayLike<number>;
  readonly consensus: ConsensusResult;
  readonly risk: TradeRisk;
  readonly expiryBars: number;
}

/** The vote of one agent in the signal's JSON shape: abstentions and exclusions carry their reason. */
export function signalVote(result: AgentRunResult, weight: number): SignalVote {
  const { vote } = result;
  return {
    agent: result.agent,
    category: result.category,
    action: vote ? vote.action : null,
    confidence: vote ? vote.confidence : 0,
    weight,
    status: result.status,
    reasoning: vote ? vote.reasoning : (result.reason ?? ''),
  };
}

/**
 * Assembles the Signal. The entry is the signal bar's close (the price the signal is computed at);
 * `time` is the bar's start and the signal expires `expiryBars` bars later.
 */
export function buildSignal(parts: SignalParts): Signal {
  const { time, price, consensus, risk, results, weights } = parts;
  const votes: SignalVote[] = [];
  for (let i = 0; i < results.length; i++) votes.push(signalVote(results[i], weights[i]));
  return {
    symbol: parts.symbol,
    timeframe: parts.timeframe,
    time: new Date(time).toISOString(),
    action: consensus.action,
    confidence: consensus.confidence,
    consensusStrength: consensus.consensusStrength,
    price,
    entry: price,
    stopLoss: risk.stopLoss,
    takeProfit: risk.takeProfit,
    riskLevel: risk.riskLevel,
    positionSize: risk.positionSize,
    expiresAt: new Date(time + parts.expiryBars * TIMEFRAME_MS[parts.timeframe]).toISOString(),
    summary: signalSummary({ symbol: parts.symbol, price, consensus, risk }),
    votes,
  };
}
