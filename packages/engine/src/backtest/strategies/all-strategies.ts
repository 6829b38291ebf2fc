import { DEFAULT_CONSENSUS_OPTIONS } from '../../consensus/consensus-options.js';
import { createDefaultAgentRegistry } from '../../agents/default-agent-registry.js';
import { agentStrategy } from './agent-strategy.js';
import { BUILT_IN_STRATEGIES } from './built-in-strategies.js';
import { consensusStrategy, DEFAULT_HOLD_BARS } from './consensus-strategy.js';
import type { StrategyDefinition, StrategyParamSpec } from './strategy-definition.js';

const SHORT: StrategyParamSpec = {
  name: 'short',
  description: '1: SELL opens a short position; 0: SELL only closes a long one',
  type: 'integer',
  min: 0,
  max: 1,
  default: 1,
};
const HOLD_BARS: StrategyParamSpec = {
  name: 'holdBars',
  description: 'bars a position is kept after the last signal in its direction (0: until an opposite signal, stop or target)',
  type: 'integer',
  min: 0,
  default: DEFAULT_HOLD_BARS,
};
const MIN_CONFIDENCE: StrategyParamSpec = {
  name: 'minConfidence',
  description: 'BUY/SELL below this confidence (0..1) counts as HOLD',
  type: 'number',
  min: 0,
  max: 1,
  default: 0,
};

const CONSENSUS: StrategyDefinition = {
  name: 'consensus',
  description:
    "Follows the full signal pipeline bar by bar: BUY long, SELL short, with the risk module's stop-loss, take-profit and size; accuracy weights learned online from the symbol's own history.",
  params: [
    MIN_CONFIDENCE,
    { name: 'threshold', description: 'share of the voting weight BUY or SELL needs, in (0.5, 1]', type: 'number', min: 0.5, max: 1, default: DEFAULT_CONSENSUS_OPTIONS.threshold },
    SHORT,
    HOLD_BARS,
    { name: 'learn', description: '1: learn accuracy weights as the run goes; 0: equal weights', type: 'integer', min: 0, max: 1, default: 1 },
  ],
  create: (params, context) =>
    consensusStrategy({
      minConfidence: params.minConfidence,
      short: params.short === 1,
      holdBars: params.holdBars,
      learn: params.learn === 1,
      engine: { consensus: { threshold: params.threshold } },
      inputs: context?.inputs,
    }),
};

function agentDefinition(id: string, name: string): StrategyDefinition {
  return {
    name: `agent:${id}`,
    description: `The ${name} agent alone: its vote is the action (BUY long, SELL short), a fixed share of the margin, no stops.`,
    params: [
      { name: 'size', description: 'share of the available margin per position, in (0, 1]', type: 'number', min: 0, max: 1, default: 1 },
      MIN_CONFIDENCE,
      SHORT,
      HOLD_BARS,
    ],
    create: (params, context) =>
      agentStrategy({ agent: id, size: params.size, minConfidence: params.minConfidence, short: params.short === 1, holdBars: params.holdBars, inputs: context?.inputs }),
  };
}

/**
 * Every strategy the command line offers, by name: `sma-cross`, `buy-and-hold`, `consensus` and
 * `agent:<id>` for each built-in agent.
 */
export const ALL_STRATEGIES: readonly StrategyDefinition[] = [
  ...BUILT_IN_STRATEGIES,
  CONSENSUS,
  ...createDefaultAgentRegistry()
    .list()
    .map((definition) => agentDefinition(definition.id, definition.name)),
];
