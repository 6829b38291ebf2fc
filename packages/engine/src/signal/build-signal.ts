import type { AgentRunResult } from '../consensus/agent-run-result.js';
import type { ConsensusResult } from '../consensus/consensus-result.js';
import type { TradeRisk } from '../risk/assess-risk.js';
import { TIMEFRAME_MS, type Timeframe } from '../series/timeframe.js';
import { isoTime } from './iso-time.js';
import { LazySignal } from './lazy-signal.js';
import type { Signal } from './signal.js';

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

/**
 * Assembles the Signal. The entry is the signal bar's close (the price the signal is computed at);
 * `time` is the bar's start and the signal expires `expiryBars` bars later. The summary and the votes
 * are written when first read (see {@link LazySignal}): `weights` is copied, so a scratch array may be
 * reused at once, but `results`, `consensus` and `risk` are kept as they are and must not change.
 */
export function buildSignal(parts: SignalParts): Signal {
  const { time, price, consensus, risk } = parts;
  return new LazySignal(
    {
      symbol: parts.symbol,
      timeframe: parts.timeframe,
      time: isoTime(time),
      action: consensus.action,
      confidence: consensus.confidence,
      consensusStrength: consensus.consensusStrength,
      price,
      entry: price,
      stopLoss: risk.stopLoss,
      takeProfit: risk.takeProfit,
      riskLevel: risk.riskLevel,
      positionSize: risk.positionSize,
      expiresAt: isoTime(time + parts.expiryBars * TIMEFRAME_MS[parts.timeframe]),
    },
    parts,
  );
}
