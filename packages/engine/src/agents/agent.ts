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
  /**
   * One human sentence that contains the numbers behind the vote. Votes built by {@link vote} write
   * it on first read (see {@link AgentVote}).
   */
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

/** A vote's reasoning: the sentence itself, or a function that writes it when it is first read. */
export type Reasoning = string | (() => string);

/** What a vote's reasoning reads when the agent gave none: empty, not a string, or throwing while being written. */
export const NO_REASONING = '(agent gave no reasoning)';

const VISIBLE = /\S/;

/** The sentence `source` gives, checked when it is produced: an empty one or a throw becomes a placeholder. */
function writeReasoning(source: Reasoning): string {
  let text: unknown;
  try {
    text = typeof source === 'function' ? source() : source;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `${NO_REASONING.slice(0, -1)}: writing it threw ${message})`;
  }
  // A regex test, unlike trim(), allocates nothing.
  return typeof text === 'string' && VISIBLE.test(text) ? text : NO_REASONING;
}

/**
 * The {@link Vote} that {@link vote} builds. Its reasoning is written on first read and then kept:
 * most votes are only counted (the learning replay casts thousands per symbol) and their sentences,
 * full of `toFixed` calls, would cost more than the analysis itself. Property reads and
 * `JSON.stringify` (through `toJSON`) give exactly what a plain vote gives, fields in the same order.
 * The reasoning is a prototype getter, so a structured clone (`postMessage`) or `{ ...vote }` leaves
 * it out: copy `vote.toJSON()` instead.
 */
export class AgentVote implements Vote {
  readonly kind = 'vote';
  readonly action: SignalAction;
  readonly confidence: number;
  readonly indicators: Readonly<Record<string, number>>;
  readonly risk: RiskAssessment | undefined;
  #source: Reasoning;
  #text: string | undefined = undefined;

  constructor(action: SignalAction, confidence: number, reasoning: Reasoning, indicators: Readonly<Record<string, number>>, risk: RiskAssessment | undefined) {
    this.action = action;
    this.confidence = confidence;
    this.indicators = indicators;
    this.risk = risk;
    this.#source = reasoning;
  }

  get reasoning(): string {
    let text = this.#text;
    if (text === undefined) {
      text = writeReasoning(this.#source);
      this.#text = text;
      this.#source = text; // lets the closure, and whatever it captured, go
    }
    return text;
  }

  /** The plain vote, fields in the order of the literal `{ kind, action, confidence, reasoning, indicators, risk? }`. */
  toJSON(): Vote {
    const { kind, action, confidence, reasoning, indicators, risk } = this;
    return risk ? { kind, action, confidence, reasoning, indicators, risk } : { kind, action, confidence, reasoning, indicators };
  }
}

/**
 * Builds a vote; confidence is clamped to 0..1 here so agents cannot emit an out-of-range one by
 * rounding. Pass the reasoning as a function (`() => \`RSI ${rsi.toFixed(1)} ...\``) so that it is
 * only written when someone reads it; the function must use only values fixed at vote time (numbers,
 * strings), never objects that change with later bars.
 */
export function vote(action: SignalAction, confidence: number, reasoning: Reasoning, indicators: Record<string, number>, risk?: RiskAssessment): Vote {
  const clamped = confidence < 0 ? 0 : confidence > 1 ? 1 : confidence;
  return new AgentVote(action, clamped, reasoning, indicators, risk);
}

/** Builds an abstention with its reason. */
export function abstain(reason: string): Abstain {
  return { kind: 'abstain', reason };
}
