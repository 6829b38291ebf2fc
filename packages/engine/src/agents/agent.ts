import type { BarHistory } from '../series/bar-history.js';
import type { Timeframe } from '../series/timeframe.js';
import type { FeatureReader, FeatureRequest } from './feature-request.js';
import type { MarketInputs } from './market-inputs.js';
import type { z } from 'zod';

/** What a signal or a vote says to do. */
export type SignalAction = 'BUY' | 'SELL' | 'HOLD';

/** Risk level of a signal or of market conditions. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** Agent families. */
export type AgentCategory = 'technical' | 'risk' | 'options' | 'sentiment' | 'ml' | 'external';

/**
 * How a risk agent shapes the signal beyond its vote: the risk module takes the highest level any
 * risk agent reports and multiplies the position size by every `sizeMultiplier` (each in 0..1).
 */
export interface RiskAssessment {
  readonly level: RiskLevel;
  readonly sizeMultiplier: number;
}

/** An agent's opinion on the current bar. */
export interface Vote {
  readonly kind: 'vote';
  readonly action: SignalAction;
  /** 0..1. */
  readonly confidence: number;
  /** One human sentence that contains the numbers behind the vote. */
  readonly reasoning: string;
  /** The indicator values the vote was based on. */
  readonly indicators: Readonly<Record<string, number>>;
  readonly risk?: RiskAssessment;
}

/** An agent declining to vote because its input is missing or not warmed up. */
export interface Abstain {
  readonly kind: 'abstain';
  readonly reason: string;
}

export type AgentOutput = Vote | Abstain;

/** Everything an agent may look at for one decision: bars up to now, shared features, other inputs. */
export interface AgentContext {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly bars: BarHistory;
  readonly features: FeatureReader;
  readonly inputs: MarketInputs;
}

/** A configured agent, ready to analyse. `analyze` must be pure: same context, same output. */
export interface AgentInstance {
  readonly features: readonly FeatureRequest<unknown>[];
  /** Bars of history the agent reads through `context.bars` (the engine keeps at least this many). */
  readonly historyNeeded: number;
  analyze(context: AgentContext): AgentOutput | PromiseLike<AgentOutput>;
}

/** An agent type, registered by id, with a strict config schema whose defaults make a working agent. */
export interface AgentDefinition<TConfig extends object = object> {
  readonly id: string;
  readonly name: string;
  readonly category: AgentCategory;
  /** One sentence on what the agent looks at and when it votes BUY or SELL. */
  readonly description: string;
  /** Strict schema (unknown keys rejected) with a default for every field. */
  readonly configSchema: z.ZodType<TConfig>;
  create(config: TConfig): AgentInstance;
}

/** Builds a vote; confidence is clamped to 0..1 here so agents cannot emit an out-of-range one by rounding. */
export function vote(
  action: SignalAction,
  confidence: number,
  reasoning: string,
  indicators: Record<string, number>,
  risk?: RiskAssessment,
): Vote {
  const clamped = confidence < 0 ? 0 : confidence > 1 ? 1 : confidence;
  return risk ? { kind: 'vote', action, confidence: clamped, reasoning, indicators, risk } : { kind: 'vote', action, confidence: clamped, reasoning, indicators };
}

/** Builds an abstention with its reason. */
export function abstain(reason: string): Abstain {
  return { kind: 'abstain', reason };
}
