import type { RiskLevel, SignalAction } from '../agents/agent.js';
import type { AgentRunResult } from '../consensus/agent-run-result.js';
import type { TradeRisk } from '../risk/assess-risk.js';
import type { Timeframe } from '../series/timeframe.js';
import type { Signal, SignalVote } from './signal.js';
import { signalSummary, type SummaryConsensus } from './signal-summary.js';

/** What the summary and the votes of a {@link LazySignal} are written from when first read. */
export interface LazySignalText {
  readonly results: readonly AgentRunResult[];
  /** Aligned with `results`; the signal keeps its own copy. */
  readonly weights: ArrayLike<number>;
  /** Only the parts the summary reads are kept, not the participant lists. */
  readonly consensus: SummaryConsensus;
  readonly risk: TradeRisk;
}

/** One agent's part of the signal: abstentions and exclusions carry their reason. */
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
 * A {@link Signal} whose `summary` and `votes` are written when first read and then kept. They are
 * most of the cost of a signal (37 reasoning sentences and a summary full of `toFixed`), while many
 * signals are only looked at for their action. Both are own enumerable accessor properties in the
 * contract's field order, so property reads, `Object.keys`, `JSON.stringify`, `{ ...signal }` and
 * structured cloning (`postMessage`) all see exactly the fields and strings of a plain Signal object.
 */
export class LazySignal implements Signal {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly time: string;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly consensusStrength: number;
  readonly price: number;
  readonly entry: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly riskLevel: RiskLevel;
  readonly positionSize: number;
  readonly expiresAt: string;
  declare readonly summary: string;
  declare readonly votes: readonly SignalVote[];
  #text: LazySignalText | null;
  #summary: string | undefined = undefined;
  #votes: readonly SignalVote[] | undefined = undefined;

  // Shared descriptors: one getter for every instance keeps all signals on one hidden class.
  static readonly #SUMMARY: PropertyDescriptor = {
    get(this: LazySignal): string {
      return this.#summary ?? this.#writeSummary();
    },
    enumerable: true,
    configurable: true,
  };

  static readonly #VOTES: PropertyDescriptor = {
    get(this: LazySignal): readonly SignalVote[] {
      return this.#votes ?? this.#writeVotes();
    },
    enumerable: true,
    configurable: true,
  };

  constructor(fields: Omit<Signal, 'summary' | 'votes'>, text: LazySignalText) {
    this.symbol = fields.symbol;
    this.timeframe = fields.timeframe;
    this.time = fields.time;
    this.action = fields.action;
    this.confidence = fields.confidence;
    this.consensusStrength = fields.consensusStrength;
    this.price = fields.price;
    this.entry = fields.entry;
    this.stopLoss = fields.stopLoss;
    this.takeProfit = fields.takeProfit;
    this.riskLevel = fields.riskLevel;
    this.positionSize = fields.positionSize;
    this.expiresAt = fields.expiresAt;
    // A plain array lives on the heap; a Float64Array this size would need a separate backing store.
    const weights: number[] = [];
    for (let i = 0; i < text.weights.length; i++) weights.push(text.weights[i]);
    const { action, consensusStrength, confidence, holdReason, shares, counts, quorum, faultTolerance } = text.consensus;
    const consensus: SummaryConsensus = { action, consensusStrength, confidence, holdReason, shares, counts, quorum, faultTolerance };
    this.#text = { results: text.results, weights, consensus, risk: text.risk };
    Object.defineProperty(this, 'summary', LazySignal.#SUMMARY);
    Object.defineProperty(this, 'votes', LazySignal.#VOTES);
  }

  #writeSummary(): string {
    const text = this.#parts();
    const summary = signalSummary({ symbol: this.symbol, price: this.price, consensus: text.consensus, risk: text.risk });
    this.#summary = summary;
    this.#release();
    return summary;
  }

  #writeVotes(): readonly SignalVote[] {
    const { results, weights } = this.#parts();
    const votes: SignalVote[] = [];
    for (let i = 0; i < results.length; i++) votes.push(signalVote(results[i], weights[i]));
    this.#votes = votes;
    this.#release();
    return votes;
  }

  #parts(): LazySignalText {
    // Safe: #text is dropped only once both the summary and the votes are written, and neither is written twice.
    return this.#text as LazySignalText;
  }

  /** Lets the agent results, consensus and risk go once everything they were kept for is written. */
  #release(): void {
    if (this.#summary !== undefined && this.#votes !== undefined) this.#text = null;
  }
}
