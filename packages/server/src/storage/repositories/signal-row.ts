import type { Signal, SignalVote } from '@goldensignals/engine';
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import type { signalVotes } from '../schema/signal-votes.js';
import type { signals } from '../schema/signals.js';
import type { StoredSignal } from './stored-signal.js';

type SignalRow = InferSelectModel<typeof signals>;
type VoteRow = InferSelectModel<typeof signalVotes>;

/** How a signal is stored beyond the engine's fields. */
export interface SaveSignalOptions {
  /** Computed from simulated market data. Default false. */
  readonly simulated?: boolean;
  /** Id to store it under (default: a new random UUID). */
  readonly id?: string;
  /** Storage time (default: now); lets imports and tests keep the original time. */
  readonly createdAt?: Date;
}

/** The `signals` row of an engine signal. */
export function signalValues(signal: Signal, options: SaveSignalOptions = {}): InferInsertModel<typeof signals> {
  return {
    ...(options.id === undefined ? {} : { id: options.id }),
    symbol: signal.symbol,
    timeframe: signal.timeframe,
    time: new Date(signal.time),
    action: signal.action,
    confidence: signal.confidence,
    consensusStrength: signal.consensusStrength,
    price: signal.price,
    entry: signal.entry,
    stopLoss: signal.stopLoss,
    takeProfit: signal.takeProfit,
    riskLevel: signal.riskLevel,
    positionSize: signal.positionSize,
    expiresAt: new Date(signal.expiresAt),
    summary: signal.summary,
    simulated: options.simulated ?? false,
    ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
  };
}

/** The `signal_votes` rows of a signal's votes, numbered in registry order. */
export function voteValues(signalId: string, votes: readonly SignalVote[]): InferInsertModel<typeof signalVotes>[] {
  return votes.map((vote, ordinal) => ({ signalId, ordinal, ...vote }));
}

/** A `signals` row as the API shape. */
export function toStoredSignal(row: SignalRow): StoredSignal {
  return {
    id: row.id,
    symbol: row.symbol,
    timeframe: row.timeframe,
    time: row.time.toISOString(),
    action: row.action,
    confidence: row.confidence,
    consensusStrength: row.consensusStrength,
    price: row.price,
    entry: row.entry,
    stopLoss: row.stopLoss,
    takeProfit: row.takeProfit,
    riskLevel: row.riskLevel,
    positionSize: row.positionSize,
    expiresAt: row.expiresAt.toISOString(),
    summary: row.summary,
    simulated: row.simulated,
    createdAt: row.createdAt.toISOString(),
    outcome:
      row.outcome === null || row.outcomeAt === null
        ? null
        : { result: row.outcome, at: row.outcomeAt.toISOString(), price: row.outcomePrice, return: row.outcomeReturn },
  };
}

/** A `signal_votes` row as the engine's vote shape. */
export function toSignalVote(row: VoteRow): SignalVote {
  return { agent: row.agent, category: row.category, action: row.action, confidence: row.confidence, weight: row.weight, status: row.status, reasoning: row.reasoning };
}
